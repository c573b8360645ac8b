package diplograph;

import java.nio.file.Path;

/** Paths of the test articles and a shared pipeline (models and lexicons load once per JVM). */
public final class Fixtures {

    private static Diplograph pipeline;

    private Fixtures() {
    }

    public static final String SEED_ID = "2025-06-07-tehran-iran-kazakhstan";

    public static Path seed() {
        return Path.of("src/test/resources/seed/" + SEED_ID + ".txt");
    }

    public static Path seedGold() {
        return Path.of("src/test/resources/seed/" + SEED_ID + ".gold.json");
    }

    public static Path articles() {
        return Path.of("src/test/resources/articles");
    }

    public static synchronized Diplograph pipeline() {
        if (pipeline == null) {
            pipeline = Diplograph.standard();
        }
        return pipeline;
    }

    /**
     * The quads of a store holding the evaluation corpus and the seed, ingested into a new store
     * under {@code dir}: what the query-answer tests load, in their own orders, into stores of their own.
     */
    public static java.util.List<org.apache.jena.sparql.core.Quad> corpusQuads(Path dir) throws java.io.IOException {
        java.util.List<org.apache.jena.sparql.core.Quad> quads = new java.util.ArrayList<>();
        try (diplograph.store.TdbStore store = pipeline().openStore(dir.resolve("source"));
             java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("src/test/resources/corpus"))) {
            java.util.List<Path> articles = new java.util.ArrayList<>(files.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
            articles.add(seed());
            pipeline().ingest(store, articles, null, s -> { });
            org.apache.jena.system.Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(quads::add));
        }
        return quads;
    }
}
