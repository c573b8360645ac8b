package diplograph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The queries shipped in {@code queries/}, found by name ("who-met-whom") or read from a file. */
public final class NamedQueries {

    /** The contract queries, in the order the product spec lists them. */
    public static final List<String> CONTRACT = List.of("articles", "who-met-whom", "officials",
            "agreements", "positions", "quotes", "events", "provenance");

    private NamedQueries() {
    }

    /**
     * The SPARQL text for {@code nameOrFile}: a file path when it ends in {@code .rq} or exists,
     * else {@code queries/NAME.rq} from the classpath.
     *
     * @throws IllegalArgumentException when neither exists
     */
    public static String load(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") || Files.isRegularFile(file)) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException(nameOrFile + ": cannot read query file (" + e.getMessage() + ")");
            }
        }
        try (InputStream in = NamedQueries.class.getResourceAsStream("/queries/" + nameOrFile + ".rq")) {
            if (in == null) {
                throw new IllegalArgumentException("no query named '" + nameOrFile + "' (known: "
                        + String.join(", ", CONTRACT) + ", or give a .rq file)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
