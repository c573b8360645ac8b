package diplograph.follow;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Diplograph;
import diplograph.Fixtures;
import diplograph.Following;
import diplograph.fetch.FeedItem;
import diplograph.fetch.Feeds;
import diplograph.map.Vocab;
import diplograph.read.ReadOutcome;
import diplograph.read.WebPages;
import diplograph.store.FollowLedger;
import diplograph.store.TdbStore;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real feed history (264 polls of the State Department's press-release feed, June 2021: 219
 * distinct items, 16 republished with changed text) followed by {@code diplograph follow} in its
 * own process, from a local server that moves on one snapshot per poll: the store ends with
 * exactly the 219 items, each with its latest text, none twice, also when the follower is killed
 * with SIGKILL at three random moments and restarted.
 */
class FollowHistoryIT {

    private static List<byte[]> snapshots;
    /** Per item link, the SHA-256 of the article its latest text makes. */
    private static Map<String, String> latest;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        snapshots = FeedHistory.load();
        Map<String, FeedItem> last = new LinkedHashMap<>();
        for (byte[] s : snapshots) {
            for (FeedItem i : Feeds.read("history", s, "application/rss+xml; charset=UTF-8")) {
                last.put(i.key(), i);
            }
        }
        latest = new LinkedHashMap<>();
        last.forEach((key, i) -> {
            LocalDate date = i.published().atOffset(ZoneOffset.UTC).toLocalDate();
            var read = (ReadOutcome.Read) WebPages.fragment(Following.articleId(key), i.content(), key, i.title(), date);
            latest.put(key, read.article().sha256());
        });
    }

    @Test
    void theHistoryAsItsReadmeCountsIt() {
        assertThat(snapshots).hasSize(264);
        assertThat(latest).hasSize(219);
    }

    @Test
    void aFollowerKilledThreeTimesEndsWithEveryItemOnceInItsLatestText() throws Exception {
        Path db = dir.resolve("db");
        try (LocalWeb web = new LocalWeb()) {
            FeedHistory history = new FeedHistory(snapshots);
            web.on("/feed", history);
            Random random = new Random(20210601);
            Path log = dir.resolve("follow.log");
            for (int kill = 0; kill < 3; kill++) {
                Process p = follow(db, web.url("/feed"), log);
                // A random moment: while the models load, or between or inside polls.
                Thread.sleep(2_000 + random.nextInt(10_000));
                p.destroyForcibly(); // SIGKILL
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            Process last = follow(db, web.url("/feed"), log);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            while (!history.finished() && System.nanoTime() < deadline && last.isAlive()) {
                Thread.sleep(200);
            }
            assertThat(history.finished()).as("the follower reached the last snapshot; log:\n%s",
                    Files.exists(log) ? Files.readString(log) : "").isTrue();
            last.destroy(); // SIGTERM: ends after the item in hand
            assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(last.exitValue()).as(Files.readString(log)).isIn(0, 143);
        }
        try (TdbStore store = TdbStore.open(db, Fixtures.pipeline().validator())) {
            assertThat(stored(store)).isEqualTo(expected());
            assertThat(new FollowLedger(store).itemCount()).isEqualTo(219);
        }
    }

    private Map<Node, String> stored(TdbStore store) {
        Map<Node, String> hashes = new java.util.TreeMap<>(java.util.Comparator.comparing(Node::getURI));
        for (Node g : store.articleGraphs()) {
            hashes.put(g, Txn.calculateRead(store.dataset(), () -> store.dataset()
                    .find(g, g, Vocab.SHA256, Node.ANY).next().getObject().getLiteralLexicalForm()));
        }
        return hashes;
    }

    private static Map<Node, String> expected() {
        Map<Node, String> hashes = new java.util.TreeMap<>(java.util.Comparator.comparing(Node::getURI));
        latest.forEach((link, sha) -> hashes.put(Diplograph.articleGraph(Following.articleId(link)), sha));
        return hashes;
    }

    private static Process follow(Path db, String feed, Path log) throws Exception {
        return new ProcessBuilder("java", "-Xmx1g", "-cp", System.getProperty("java.class.path"), "diplograph.cli.Main",
                "follow", "--db", db.toString(), "--every", "100ms", "--host-delay", "0s", feed)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    @Test
    void serveFollowAnswersQueriesWhileItemsArrive() throws Exception {
        Path db = dir.resolve("served");
        try (LocalWeb web = new LocalWeb()) {
            web.on("/feed", new FeedHistory(snapshots));
            int port;
            try (var socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = dir.resolve("serve.log");
            Process p = new ProcessBuilder("java", "-Xmx1g", "-cp", System.getProperty("java.class.path"), "diplograph.cli.Main",
                    "serve", "--db", db.toString(), "--port", String.valueOf(port), "--follow", web.url("/feed"),
                    "--every", "200ms", "--host-delay", "0s")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String sparql = "http://127.0.0.1:" + port + "/diplograph/sparql";
                String count = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <" + Vocab.ARTICLE.getURI() + "> }";
                List<Integer> counts = new ArrayList<>();
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                while (System.nanoTime() < deadline && (counts.isEmpty() || counts.get(counts.size() - 1) < 40) && p.isAlive()) {
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sparql))
                                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                                .POST(HttpRequest.BodyPublishers.ofString("query=" + java.net.URLEncoder.encode(count,
                                        java.nio.charset.StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
                        assertThat(r.statusCode()).isEqualTo(200);
                        counts.add(Integer.parseInt(r.body().lines().skip(1).findFirst().orElse("0").strip()));
                    } catch (java.net.ConnectException notYet) {
                        // the server is still starting
                    }
                    Thread.sleep(300);
                }
                assertThat(counts).as(Files.readString(log)).isSorted();
                assertThat(counts.get(counts.size() - 1)).as(Files.readString(log)).isGreaterThanOrEqualTo(40);
                assertThat(counts.stream().distinct().count()).as("the answers grew while the server served").isGreaterThan(2);
            } finally {
                p.destroy();
                p.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }
}
