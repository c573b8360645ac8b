package diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.IngestReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corpus ingest: parallel extraction, one writer, bad items isolated, unchanged texts skipped. */
class IngestionTest {

    @TempDir
    Path dir;

    @Test
    void aJsonLinesCorpusLandsWholeWithItsBadLinesReportedAndIsSkippedWhenUnchanged() throws IOException {
        String seed = Files.readString(Fixtures.seed());
        String good = IntStream.range(0, 40).mapToObj(i -> "{\"id\": \"seed-" + i + "\", \"text\": "
                + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(seed) + "}").collect(Collectors.joining("\n"));
        Path corpus = Files.writeString(dir.resolve("corpus.jsonl"), good + "\n{broken\n");
        List<String> problems = new ArrayList<>();
        try (TdbStore store = Fixtures.pipeline().openStore(dir.resolve("db"))) {
            IngestReport first = Fixtures.pipeline().ingest(store, List.of(corpus), null, diplograph.read.Readers.DEFAULT_MAX_BYTES, problems::add, 2, n -> { });
            assertThat(first.stored()).isEqualTo(40);
            assertThat(first.failures()).hasSize(1).allMatch(f -> f.startsWith(corpus + ":41: malformed JSON line"));
            assertThat(store.articleGraphs()).hasSize(40);
            long quads = store.quadCount();

            IngestReport again = Fixtures.pipeline().ingest(store, List.of(corpus), null, diplograph.read.Readers.DEFAULT_MAX_BYTES, problems::add, 2, n -> { });
            assertThat(again.stored()).isZero();
            assertThat(again.unchanged()).isEqualTo(40);
            assertThat(store.quadCount()).isEqualTo(quads);
        }
    }

    @Test
    void theSameCorpusIngestedWithOneOrTwoThreadsGivesTheSameQuads() throws IOException {
        long[] counts = new long[2];
        for (int threads = 1; threads <= 2; threads++) {
            try (TdbStore store = Fixtures.pipeline().openStore(dir.resolve("db" + threads))) {
                Fixtures.pipeline().ingest(store, List.of(Path.of("src/test/resources/corpus")), null,
                        diplograph.read.Readers.DEFAULT_MAX_BYTES, s -> { }, threads,
                        n -> { });
                counts[threads - 1] = store.quadCount();
            }
        }
        assertThat(counts[0]).isEqualTo(counts[1]).isGreaterThan(5000);
    }
}
