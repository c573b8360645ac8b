package diplograph.map;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.model.Extraction;
import diplograph.read.ReadOutcome;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

class FactMapperTest {

    static Extraction seed() {
        List<ReadOutcome> out = new ArrayList<>();
        Fixtures.pipeline().read(List.of(Fixtures.seed()), null, out::add);
        return Fixtures.pipeline().extract(((ReadOutcome.Read) out.get(0)).article());
    }

    @Test
    void theSeedGraphConformsToTheShapes() {
        Graph g = Fixtures.pipeline().graph(seed());
        var report = Fixtures.pipeline().validator().validate(g);
        assertThat(report.conforms()).as(diplograph.store.Validator.summary(report)).isTrue();
    }

    @Test
    void mappingTwiceGivesTheSameTriples() {
        Graph a = Fixtures.pipeline().graph(seed());
        Graph b = Fixtures.pipeline().graph(seed());
        assertThat(a.isIsomorphicWith(b)).isTrue();
        assertThat(a.find().toList()).allMatch(t -> !t.getSubject().isBlank() && !t.getObject().isBlank());
    }

    @Test
    void statesLinkToWikidata() {
        Graph g = Fixtures.pipeline().graph(seed());
        Node sameAs = NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs");
        assertThat(g.contains(NodeFactory.createURI(Vocab.ID + "state/ir"), sameAs,
                NodeFactory.createURI("http://www.wikidata.org/entity/Q794"))).isTrue();
        assertThat(g.contains(NodeFactory.createURI(Vocab.ID + "state/kz"), sameAs,
                NodeFactory.createURI("http://www.wikidata.org/entity/Q232"))).isTrue();
    }

    @Test
    void everyAnchorPointsAtItsExactTextInCodePoints() {
        Extraction x = seed();
        Graph g = Fixtures.pipeline().graph(x);
        String text = x.article().text();
        var ds = DatasetGraphFactory.wrap(g);
        try (QueryExec exec = QueryExec.dataset(ds).query("""
                PREFIX oa: <http://www.w3.org/ns/oa#>
                SELECT ?s ?e ?exact { ?a oa:start ?s ; oa:end ?e ; oa:exact ?exact }""").build()) {
            var rows = exec.select().materialize();
            int n = 0;
            while (rows.hasNext()) {
                var b = rows.next();
                int s = Integer.parseInt(b.get("s").getLiteralLexicalForm());
                int e = Integer.parseInt(b.get("e").getLiteralLexicalForm());
                String byCodePoints = text.substring(text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e));
                assertThat(byCodePoints).isEqualTo(b.get("exact").getLiteralLexicalForm());
                n++;
            }
            long sentences = x.facts().stream().map(f -> f.evidence().span()).distinct().count();
            assertThat(n).isEqualTo(sentences).isGreaterThan(1);
        }
    }

    @Test
    void articleIrisAreEncodedAndStable() {
        assertThat(Iris.article("a b/ü").getURI()).isEqualTo(Vocab.ID + "article/a%20b%2F%C3%BC");
        assertThat(Iris.article("2025-06-07-x")).isEqualTo(Iris.article("2025-06-07-x"));
    }
}
