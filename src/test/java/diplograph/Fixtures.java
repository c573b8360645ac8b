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
}
