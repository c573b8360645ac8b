package diplograph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * The SPARQL behind the pages ({@code pages/NAME.rq} on the classpath), run in the server's own
 * process with {@code ?this} bound to the page's IRI. Each page is a handful of such queries, so
 * what a page shows can be read, and checked, in SPARQL.
 */
final class PageQueries {

    /** One result row: variable name to value; unbound variables are absent. */
    record Row(Map<String, Node> values) {
        String str(String var) {
            Node n = values.get(var);
            if (n == null) {
                return null;
            }
            return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
        }

        Node node(String var) {
            return values.get(var);
        }

        int integer(String var) {
            String s = str(var);
            return s == null ? 0 : Integer.parseInt(s);
        }
    }

    private final DatasetGraph dataset;
    private final Map<String, Query> parsed = new ConcurrentHashMap<>();

    PageQueries(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Runs {@code pages/NAME.rq} with {@code ?this} bound, in a read transaction. */
    List<Row> rows(String name, Node self) {
        Query query = parsed.computeIfAbsent(name, PageQueries::load);
        return Txn.calculateRead(dataset, () -> {
            List<Row> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.newBuilder().dataset(dataset).query(query).substitution("this", self).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    var b = rows.next();
                    Map<String, Node> values = new HashMap<>();
                    b.vars().forEachRemaining(v -> values.put(v.getVarName(), b.get(v)));
                    out.add(new Row(values));
                }
            }
            return out;
        });
    }

    static Query load(String name) {
        try (InputStream in = PageQueries.class.getResourceAsStream("/pages/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("page query missing from the jar: pages/" + name + ".rq");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
