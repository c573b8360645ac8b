package diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.bench.CorpusBuilder;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk load killed with SIGKILL leaves no store where it was building one (nothing that looks
 * whole), and a bulk load run to the end stores exactly the quads of an incremental ingest.
 */
class BulkLoadIT {

    private static final int ARTICLES = 300;

    @TempDir
    Path tmp;

    @Test
    void aKilledBulkLoadLeavesNoStoreAndACompleteOneEqualsAnIngest() throws Exception {
        Path corpus = tmp.resolve("corpus.jsonl");
        CorpusBuilder.build(Path.of("src/test/resources/corpus"), ARTICLES, corpus);
        Path db = tmp.resolve("bulk");
        for (int wait : new int[] {2500, 5000}) {
            Process p = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"), "diplograph.cli.Main",
                    "ingest", "--bulk", "--db", db.toString(), corpus.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("bulk-" + wait + ".log").toFile()).start();
            boolean finished = p.waitFor(wait, TimeUnit.MILLISECONDS);
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            if (!finished) {
                assertThat(db).as("a killed bulk load leaves no store").doesNotExist();
            }
        }
        Path incremental = tmp.resolve("incremental");
        List<String> expected;
        try (TdbStore ref = Fixtures.pipeline().openStore(incremental)) {
            Fixtures.pipeline().ingest(ref, List.of(corpus), null, s -> { });
            expected = quads(ref);
        }
        Path complete = tmp.resolve("bulk-complete");
        var report = Fixtures.pipeline().bulkIngest(complete, List.of(corpus), null, 8 << 20, s -> { }, 2, n -> { });
        assertThat(report.failures()).isEmpty();
        try (TdbStore bulk = TdbStore.open(complete, Fixtures.pipeline().validator())) {
            assertThat(bulk.articleGraphs()).hasSize(ARTICLES);
            assertThat(quads(bulk)).isEqualTo(expected);
        }
    }

    static List<String> quads(TdbStore store) {
        return store.read(() -> {
            List<String> all = new java.util.ArrayList<>();
            store.dataset().find().forEachRemaining(q -> all.add(q.toString()));
            java.util.Collections.sort(all);
            return all;
        });
    }
}
