package diplograph.follow;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.cli.Main;
import diplograph.serve.SparqlServer;
import java.io.PrintWriter;
import java.io.StringWriter;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code follow --endpoint} into a second Fuseki with updates: the endpoint ends with exactly the
 * quads a local {@code follow --db} of the same feed stores (articles, their records, the contacts
 * index), passes over unchanged items at the next poll and replaces a changed one.
 */
class FollowRemoteIT {

    @TempDir
    Path tmp;

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), err.toString());
    }

    @Test
    void theEndpointHoldsWhatALocalFollowerStores() throws Exception {
        DatasetGraph remote = DatabaseMgr.connectDatasetGraph(tmp.resolve("remote").toString());
        remote.getContext().set(TDB2.symUnionDefaultGraph, true);
        Path users = Files.writeString(tmp.resolve("users"), "loader: s3cret\n");
        Path password = Files.writeString(tmp.resolve("password"), "s3cret\n");
        try (LocalWeb web = new LocalWeb();
             SparqlServer server = SparqlServer.start(remote, new SparqlServer.Options(null, 0, null, users,
                     SparqlServer.Options.DEFAULT_MAX_REQUEST_BYTES, SparqlServer.Options.DEFAULT_MAX_RESPONSE_BYTES))) {
            String rss = "application/rss+xml; charset=UTF-8";
            web.on("/feed", LocalWeb.Answer.ok(rss, FollowingTest.rss(
                    FollowingTest.item(web.url("/a"), "Meeting", "Thu, 03 Jun 2021 18:00:00 +0000", FollowingTest.MEETING, null),
                    FollowingTest.item(web.url("/b"), "Call", "Fri, 04 Jun 2021 18:00:00 +0000", FollowingTest.CALL, null))));
            String[] toRemote = {"follow", "--once", "--host-delay", "0s", "--endpoint", server.baseUrl() + "diplograph",
                    "--user", "loader", "--password-file", password.toString(), web.url("/feed")};
            Run first = run(toRemote);
            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(first.err()).contains(web.url("/feed") + ": 2 new, 0 changed, 0 unchanged, 0 failed");

            Path local = tmp.resolve("local");
            assertThat(run("follow", "--once", "--host-delay", "0s", "--db", local.toString(), web.url("/feed")).exit()).isZero();
            StringWriter exported = new StringWriter();
            var cl = Main.commandLine();
            cl.setOut(new PrintWriter(exported, true));
            assertThat(cl.execute("export", "--db", local.toString(), "--format", "nq")).isZero();
            List<String> expected = exported.toString().lines().sorted().toList();
            assertThat(expected).anyMatch(q -> q.endsWith("<https://w3id.org/diplograph/graph/follow> ."))
                    .anyMatch(q -> q.endsWith("<https://w3id.org/diplograph/graph/contacts> ."));
            assertThat(quads(remote)).isEqualTo(expected);

            Run again = run(toRemote);
            assertThat(again.err()).contains(web.url("/feed") + ": 0 new, 0 changed, 2 unchanged, 0 failed");
            web.on("/feed", LocalWeb.Answer.ok(rss, FollowingTest.rss(
                    FollowingTest.item(web.url("/a"), "Meeting", "Thu, 03 Jun 2021 18:00:00 +0000",
                            FollowingTest.MEETING.replace("June 3", "June 2"), null),
                    FollowingTest.item(web.url("/b"), "Call", "Fri, 04 Jun 2021 18:00:00 +0000", FollowingTest.CALL, null))));
            Run changed = run(toRemote);
            assertThat(changed.err()).contains(web.url("/feed") + ": 0 new, 1 changed, 1 unchanged, 0 failed");
            // The meeting is now dated as the corrected text says, in the article graph and the contacts index.
            assertThat(quads(remote)).anyMatch(q -> q.contains("ontology#date> \"2021-06-02\""))
                    .noneMatch(q -> q.contains("ontology#date> \"2021-06-03\""))
                    .anyMatch(q -> q.contains("ontology#contactDate> \"2021-06-02\""));
        } finally {
            TDBInternal.expel(remote);
        }
    }

    private static List<String> quads(DatasetGraph d) {
        List<String> quads = new ArrayList<>();
        Txn.executeRead(d, () -> d.find().forEachRemaining(q -> quads.add(org.apache.jena.riot.out.NodeFmtLib.strNQ(q))));
        Collections.sort(quads);
        return quads;
    }
}
