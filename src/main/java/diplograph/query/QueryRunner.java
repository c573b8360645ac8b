package diplograph.query;

import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Runs SELECT queries over a dataset inside a read transaction. Parameters are bound as RDF terms
 * by substitution on the parsed query, never pasted into the query text, so a value cannot change
 * the query's structure.
 */
public final class QueryRunner {

    private final DatasetGraph dsg;

    public QueryRunner(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /**
     * Parses {@code sparql}, binds {@code params} and prints the results to {@code out}.
     *
     * @return the number of result rows
     * @throws org.apache.jena.query.QueryParseException for a malformed query
     */
    public long run(String sparql, Map<String, String> params, ResultFormat format, OutputStream out) {
        Query query = QueryFactory.create(sparql);
        if (!query.isSelectType()) {
            throw new IllegalArgumentException("only SELECT queries are supported here");
        }
        Binding binding = bind(params);
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).substitution(binding).build()) {
                RowSet rows = exec.select();
                ResultSetRewindable rs = ResultSet.adapt(rows).rewindable();
                long n = rs.size();
                rs.reset();
                switch (format) {
                    case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                    case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                    case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                    case TABLE -> ResultSetFormatter.out(out, rs, query.getPrefixMapping());
                }
                return n;
            }
        });
    }

    /** Runs a SELECT query and returns its rows as variable → lexical form (IRIs as strings). */
    public java.util.List<Map<String, String>> rows(String sparql, Map<String, String> params) {
        java.util.List<Map<String, String>> rows = new java.util.ArrayList<>();
        for (Map<String, Node> nodes : nodeRows(QueryFactory.create(sparql), bind(params))) {
            Map<String, String> row = new java.util.LinkedHashMap<>();
            nodes.forEach((v, n) -> row.put(v, n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString()));
            rows.add(row);
        }
        return rows;
    }

    /** Runs a parsed SELECT query with {@code binding} substituted, in a read transaction; unbound variables are absent. */
    public java.util.List<Map<String, Node>> nodeRows(Query query, Binding binding) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).substitution(binding).build()) {
                java.util.List<Map<String, Node>> rows = new java.util.ArrayList<>();
                exec.select().forEachRemaining(b -> {
                    Map<String, Node> row = new java.util.LinkedHashMap<>();
                    b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v)));
                    rows.add(row);
                });
                return rows;
            }
        });
    }

    /** Builds the bindings: {@code <iri>} or http(s) IRIs become IRIs, anything else a string literal. */
    static Binding bind(Map<String, String> params) {
        BindingBuilder b = BindingBuilder.create();
        params.forEach((name, value) -> b.add(Var.alloc(name), term(value)));
        return b.build();
    }

    static Node term(String value) {
        if (value.startsWith("<") && value.endsWith(">")) {
            return NodeFactory.createURI(value.substring(1, value.length() - 1));
        }
        if (value.matches("https?://\\S+")) {
            return NodeFactory.createURI(value);
        }
        return NodeFactory.createLiteralString(value);
    }

}
