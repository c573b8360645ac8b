package diplograph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.bench.CorpusBuilder;
import diplograph.store.TdbStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode ({@code local[2]}): its gzipped N-Quads, one file per partition, are
 * exactly the article quads of a single-machine ingest of the same articles, and a bad item is
 * rejected with its one line.
 */
class SparkJobIT {

    @TempDir
    static Path tmp;

    static JavaSparkContext sc;

    @BeforeAll
    static void startSpark() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("diplograph-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stopSpark() {
        sc.close();
    }

    @Test
    void jsonLinesGiveTheQuadsOfAnIngestAndRejectsWithTheirReasons() throws Exception {
        Path corpus = tmp.resolve("corpus.jsonl");
        CorpusBuilder.build(Path.of("src/test/resources/corpus"), 64, corpus);
        Path withBad = tmp.resolve("with-bad.jsonl");
        Files.writeString(withBad, Files.readString(corpus) + "{\"id\": \"broken\", \"text\": \n");

        Path out = tmp.resolve("out");
        ExtractJob.Summary s = ExtractJob.run(sc, withBad.toString(), out.toString(), false, 3);
        assertThat(s.articles()).isEqualTo(64);
        assertThat(s.rejected()).isEqualTo(1);

        List<Path> parts = parts(out.resolve("quads"));
        assertThat(parts).hasSize(3).allMatch(p -> p.toString().endsWith(".gz"));
        assertThat(gzippedLines(parts)).isEqualTo(articleQuadsOfAnIngest(corpus));

        List<String> rejected = new ArrayList<>();
        for (Path p : parts(out.resolve("rejected"))) {
            rejected.addAll(Files.readAllLines(p));
        }
        assertThat(rejected).singleElement().asString().startsWith(withBad + ":65: ").contains("not JSON");
    }

    @Test
    void aDirectoryOfTextsIsReadWithTheFileNamesAsIds() throws Exception {
        Path out = tmp.resolve("texts-out");
        ExtractJob.Summary s = ExtractJob.run(sc, Fixtures.seed().toAbsolutePath().getParent().toString(),
                out.toString(), true, 0);
        assertThat(s.articles()).isEqualTo(1);
        assertThat(s.rejected()).isEqualTo(1); // the gold file beside it: not a .txt
        assertThat(gzippedLines(parts(out.resolve("quads"))))
                .allMatch(q -> q.endsWith("<https://w3id.org/diplograph/id/article/" + Fixtures.SEED_ID + "> ."))
                .hasSizeGreaterThan(500);
    }

    private static List<Path> parts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    private static List<String> gzippedLines(List<Path> parts) {
        List<String> lines = new ArrayList<>();
        for (Path p : parts) {
            try (var r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)),
                    StandardCharsets.UTF_8))) {
                r.lines().filter(l -> !l.isBlank()).forEach(lines::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Collections.sort(lines);
        return lines;
    }

    /** The quads of the article graphs (not the ontology and reference graphs) a single-machine ingest stores. */
    private static List<String> articleQuadsOfAnIngest(Path corpus) {
        try (TdbStore store = Fixtures.pipeline().openStore(tmp.resolve("ingest"))) {
            Fixtures.pipeline().ingest(store, List.of(corpus), null, x -> { });
            return store.read(() -> {
                List<String> all = new ArrayList<>();
                store.dataset().find().forEachRemaining(q -> {
                    if (q.getGraph().getURI().startsWith("https://w3id.org/diplograph/id/article/")) {
                        all.add(NodeFmtLib.strNQ(q));
                    }
                });
                Collections.sort(all);
                return all;
            });
        }
    }
}
