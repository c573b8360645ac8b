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
     * The names of all queries shipped in the jar (or on the classpath), sorted: the contract's and
     * the extra ones ({@code who-met-whom-summary}, {@code person-links}…).
     */
    public static List<String> all() {
        java.net.URL first = NamedQueries.class.getResource("/queries/" + CONTRACT.get(0) + ".rq");
        if (first == null) {
            return CONTRACT;
        }
        try {
            if (first.getProtocol().equals("jar")) {
                var connection = (java.net.JarURLConnection) first.openConnection();
                connection.setUseCaches(false); // our own JarFile, closed here
                try (java.util.jar.JarFile jar = connection.getJarFile()) {
                    return jar.stream().map(java.util.zip.ZipEntry::getName)
                            .filter(n -> n.startsWith("queries/") && n.endsWith(".rq") && n.indexOf('/', 8) < 0)
                            .map(n -> n.substring(8, n.length() - 3)).sorted().toList();
                }
            }
            try (java.util.stream.Stream<Path> files = Files.list(Path.of(first.toURI()).getParent())) {
                return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                        .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
            }
        } catch (java.net.URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the bundled queries: " + e.getMessage(), e);
        }
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
