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
 * stores; a re-run skips what the endpoint holds unchanged; a changed article replaces its graph;
 * a wrong password loses each article with its own line and nothing else; an article the server
 * refuses is reported alone and the rest of its batch lands.
 */
class RemoteIngestIT {

    @TempDir
    Path tmp;

    private DatasetGraph remote;
    private SparqlServer server;
    private Path passwordFile;

    @BeforeEach
    void startASecondFuseki() throws Exception {
        startServer(SparqlServer.Options.DEFAULT_MAX_REQUEST_BYTES);
        passwordFile = Files.writeString(tmp.resolve("password"), "s3cret\n");
    }

    private void startServer(long maxRequestBytes) throws Exception {
        remote = DatabaseMgr.connectDatasetGraph(tmp.resolve("remote").toString());
        remote.getContext().set(TDB2.symUnionDefaultGraph, true);
        Path users = Files.writeString(tmp.resolve("users"), "loader: s3cret\n");
        server = SparqlServer.start(remote, new SparqlServer.Options(null, 0, null, users, maxRequestBytes,
                SparqlServer.Options.DEFAULT_MAX_RESPONSE_BYTES));
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
    void aWrongPasswordIsReportedPerArticleAndNothingElseIsLost() throws Exception {
        Path wrong = Files.writeString(tmp.resolve("wrong"), "not-the-password\n");
        Cli.Result r = Cli.run("ingest", "--endpoint", dataset(), "--user", "loader", "--password-file",
                wrong.toString(), Fixtures.seed().toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("401");
        assertThat(remoteQuads()).isEmpty();
    }

    @Test
    void aChangedArticleReplacesItsGraphAndAnUnchangedRerunSendsNothing() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> real = realReadouts(4);
        for (Path f : real) {
            Files.copy(f, in.resolve(f.getFileName()));
        }
        Cli.Result first = ingestRemote(in);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("ingested 4 article(s), 0 unchanged, 0 failed");

        Cli.Result again = ingestRemote(in);
        assertThat(again.err()).contains("ingested 0 article(s), 4 unchanged, 0 failed");

        Path changed = in.resolve(real.get(1).getFileName());
        List<String> before = remoteQuads();
        Files.writeString(changed, Files.readString(changed).replace("Secretary", "Minister"));
        Cli.Result third = ingestRemote(in);
        assertThat(third.exit()).as(third.err()).isZero();
        assertThat(third.err()).contains("ingested 1 article(s), 3 unchanged, 0 failed");
        // Exactly what a local ingest of the files as they are now stores: the old text's quads are gone.
        assertThat(remoteQuads()).isEqualTo(localQuads(in)).isNotEqualTo(before);
    }

    @Test
    void theContactsIndexFollowsEachRunsGraphsWhereTheStoreDoesNotKeepIt() throws Exception {
        // The server here writes into the store as it is, so the index is the ingest's to keep:
        // the first run computes it whole, later runs only the contacts their graphs touch.
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> real = realReadouts(8);
        for (Path f : real.subList(0, 4)) {
            Files.copy(f, in.resolve(f.getFileName()));
        }
        assertThat(ingestRemote(in).exit()).isZero();
        assertThat(contactsIn(remoteQuads())).isNotEmpty();
        for (Path f : real.subList(4, 8)) {
            Files.copy(f, in.resolve(f.getFileName()));
        }
        Cli.Result more = ingestRemote(in);
        assertThat(more.err()).contains("ingested 4 article(s), 4 unchanged, 0 failed");
        List<String> expected = localQuads(in);
        assertThat(remoteQuads()).isEqualTo(expected);

        // An article whose new text reports no contact: the contacts its old text gave are gone.
        Path first = in.resolve(real.get(0).getFileName());
        String text = Files.readString(first);
        Files.writeString(first, text.substring(0, text.indexOf('\n') + 1)
                + "\nSecretary of State Antony J. Blinken issued a statement on the anniversary today.\n");
        Cli.Result changed = ingestRemote(in);
        assertThat(changed.err()).contains("ingested 1 article(s), 7 unchanged, 0 failed");
        List<String> after = remoteQuads();
        assertThat(after).isEqualTo(localQuads(in));
        assertThat(contactsIn(after)).hasSizeLessThan(contactsIn(expected).size());
    }

    private static List<String> contactsIn(List<String> quads) {
        return quads.stream().filter(q -> q.endsWith("<" + Vocab.CONTACTS_GRAPH.getURI() + "> .")
                && q.contains("<" + Vocab.CONTACT_EVENT.getURI() + ">")).toList();
    }

    @Test
    void anArticleTheServerRefusesIsReportedAloneAndTheRestOfItsBatchLands() throws Exception {
        // A request limit the ontology and reference graphs pass, and every usual article, but no
        // batch of them and not one long article: the batch is refused, then each article is sent alone.
        stop();
        startServer(300_000);
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> real = realReadouts(3);
        for (Path f : real) {
            Files.copy(f, in.resolve(f.getFileName()));
        }
        // Its text alone (schema:text) is over the limit.
        StringBuilder longText = new StringBuilder(Files.readString(real.get(0)));
        for (int i = 0; longText.length() < 350_000; i++) {
            longText.append("\n\n").append(Files.readString(real.get(i % 3)).replaceFirst("^ date \\S+ ", ""));
        }
        Files.writeString(in.resolve("long-article.txt"), longText);

        Cli.Result r = ingestRemote(in);
        assertThat(r.exit()).isNotZero();
        assertThat(r.err().lines().filter(l -> l.contains("not stored"))).singleElement().asString()
                .startsWith("long-article: not stored").contains("413");
        assertThat(r.err()).contains("ingested 3 article(s), 0 unchanged, 1 failed");
        Files.delete(in.resolve("long-article.txt"));
        assertThat(remoteQuads()).isEqualTo(localQuads(in));
    }

    @Test
    void aGraphHeldWithoutAHashIsReplacedNotAddedTo() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path f = realReadouts(1).get(0);
        Files.copy(f, in.resolve(f.getFileName()));
        String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
        var graph = diplograph.Diplograph.articleGraph(id);
        var stray = org.apache.jena.graph.NodeFactory.createURI("http://example.org/stray");
        Txn.executeWrite(remote, () -> remote.add(graph, stray, stray, stray));
        Cli.Result r = ingestRemote(in);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(remoteQuads()).isEqualTo(localQuads(in));
    }

    private Cli.Result ingestRemote(Path in) {
        return Cli.run("ingest", "--endpoint", dataset(), "--user", "loader", "--password-file",
                passwordFile.toString(), in.toString());
    }

    /** The quads of a local ingest of {@code in} into a new store. */
    private List<String> localQuads(Path in) throws Exception {
        Path local = Files.createTempDirectory(tmp, "local");
        Files.delete(local);
        Cli.Result r = Cli.run("ingest", "--db", local.toString(), in.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return Cli.run("export", "--db", local.toString(), "--format", "nq").out().lines().sorted().toList();
    }

    /** Real readouts (State Department, Kremlin) from the test resources, in name order. */
    private static List<Path> realReadouts(int n) throws Exception {
        try (var files = Files.list(Path.of("src/test/resources/real/statedept"))) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(n).toList();
        }
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
