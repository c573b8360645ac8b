package diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.map.Vocab;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingesting in any order, or twice, gives the same quads; removing an article leaves nothing of it. */
class IdempotenceTest {

    @TempDir
    Path tmp;

    private Set<String> quads(TdbStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> all = new TreeSet<>();
            store.dataset().find().forEachRemaining(q -> all.add(NodeFmtLib.str(q)));
            return all;
        });
    }

    private Set<String> ingest(String name, List<List<Path>> runs) {
        try (TdbStore store = Fixtures.pipeline().openStore(tmp.resolve(name))) {
            runs.forEach(paths -> Fixtures.pipeline().ingest(store, paths, null, s -> { }));
            return quads(store);
        }
    }

    @Test
    void halvesInEitherOrderAndTwiceGiveIdenticalQuads() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/corpus"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Path> first = files.subList(0, files.size() / 2);
        List<Path> second = files.subList(files.size() / 2, files.size());
        Set<String> all = ingest("all", List.of(files));
        assertThat(ingest("ab", List.of(first, second))).isEqualTo(all);
        assertThat(ingest("ba", List.of(second, first))).isEqualTo(all);
        assertThat(ingest("twice", List.of(files, files))).isEqualTo(all);
    }

    @Test
    void removeLeavesNoQuadOfTheArticle() {
        try (TdbStore store = Fixtures.pipeline().openStore(tmp.resolve("db"))) {
            Set<String> before = quads(store);
            Fixtures.pipeline().ingest(store, List.of(Fixtures.seed()), null, s -> { });
            String article = Vocab.ID + "article/" + Fixtures.SEED_ID;
            assertThat(quads(store)).anyMatch(q -> q.contains(article));
            store.remove(org.apache.jena.graph.NodeFactory.createURI(article));
            assertThat(quads(store)).noneMatch(q -> q.contains(article)).isEqualTo(before);
        }
    }
}
