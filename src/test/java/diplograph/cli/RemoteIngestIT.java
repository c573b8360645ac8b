package diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.map.Vocab;
import diplograph.query.NamedQueries;
import diplograph.query.QueryRunner;
import diplograph.query.ResultFormat;
import diplograph.serve.SparqlServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --endpoint}: a second Fuseki (diplograph's own server over another store, updates
 * behind basic authentication) on the loopback address receives exactly the quads a local ingest
 * stores; a re-run skips what the endpoint holds unchanged; a wrong password loses each article
 * with its own line and nothing else.
 */
class RemoteIngestIT {

    @TempDir
    Path tmp;

    private DatasetGraph remote;
    private SparqlServer server;
    private Path passwordFile;

    @BeforeEach
    void startASecondFuseki() throws Exception {
        remote = DatabaseMgr.connectDatasetGraph(tmp.resolve("remote").toString());
        remote.getContext().set(TDB2.symUnionDefaultGraph, true);
        Path users = Files.writeString(tmp.resolve("users"), "loader: s3cret\n");
        server = SparqlServer.start(remote, new SparqlServer.Options(null, 0, null, users));
        passwordFile = Files.writeString(tmp.resolve("password"), "s3cret\n");
    }

    @AfterEach
    void stop() {
        server.close();
        TDBInternal.expel(remote);
    }

    private String dataset() {
        return server.baseUrl() + "diplograph";
    }

    @Test
    void theEndpointHoldsExactlyTheQuadsOfALocalIngest() throws Exception {
        Cli.Result r = Cli.run("ingest", "--endpoint", dataset(), "--user", "loader", "--password-file",
                passwordFile.toString(), Fixtures.seed().toString(), Fixtures.articles().toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Path local = tmp.resolve("local");
        assertThat(Cli.run("ingest", "--db", local.toString(), Fixtures.seed().toString(),
                Fixtures.articles().toString()).exit()).isZero();
        List<String> expected = Cli.run("export", "--db", local.toString(), "--format", "nq").out().lines().sorted().toList();
        assertThat(remoteQuads()).isEqualTo(expected);
        // The contacts index was computed over the endpoint and PUT at the end: the same as the
        // local store's, and it answers as the live aggregate over the endpoint's article graphs.
        assertThat(expected).anyMatch(q -> q.endsWith("<" + Vocab.CONTACTS_GRAPH.getURI() + "> ."));
        assertThat(summary(NamedQueries.load("who-met-whom-summary"))).isNotEmpty()
                .isEqualTo(summary(Files.readString(Path.of("src/test/resources/oracle/who-met-whom-summary-live.rq"))));

        Cli.Result again = Cli.run("ingest", "--endpoint", dataset(), "--user", "loader", "--password-file",
                passwordFile.toString(), Fixtures.seed().toString());
        assertThat(again.err()).contains("ingested 0 article(s), 1 unchanged, 0 failed");
        assertThat(remoteQuads()).isEqualTo(expected);
    }

    @Test
    void aRefusedPutIsReportedPerArticleAndNothingElseIsLost() throws Exception {
        Path wrong = Files.writeString(tmp.resolve("wrong"), "not-the-password\n");
        Cli.Result r = Cli.run("ingest", "--endpoint", dataset(), "--user", "loader", "--password-file",
                wrong.toString(), Fixtures.seed().toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("401");
        assertThat(remoteQuads()).isEmpty();
    }

    private List<String> summary(String query) {
        var out = new java.io.ByteArrayOutputStream();
        Txn.executeRead(remote, () -> new QueryRunner(remote).run(query, java.util.Map.of(), ResultFormat.CSV, out));
        return out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).sorted().toList();
    }

    private List<String> remoteQuads() {
        List<String> quads = new ArrayList<>();
        Txn.executeRead(remote, () -> remote.find().forEachRemaining(q -> quads.add(
                org.apache.jena.riot.out.NodeFmtLib.strNQ(q))));
        Collections.sort(quads);
        return quads;
    }
}
