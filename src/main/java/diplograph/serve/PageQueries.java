package diplograph.serve;

import diplograph.query.QueryRunner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;

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

    private final QueryRunner runner;
    private final Map<String, Query> parsed = new ConcurrentHashMap<>();

    PageQueries(DatasetGraph dataset) {
        this.runner = new QueryRunner(dataset);
    }

    /** Runs {@code pages/NAME.rq} with {@code ?this} bound, in a read transaction. */
    List<Row> rows(String name, Node self) {
        Query query = parsed.computeIfAbsent(name, PageQueries::load);
        return runner.nodeRows(query, BindingFactory.binding(Var.alloc("this"), self)).stream().map(Row::new).toList();
    }

    /** Like {@link #rows(String, Node)}, the rows {@code offset} to {@code offset + limit} of the query's order. */
    List<Row> rows(String name, Node self, long limit, long offset) {
        Query query = parsed.computeIfAbsent(name, PageQueries::load).cloneQuery();
        query.setLimit(limit);
        query.setOffset(offset);
        return runner.nodeRows(query, BindingFactory.binding(Var.alloc("this"), self)).stream().map(Row::new).toList();
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
