package diplograph;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.lexicon.NameKey;
import diplograph.model.Entity;
import diplograph.model.EntityKind;
import diplograph.model.Extraction;
import diplograph.read.ReadOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Persons of real readouts linked to Wikidata: hand-checked mentions of both folders of the real
 * set ({@code real/person-links.tsv}) must be linked with precision 1.0 and recall at least 0.9;
 * across the set, no two person nodes share an item, and no node is a given name alone or a
 * run-on of transcript labels.
 */
class PersonLinkingRealTest {

    private static final Path REAL = Path.of("src/test/resources/real");
    private static final Map<String, Extraction> extractions = new HashMap<>();

    @BeforeAll
    static void extractTheRealSet() throws IOException {
        Diplograph dg = Fixtures.pipeline();
        for (String folder : List.of("statedept", "kremlin")) {
            List<Path> texts;
            try (Stream<Path> files = Files.list(REAL.resolve(folder))) {
                texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            dg.read(texts, null, o -> {
                if (o instanceof ReadOutcome.Read r) {
                    extractions.put(folder + "/" + r.article().id(), dg.extract(r.article()));
                }
            });
        }
    }

    private record Checked(String article, String mention, String item) {
    }

    @Test
    void handCheckedMentionsAreLinkedWithPrecisionOneAndRecallAtLeastNinetyPercent() throws IOException {
        List<Checked> checked = Files.readAllLines(REAL.resolve("person-links.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.startsWith("article\t") && !l.isBlank())
                .map(l -> l.split("\t")).map(f -> new Checked(f[0], f[1], f[2].equals("-") ? null : f[2]))
                .toList();
        assertThat(checked).hasSizeGreaterThanOrEqualTo(40);
        assertThat(checked.stream().map(c -> c.article().substring(0, c.article().indexOf('/'))).distinct())
                .containsExactlyInAnyOrder("statedept", "kremlin");
        int linked = 0;
        int right = 0;
        int expected = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Checked c : checked) {
            Extraction x = extractions.get(c.article());
            assertThat(x).as("article %s", c.article()).isNotNull();
            assertThat(x.article().text()).as("%s is in %s", c.mention(), c.article()).contains(c.mention());
            Entity person = personCalled(x, c.mention());
            String item = person == null ? null : person.wikidata();
            if (c.item() != null) {
                expected++;
            }
            if (item != null) {
                linked++;
                if (item.equals(c.item())) {
                    right++;
                } else {
                    wrong.add(c + " got " + item);
                }
            } else if (c.item() != null) {
                missed.add(c.toString());
            }
        }
        assertThat(wrong).as("wrong links (precision must be 1.0)").isEmpty();
        double recall = (double) right / expected;
        assertThat(recall).as("recall %d of %d; missed %s", right, expected, missed).isGreaterThanOrEqualTo(0.9);
        assertThat(linked).isEqualTo(right);
    }

    @Test
    void noTwoPersonNodesShareAnItemAndNoneIsAGivenNameOrARunOn() {
        Map<String, String> nodeOfItem = new HashMap<>();
        for (Extraction x : extractions.values()) {
            List<Entity> persons = x.entities().stream().filter(e -> e.kind() == EntityKind.PERSON).toList();
            for (Entity p : persons) {
                if (p.wikidata() != null) {
                    String before = nodeOfItem.putIfAbsent(p.wikidata(), p.key());
                    assertThat(Objects.requireNonNullElse(before, p.key()))
                            .as("one node for %s (%s)", p.wikidata(), x.article().id()).isEqualTo(p.key());
                }
                assertThat(p.label()).as("run-on label in %s", x.article().id()).doesNotContainPattern("\\p{Ll}\\p{Lu}");
                if (!p.label().contains(" ")) {
                    assertThat(persons).as("'%s' in %s is the given name of another person", p.label(), x.article().id())
                            .noneMatch(o -> o != p && o.label().startsWith(p.label() + " ")
                                    && !o.label().endsWith(" " + p.label()));
                }
            }
        }
        assertThat(nodeOfItem).hasSizeGreaterThan(50);
    }

    /** A name's key words in any order: "Motegi Toshimitsu" (family name first) is "Toshimitsu Motegi". */
    private static List<String> words(String name) {
        return NameKey.words(name).stream().sorted().toList();
    }

    /** The one person of the article whose name or a form of it is the mention (spelling variants aside). */
    private static Entity personCalled(Extraction x, String mention) {
        List<String> key = words(mention);
        List<Entity> found = x.entities().stream().filter(e -> e.kind() == EntityKind.PERSON)
                .filter(e -> words(e.label()).equals(key) || e.aliases().stream().anyMatch(a -> words(a).equals(key)))
                .toList();
        assertThat(found).as("persons called %s in %s", mention, x.article().id()).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0);
    }
}
