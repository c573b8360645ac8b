package diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.read.ReadOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and mutated articles through the reader and the whole extraction: no exception escapes,
 * and every graph that comes out conforms to the shapes. Seeded, so a failure can be replayed.
 */
class FuzzTest {

    private static final int CASES = 1500;
    private static final String[] PIECES = {"“", "”", "\"", "’s", ",", ".", " said", " met with ", "President ",
            "Foreign Minister ", "the two ministers ", " on Thursday", " yesterday", " signed a memorandum of understanding ",
            " supports ", " condemned ", "\n\n", "Iranian ", "Kazakhstan’s ", " he added.", " — ", "bin ", "al-", "HAYASHI ",
            "Dr. ", "S. ", "Ü", "ğ", "😀", "\u0000", "\uFFFD", "date 2025-06-07 ", "TEHRAN – ", " 31 February", "((", "]]"};

    @TempDir
    Path tmp;

    @Test
    void mutatedArticlesNeverThrowAndAlwaysGiveValidGraphs() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/corpus"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                sources.add(Files.readString(p));
            }
        }
        Random random = new Random(20261127L);
        int extracted = 0;
        for (int i = 0; i < CASES; i++) {
            String text = mutate(sources.get(random.nextInt(sources.size())), random);
            Path f = tmp.resolve("case-" + i + ".txt");
            Files.write(f, text.getBytes(StandardCharsets.UTF_8));
            List<ReadOutcome> out = new ArrayList<>();
            Fixtures.pipeline().read(List.of(f), null, out::add);
            for (ReadOutcome o : out) {
                if (o instanceof ReadOutcome.Read r) {
                    var graph = Fixtures.pipeline().graph(Fixtures.pipeline().extract(r.article()));
                    var report = Fixtures.pipeline().validator().validate(graph);
                    assertThat(report.conforms()).as("case %d: %s", i, diplograph.store.Validator.summary(report)).isTrue();
                    extracted++;
                }
            }
            Files.delete(f);
        }
        assertThat(extracted).isGreaterThan(CASES / 2);
    }

    /** A random window of a real article, with random cuts, insertions and swaps. */
    private static String mutate(String source, Random random) {
        int from = random.nextInt(Math.max(1, source.length() - 200));
        int to = Math.min(source.length(), from + 100 + random.nextInt(700));
        StringBuilder b = new StringBuilder(source.substring(random.nextBoolean() ? 0 : from, to));
        int edits = random.nextInt(12);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.insert(at, PIECES[random.nextInt(PIECES.length)]);
                case 1 -> b.delete(at, Math.min(b.length(), at + random.nextInt(20)));
                case 2 -> b.setCharAt(at, (char) (32 + random.nextInt(0x2100)));
                default -> {
                    int copy = random.nextInt(b.length());
                    b.insert(at, b.substring(copy, Math.min(b.length(), copy + random.nextInt(40))));
                }
            }
        }
        return b.toString();
    }
}
