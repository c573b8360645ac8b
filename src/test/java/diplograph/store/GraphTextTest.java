package diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.map.Iris;
import diplograph.map.Vocab;
import diplograph.read.ReadOutcome;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;

/**
 * The text article graphs are sent as, read by Jena's own TriG parser and update engine: both give
 * back exactly the graph written; the update replaces what the graph held and keeps the order of a batch.
 */
class GraphTextTest {

    private static final Node G = NodeFactory.createURI(Vocab.ID + "article/test");

    @Test
    void aRealArticleGraphComesBackIsomorphic() {
        List<ReadOutcome> read = new ArrayList<>();
        Fixtures.pipeline().read(List.of(Fixtures.seed()), null, read::add);
        var article = ((ReadOutcome.Read) read.get(0)).article();
        Graph g = Fixtures.pipeline().graph(Fixtures.pipeline().extract(article));
        Node name = Iris.article(article);
        GraphText text = new GraphText(new ArticleGraph(article.id(), name, g));
        DatasetGraph ds = run(text);
        assertThat(ds.getGraph(name).isIsomorphicWith(g)).isTrue();
        assertThat(ds.getGraph(name).size()).isEqualTo(g.size());
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(GraphText.trig(List.of(text)), Lang.TRIG).parse(parsed);
        assertThat(parsed.getGraph(name).isIsomorphicWith(g)).isTrue();
        assertThat(parsed.listGraphNodes()).toIterable().containsExactly(name);
    }

    @Test
    void awkwardTermsSurviveTheText() {
        Graph g = GraphFactory.createDefaultGraph();
        Node s = NodeFactory.createURI(Vocab.ID + "person/jean-(d'arc)_2");
        add(g, s, "http://x/p", NodeFactory.createLiteralString("quote \" back\\slash\nnew line, «ünïcødé» } ; ."));
        add(g, s, "http://x/p", NodeFactory.createLiteralLang("Москва", "ru"));
        add(g, s, "http://x/p", NodeFactory.createLiteralDT("2021-05-21", XSDDatatype.XSDdate));
        add(g, s, "http://x/p", NodeFactory.createLiteralDT("-0.50", XSDDatatype.XSDdecimal));
        add(g, s, "http://x/p", NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        add(g, s, Vocab.ID + "state/p.", NodeFactory.createURI(Vocab.ID + "post/president/us"));
        add(g, NodeFactory.createURI("http://x/other#a"), "http://x/p", s);
        GraphText text = new GraphText(new ArticleGraph("test", G, g));
        assertThat(run(text).getGraph(G).isIsomorphicWith(g)).isTrue();
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(GraphText.trig(List.of(text)), Lang.TRIG).parse(parsed);
        assertThat(parsed.getGraph(G).isIsomorphicWith(g)).isTrue();
    }

    @Test
    void aBatchReplacesEachGraphAndTheLastTextOfAGraphWins() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        Node other = NodeFactory.createURI(Vocab.ID + "article/other");
        ds.add(G, G, NodeFactory.createURI("http://x/old"), NodeFactory.createLiteralString("stale"));
        Graph first = graphOf("first");
        Graph second = graphOf("second");
        String request = GraphText.update(List.of(
                new GraphText(new ArticleGraph("test", G, first)),
                new GraphText(new ArticleGraph("other", other, first)),
                new GraphText(new ArticleGraph("test", G, second))));
        UpdateAction.parseExecute(request, ds);
        assertThat(ds.getGraph(G).isIsomorphicWith(second)).isTrue();
        assertThat(ds.getGraph(other).isIsomorphicWith(first)).isTrue();
    }

    private static Graph graphOf(String value) {
        Graph g = GraphFactory.createDefaultGraph();
        add(g, G, Vocab.SHA256.getURI(), NodeFactory.createLiteralString(value));
        return g;
    }

    private static DatasetGraph run(GraphText r) {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        ds.add(r.graph().name(), r.graph().name(), NodeFactory.createURI("http://x/old"), NodeFactory.createLiteralString("stale"));
        UpdateAction.parseExecute(GraphText.update(List.of(r)), ds);
        return ds;
    }

    private static void add(Graph g, Node s, String p, Node o) {
        g.add(Triple.create(s, NodeFactory.createURI(p), o));
    }
}
