package diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.IngestReport;
import diplograph.bench.CorpusBuilder;
import diplograph.serve.SparqlServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries through {@code serve} keep answering, on whole committed batches, while an ingest writes
 * into the same store; a second process cannot open the store and says why.
 */
class ConcurrencyIT {

    /** Articles seen, and how many of them are whole (their hash, written last-but-not-least, is there). */
    private static final String COUNT = "SELECT (COUNT(?a) AS ?n) (SUM(IF(BOUND(?h), 1, 0)) AS ?hashes) "
            + "{ GRAPH ?a { ?a a <https://w3id.org/diplograph/ontology#Article> . "
            + "OPTIONAL { ?a <https://w3id.org/diplograph/ontology#sha256> ?h } } }";

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private long[] count(String endpoint) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(endpoint)).header("Accept", "text/csv")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        String[] cells = r.body().lines().skip(1).findFirst().orElseThrow().split(",");
        return new long[] {Long.parseLong(cells[0].strip()), Long.parseLong(cells[1].strip())};
    }

    @Test
    void queriesAnswerConsistentSnapshotsDuringAnIngestAndOtherProcessesAreKeptOut() throws Exception {
        Path corpus = tmp.resolve("corpus.jsonl");
        CorpusBuilder.build(Path.of("src/test/resources/corpus"), 150, corpus);
        Path db = tmp.resolve("db");
        try (TdbStore store = Fixtures.pipeline().openStore(db);
             SparqlServer server = SparqlServer.start(store.dataset(),
                     new SparqlServer.Options("127.0.0.1", 0, Duration.ofSeconds(30), null))) {
            CompletableFuture<IngestReport> ingest = CompletableFuture.supplyAsync(
                    () -> Fixtures.pipeline().ingest(store, List.of(corpus), null, s -> { }));
            long last = 0;
            int answered = 0;
            while (!ingest.isDone() || answered < 5) {
                long[] n = count(server.sparqlUrl());
                assertThat(n[1]).as("every article seen is whole").isEqualTo(n[0]);
                assertThat(n[0]).as("snapshots only move forward").isGreaterThanOrEqualTo(last);
                last = n[0];
                answered++;
            }
            assertThat(ingest.get(5, TimeUnit.MINUTES).stored()).isEqualTo(150);
            assertThat(count(server.sparqlUrl())[0]).isEqualTo(150);
            assertThat(answered).isGreaterThan(5);
            org.slf4j.LoggerFactory.getLogger(ConcurrencyIT.class).info("{} queries answered during the ingest", answered);

            Process other = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"), "diplograph.cli.Main",
                    "ingest", "--db", db.toString(), Fixtures.seed().toAbsolutePath().toString())
                    .redirectErrorStream(true).start();
            String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(other.exitValue()).isEqualTo(1);
            assertThat(output).contains("store is in use by another process");
        }
    }
}
