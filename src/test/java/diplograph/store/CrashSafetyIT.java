package diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.bench.CorpusBuilder;
import diplograph.map.Vocab;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest process killed with SIGKILL at random points: the store opens, holds only whole and
 * valid article graphs, and re-running the ingest ends with the quads of an uninterrupted run.
 */
class CrashSafetyIT {

    private static final int ARTICLES = 300;
    private static final int KILLS = 3;

    @TempDir
    Path tmp;

    @Test
    void killedIngestsLeaveOnlyWholeArticlesAndARerunCompletesThem() throws Exception {
        Path corpus = tmp.resolve("corpus.jsonl");
        CorpusBuilder.build(Path.of("src/test/resources/corpus"), ARTICLES, corpus);
        long expected;
        try (TdbStore ref = Fixtures.pipeline().openStore(tmp.resolve("reference"))) {
            Fixtures.pipeline().ingest(ref, List.of(corpus), null, s -> { });
            expected = ref.quadCount();
        }
        Path db = tmp.resolve("crashed");
        Random random = new Random(42);
        int[] seen = new int[KILLS];
        for (int k = 0; k < KILLS; k++) {
            Process p = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"), "diplograph.cli.Main",
                    "ingest", "--db", db.toString(), corpus.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("ingest-" + k + ".log").toFile()).start();
            p.waitFor(3000 + random.nextInt(6000), TimeUnit.MILLISECONDS);
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            seen[k] = checkWholeArticles(db);
        }
        try (TdbStore store = Fixtures.pipeline().openStore(db)) {
            Fixtures.pipeline().ingest(store, List.of(corpus), null, s -> { });
            assertThat(store.articleGraphs()).hasSize(ARTICLES);
            assertThat(store.quadCount()).isEqualTo(expected);
        }
        assertThat(seen).as("articles found after each kill").isSortedAccordingTo(Integer::compare);
    }

    /** Opens the store after a kill and checks every article graph in it; returns how many there are. */
    private static int checkWholeArticles(Path db) {
        Validator validator = Fixtures.pipeline().validator();
        try (TdbStore store = Fixtures.pipeline().openStore(db)) {
            List<Node> graphs = store.articleGraphs();
            for (Node g : graphs) {
                Txn.executeRead(store.dataset(), () -> {
                    var graph = store.dataset().getGraph(g);
                    assertThat(graph.contains(g, Vocab.SHA256, Node.ANY)).as(g.getURI()).isTrue();
                    assertThat(validator.validate(graph).conforms()).as(g.getURI()).isTrue();
                });
            }
            return graphs.size();
        }
    }
}
