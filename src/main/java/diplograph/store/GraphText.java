package diplograph.store;

import diplograph.map.Vocab;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/**
 * One article graph as text to send to a remote store: a {@code GRAPH <g> { s p o ; p o . … }}
 * block, which is both TriG and the body of a SPARQL {@code INSERT DATA}. Blocks of several
 * graphs, after the one {@link #PROLOGUE}, make one request: {@link #trig} to add graphs the store
 * does not hold (a Graph Store Protocol POST to the dataset; the store parses TriG several times
 * faster than SPARQL), {@link #update} to replace graphs it may hold ({@code DROP SILENT GRAPH <g> ;
 * INSERT DATA { GRAPH <g> { … } } ;} for each, in order, so a graph given twice ends as its last
 * text). A store such as Fuseki runs either request as one transaction: the graphs of a request land
 * whole or not at all.
 *
 * <p>Written with prefixes and grouped by subject, the text is under half the size of N-Quads: a
 * request under the limits servers set (4 MiB by default in {@code serve}) holds more articles.
 */
public final class GraphText {

    /**
     * The project's prefixes and one per kind of minted IRI ({@code id-state:us}): the minted IRIs
     * are most of the text, and under the one {@code id:} prefix their local names hold a slash, which
     * a prefixed name cannot.
     */
    private static final PrefixMap PREFIXES = prefixes();

    /** The PREFIX lines a request starts with, declared once for all its graphs. */
    public static final String PROLOGUE = prologue();

    private final ArticleGraph graph;
    private final String block;
    private final long bytes;

    public GraphText(ArticleGraph graph) {
        this.graph = graph;
        this.block = block(graph);
        this.bytes = block.getBytes(StandardCharsets.UTF_8).length;
    }

    public ArticleGraph graph() {
        return graph;
    }

    /** The size of the graph's text in UTF-8, to bound a request. */
    public long bytes() {
        return bytes;
    }

    /** A TriG document of the graphs. */
    public static String trig(List<GraphText> graphs) {
        StringBuilder b = new StringBuilder(PROLOGUE);
        graphs.forEach(g -> b.append(g.block));
        return b.toString();
    }

    /** A SPARQL Update request that replaces each graph, in their order. */
    public static String update(List<GraphText> graphs) {
        StringBuilder b = new StringBuilder(PROLOGUE);
        graphs.forEach(g -> b.append("DROP SILENT GRAPH <").append(g.graph.name().getURI()).append("> ;\nINSERT DATA { ")
                .append(g.block).append("} ;\n"));
        return b.toString();
    }

    /** The triples as N-Triples lines: the body of an {@code INSERT DATA} for triples without the project's prefixes. */
    public static String nTriples(java.util.Collection<Triple> triples) {
        StringBuilder b = new StringBuilder();
        for (Triple t : triples) {
            b.append(org.apache.jena.riot.out.NodeFmtLib.strNT(t.getSubject())).append(' ')
                    .append(org.apache.jena.riot.out.NodeFmtLib.strNT(t.getPredicate())).append(' ')
                    .append(org.apache.jena.riot.out.NodeFmtLib.strNT(t.getObject())).append(" .\n");
        }
        return b.toString();
    }

    private static String block(ArticleGraph g) {
        NodeFormatter fmt = new NodeFormatterTTL(null, PREFIXES);
        Text out = new Text(64 * g.graph().size());
        out.print("GRAPH <" + g.name().getURI() + "> {\n");
        Map<Node, List<Triple>> bySubject = new LinkedHashMap<>();
        g.graph().find().forEachRemaining(t -> bySubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>()).add(t));
        bySubject.forEach((subject, triples) -> {
            fmt.format(out, subject);
            for (int i = 0; i < triples.size(); i++) {
                out.print(i == 0 ? " " : " ;\n  ");
                fmt.format(out, triples.get(i).getPredicate());
                out.print(' ');
                fmt.format(out, triples.get(i).getObject());
            }
            out.print(" .\n");
        });
        out.print("}\n");
        return out.text.toString();
    }

    /**
     * A writer into a {@link StringBuilder}: Jena's string writers pad lines or synchronise every
     * character, which made up most of the time spent writing the text.
     */
    private static final class Text implements AWriter {
        final StringBuilder text;

        Text(int capacity) {
            text = new StringBuilder(capacity);
        }

        @Override
        public void write(char c) {
            text.append(c);
        }

        @Override
        public void write(char[] cbuf) {
            text.append(cbuf);
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void print(char c) {
            text.append(c);
        }

        @Override
        public void print(char[] cbuf) {
            text.append(cbuf);
        }

        @Override
        public void print(String s) {
            text.append(s);
        }

        @Override
        public void printf(String format, Object... args) {
            text.append(String.format(format, args));
        }

        @Override
        public void println(String s) {
            text.append(s).append('\n');
        }

        @Override
        public void println() {
            text.append('\n');
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static PrefixMap prefixes() {
        PrefixMap p = PrefixMapFactory.create(Vocab.prefixes());
        for (String kind : List.of("article", "state", "org", "person", "role", "office", "post", "holding",
                "event", "contact", "quote", "agreement", "position")) {
            p.add("id-" + kind, Vocab.ID + kind + "/");
        }
        return p;
    }

    private static String prologue() {
        StringBuilder b = new StringBuilder();
        PREFIXES.forEach((prefix, iri) -> b.append("PREFIX ").append(prefix).append(": <").append(iri).append(">\n"));
        return b.toString();
    }
}
