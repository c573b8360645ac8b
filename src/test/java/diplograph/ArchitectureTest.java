package diplograph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data flows one way: read → analyse → extract → map → store → query/serve. Each stage package
 * may use only the packages listed here (plus Jena and the JDK); the facade in the root package
 * wires them. A new dependency between stages has to be added here on purpose.
 */
class ArchitectureTest {

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("lexicon", Set.of("model")),
            Map.entry("read", Set.of("model")),
            Map.entry("analyse", Set.of("model")),
            Map.entry("extract", Set.of("model", "lexicon")),
            Map.entry("map", Set.of("model", "lexicon")),
            // The store names articles and their hashes with the vocabulary's constants.
            Map.entry("store", Set.of("model", "lexicon", "map")),
            // Reconciling the store with an external dataset uses the reference's matching rules, and
            // writes its links as the mapper writes an article's.
            Map.entry("link", Set.of("model", "lexicon", "map")),
            // The Spark job adapts the facade: it reads with the readers and writes the facade's quads.
            Map.entry("spark", Set.of("root", "read")),
            Map.entry("query", Set.of()),
            // The pages link minted IRIs with the vocabulary's namespaces and offer the named queries.
            Map.entry("serve", Set.of("map", "query")),
            Map.entry("bench", Set.of()),
            // Fetching feeds and pages over HTTP: the facade turns what it fetches into articles.
            Map.entry("fetch", Set.of()),
            Map.entry("eval", Set.of("root", "lexicon", "query", "store")),
            // Training and measuring the parser are tools of the analyse stage, not of the pipeline.
            Map.entry("cli", Set.of("root", "read", "query", "serve", "store", "eval", "bench", "link", "analyse", "fetch")));

    private static final Pattern USE = Pattern.compile("\\bdiplograph\\.([a-z]+)\\.|\\bimport diplograph\\.([A-Z]\\w*);");

    @Test
    void stagesDependOnlyOnWhatComesBeforeThem() throws IOException {
        Path root = Path.of("src/main/java/diplograph");
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String pkg = dir.getFileName().toString();
                assertThat(ALLOWED).as("package %s is not in the architecture", pkg).containsKey(pkg);
                Set<String> used = new TreeSet<>();
                // A stage's subpackages (extract/mention, extract/fact, ...) are the same stage.
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        Matcher m = USE.matcher(Files.readString(f));
                        while (m.find()) {
                            used.add(m.group(1) != null ? m.group(1) : "root");
                        }
                    }
                }
                used.remove(pkg);
                assertThat(used).as("packages used by %s", pkg).isSubsetOf(ALLOWED.get(pkg));
            }
        }
    }

    @Test
    void noPrintingOutsideTheCommandLine() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/diplograph"))) {
            files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/cli/")).forEach(f -> {
                try {
                    assertThat(Files.readString(f)).as(f.toString()).doesNotContain("System.out", "printStackTrace");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
