package diplograph.query;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.store.SubjectScanExecutor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faster shapes give the same answers, byte for byte. On the written corpus and the seed, each
 * article stored twice (a copy under another id, its persons, states, events and office holdings
 * the same nodes, as when the same news is ingested again: what makes the slow shapes slow):
 * <ul>
 *   <li>every rewritten named query prints the same CSV as its original shape, kept in
 *       {@code src/test/resources/oracle/NAME-original.rq};</li>
 *   <li>every named query prints the same CSV with the store's executor ({@link SubjectScanExecutor}:
 *       subject scans, union-graph memo, ORDER BY keys computed once) as with TDB2's own.</li>
 * </ul>
 */
class RewrittenQueriesTest {

    private static final String ARTICLE = "https://w3id.org/diplograph/id/article/";
    private static final Node ARTICLE_ID = NodeFactory.createURI("https://w3id.org/diplograph/ontology#articleId");

    static DatasetGraph dsg;

    @BeforeAll
    static void load(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        List<Quad> quads = Fixtures.corpusQuads(dir);
        dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        QC.setFactory(dsg.getContext(), SubjectScanExecutor.FACTORY);
        Txn.executeWrite(dsg, () -> {
            for (Quad q : quads) {
                dsg.add(q);
                if (q.getGraph().getURI().startsWith(ARTICLE)) {
                    dsg.add(copy(q.getGraph()), copy(q.getSubject()), q.getPredicate(),
                            q.getPredicate().equals(ARTICLE_ID) ? NodeFactory.createLiteralString(q.getObject().getLiteralLexicalForm() + "-copy")
                                    : copy(q.getObject()));
                }
            }
        });
        assertThat(quads).hasSizeGreaterThan(1000);
    }

    /** The node of the article's copy: the article's IRI and those under it (its sentences, links, derivations) renamed. */
    private static Node copy(Node n) {
        if (!n.isURI() || !n.getURI().startsWith(ARTICLE)) {
            return n;
        }
        String iri = n.getURI();
        int hash = iri.indexOf('#');
        return NodeFactory.createURI(hash < 0 ? iri + "-copy" : iri.substring(0, hash) + "-copy" + iri.substring(hash));
    }

    @AfterAll
    static void close() {
        dsg.close();
    }

    static Stream<String> rewritten() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/oracle"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("-original.rq"))
                    .map(n -> n.substring(0, n.length() - "-original.rq".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("rewritten")
    void aRewrittenQueryAnswersAsItsOriginalShape(String name) throws IOException {
        String original = Files.readString(Path.of("src/test/resources/oracle/" + name + "-original.rq"));
        String now = csv(NamedQueries.load(name), true);
        assertThat(now.lines().count()).as("%s answers", name).isGreaterThan(2);
        assertThat(now).as(name).isEqualTo(csv(original, true));
    }

    @ParameterizedTest
    @MethodSource("diplograph.query.ContractQueriesTest#queryNames")
    void theStoresExecutorAnswersAsTdb2s(String name) {
        String query = NamedQueries.load(name);
        assertThat(csv(query, true)).as(name).isEqualTo(csv(query, false));
    }

    /** The whole answer as CSV, with the store's executor or with TDB2's own. */
    private static String csv(String query, boolean storeExecutor) {
        return Txn.calculateRead(dsg, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (QueryExec qe = QueryExec.dataset(dsg).query(query)
                    .set(ARQConstants.sysOpExecutorFactory, storeExecutor ? SubjectScanExecutor.FACTORY : OpExecutorTDB2.OpExecFactoryTDB)
                    // Answers ordered by a label value by value, as on a large store.
                    .set(SubjectScanExecutor.STREAM_BY_VALUE_FROM, 0L)
                    .build()) {
                ResultSetFormatter.outputAsCSV(out, ResultSet.adapt(qe.select()));
            }
            return out.toString(StandardCharsets.UTF_8);
        });
    }
}
