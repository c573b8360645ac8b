package diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Diplograph;
import diplograph.Fixtures;
import diplograph.IngestReport;
import diplograph.map.Vocab;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {

    @TempDir
    Path dir;

    @Test
    void ingestingTheSameArticleTwiceLeavesTheQuadCountUnchanged() {
        Diplograph dg = Fixtures.pipeline();
        try (TdbStore store = dg.openStore(dir)) {
            IngestReport first = dg.ingest(store, List.of(Fixtures.seed()), null, s -> { });
            long quads = store.quadCount();
            IngestReport second = dg.ingest(store, List.of(Fixtures.seed()), null, s -> { });
            assertThat(first.stored()).isEqualTo(1);
            assertThat(second.unchanged()).isEqualTo(1);
            assertThat(store.quadCount()).isEqualTo(quads);
            assertThat(store.articleGraphs()).hasSize(1);
        }
    }

    @Test
    void changedTextReplacesTheGraphInsteadOfAddingToIt() {
        Diplograph dg = Fixtures.pipeline();
        try (TdbStore store = dg.openStore(dir)) {
            var name = NodeFactory.createURI(Vocab.ID + "article/x");
            store.write(List.of(new ArticleGraph("x", name, graph(5))));
            store.write(List.of(new ArticleGraph("x", name, graph(3))));
            assertThat(store.read(() -> store.dataset().getGraph(name).size())).isEqualTo(3);
        }
    }

    @Test
    void removeDropsTheArticleAndOnlyIt() {
        Diplograph dg = Fixtures.pipeline();
        try (TdbStore store = dg.openStore(dir)) {
            long empty = store.quadCount();
            dg.ingest(store, List.of(Fixtures.seed()), null, s -> { });
            assertThat(store.remove(Diplograph.articleGraph(Fixtures.SEED_ID))).isTrue();
            assertThat(store.quadCount()).isEqualTo(empty);
            assertThat(store.remove(Diplograph.articleGraph(Fixtures.SEED_ID))).isFalse();
        }
    }

    @Test
    void anInvalidGraphIsReportedAndLeftOutWhileTheRestOfTheBatchLands() {
        Diplograph dg = Fixtures.pipeline();
        try (TdbStore store = dg.openStore(dir)) {
            Graph bad = GraphFactory.createDefaultGraph();
            var article = NodeFactory.createURI(Vocab.ID + "article/bad");
            bad.add(Triple.create(article, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                    Vocab.ARTICLE));
            var good = NodeFactory.createURI(Vocab.ID + "article/good");
            List<TdbStore.WriteResult> results = store.write(List.of(
                    new ArticleGraph("bad", article, bad), new ArticleGraph("good", good, graph(2))));
            assertThat(results).extracting(TdbStore.WriteResult::stored).containsExactly(false, true);
            assertThat(results.get(0).problem()).contains("SHACL");
            assertThat(store.read(() -> store.dataset().containsGraph(article))).isFalse();
            assertThat(store.read(() -> store.dataset().getGraph(good).size())).isEqualTo(2);
        }
    }

    @Test
    void aWritersOpenTransactionIsInvisibleUntilCommittedAndGoneWhenAborted() throws Exception {
        Diplograph dg = Fixtures.pipeline();
        try (TdbStore store = dg.openStore(dir)) {
            var first = NodeFactory.createURI(Vocab.ID + "article/first");
            var second = NodeFactory.createURI(Vocab.ID + "article/second");
            try (TdbStore.Writer w = store.writer()) {
                w.add(store.check(new ArticleGraph("first", first, graph(4))));
                assertThat(w.pendingQuads()).isEqualTo(4);
                // Another thread reads the committed state only.
                var seen = java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> store.read(() -> store.dataset().containsGraph(first))).get();
                assertThat(seen).isFalse();
                assertThat(w.commit()).containsExactly("first");
                w.add(store.check(new ArticleGraph("second", second, graph(2))));
                assertThat(w.abort()).containsExactly("second");
                w.add(store.check(new ArticleGraph("second", second, graph(3))));
            } // closing aborts the uncommitted "second" again
            assertThat(store.read(() -> store.dataset().getGraph(first).size())).isEqualTo(4);
            assertThat(store.read(() -> store.dataset().containsGraph(second))).isFalse();
        }
    }

    @Test
    void whenAWriteFailsAbortNamesEveryArticleOfTheOpenTransaction() {
        Diplograph dg = Fixtures.pipeline();
        try (TdbStore store = dg.openStore(dir); TdbStore.Writer w = store.writer()) {
            var good = NodeFactory.createURI(Vocab.ID + "article/good");
            var broken = NodeFactory.createURI(Vocab.ID + "article/broken");
            Graph unstorable = graph(2);
            // A variable is not an RDF term: TDB2 refuses to store it, halfway through the graph.
            unstorable.add(Triple.create(NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"),
                    NodeFactory.createVariable("x")));
            w.add(store.check(new ArticleGraph("good", good, graph(3))));
            TdbStore.Checked checked = store.check(new ArticleGraph("broken", broken, unstorable));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.add(checked))
                    .isInstanceOf(RuntimeException.class);
            assertThat(w.abort()).containsExactly("good");
            assertThat(store.read(() -> store.dataset().containsGraph(good))).isFalse();
            assertThat(store.read(() -> store.dataset().containsGraph(broken))).isFalse();
        }
    }

    @Test
    void aWriterRefusesAGraphThatFailedValidation() {
        Diplograph dg = Fixtures.pipeline();
        try (TdbStore store = dg.openStore(dir); TdbStore.Writer w = store.writer()) {
            Graph bad = GraphFactory.createDefaultGraph();
            var article = NodeFactory.createURI(Vocab.ID + "article/bad");
            bad.add(Triple.create(article, NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                    Vocab.ARTICLE));
            TdbStore.Checked checked = store.check(new ArticleGraph("bad", article, bad));
            assertThat(checked.conforms()).isFalse();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> w.add(checked))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bad: does not conform");
            assertThat(w.pendingQuads()).isZero();
        }
    }

    @Test
    void theStoreHoldsTheOntologyAndReferenceGraphsOnce() {
        Diplograph dg = Fixtures.pipeline();
        long quads;
        try (TdbStore store = dg.openStore(dir)) {
            quads = store.quadCount();
            assertThat(store.read(() -> store.dataset().getGraph(Vocab.REFERENCE_GRAPH).size())).isGreaterThan(1000);
        }
        try (TdbStore store = dg.openStore(dir)) {
            assertThat(store.quadCount()).isEqualTo(quads);
        }
    }

    private static Graph graph(int triples) {
        Graph g = GraphFactory.createDefaultGraph();
        List<Triple> ts = new ArrayList<>();
        for (int i = 0; i < triples; i++) {
            ts.add(Triple.create(NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"),
                    NodeFactory.createLiteralString("o" + i)));
        }
        ts.forEach(g::add);
        return g;
    }
}
