package diplograph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import diplograph.Diplograph;
import diplograph.lexicon.Keys;
import diplograph.lexicon.Lexicon;
import diplograph.lexicon.Officials;
import diplograph.query.NamedQueries;
import diplograph.query.QueryRunner;
import diplograph.store.TdbStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The silver measure of real readouts: for a folder of {@code NAME.txt} + {@code NAME.json} items
 * whose JSON names the contact its title reports ({@code title_meeting}: who, kind, with), the
 * share of items whose pair comes out of {@code who-met-whom} for that article with the right kind.
 *
 * <p>A person matches a side of the title when one of the words of their name (three letters or
 * more) is a word of that side ("Secretary Blinken" ↔ "Antony Blinken"). A side that names only an
 * office ("Prime Minister of Luxembourg") matches a person the article gives that office. Meeting,
 * talks and visit are one contact class (the title says "Meeting with", the body "held talks");
 * phone calls and videoconferences must match exactly.
 */
public final class TitleEvaluator {

    /** One item: its id, whether the title's pair was found, and what was found instead. */
    public record Item(String id, String title, boolean found, String expected, List<String> contacts) {
    }

    private static final Set<String> CONTACT_CLASS = Set.of("meeting", "talks", "visit");

    private final Diplograph diplograph;
    private final Lexicon lexicon;
    private final ObjectMapper json = new ObjectMapper();

    public TitleEvaluator(Diplograph diplograph, Lexicon lexicon) {
        this.diplograph = diplograph;
        this.lexicon = lexicon;
    }

    /** Ingests every titled item of {@code dir} into {@code scratch} and checks each title's pair. */
    public List<Item> evaluate(Path dir, Path scratch) {
        Map<String, JsonNode> titled = readTitled(dir);
        List<Path> texts = titled.keySet().stream().map(id -> dir.resolve(id + ".txt")).toList();
        Map<String, List<Map<String, String>>> contacts = new HashMap<>();
        Map<String, Map<String, List<String>>> offices = new HashMap<>();
        try (TdbStore store = diplograph.openStore(scratch)) {
            diplograph.ingest(store, texts, null, problem -> { });
            QueryRunner q = new QueryRunner(store.dataset());
            for (var row : q.rows(NamedQueries.load("who-met-whom"), Map.of())) {
                contacts.computeIfAbsent(Evaluator.articleId(row.get("article")), k -> new ArrayList<>()).add(row);
            }
            for (var row : q.rows(NamedQueries.load("officials"), Map.of())) {
                offices.computeIfAbsent(Evaluator.articleId(row.get("article")), k -> new HashMap<>())
                        .computeIfAbsent(row.get("name"), k -> new ArrayList<>())
                        .add(row.get("role") + " " + row.get("of"));
            }
        }
        List<Item> items = new ArrayList<>();
        titled.forEach((id, meta) -> {
            JsonNode tm = meta.path("title_meeting");
            String who = tm.path("who").asText();
            String with = tm.path("with").asText();
            String kind = tm.path("kind").asText();
            List<Map<String, String>> rows = contacts.getOrDefault(id, List.of());
            Map<String, List<String>> held = offices.getOrDefault(id, Map.of());
            boolean group = group(with);
            boolean found = rows.stream().anyMatch(r -> kindMatches(kind, r.get("kind"))
                    && (matches(who, r.get("aName"), held) && (group || matches(with, r.get("bName"), held))
                    || matches(who, r.get("bName"), held) && (group || matches(with, r.get("aName"), held))));
            List<String> seen = rows.stream()
                    .map(r -> r.get("aName") + " + " + r.get("bName") + " (" + r.get("kind") + ")").distinct().toList();
            items.add(new Item(id, meta.path("title").asText(), found, who + " + " + with + " (" + kind + ")", seen));
        });
        return items;
    }

    static boolean kindMatches(String expected, String found) {
        return expected.equals(found) || CONTACT_CLASS.contains(expected) && CONTACT_CLASS.contains(found);
    }

    /** Whether the person {@code name} is the one the title side {@code side} names. */
    boolean matches(String side, String name, Map<String, List<String>> offices) {
        Set<String> sideWords = words(side);
        // A word of three letters or more, or the whole side when it is one word ("Hu", "Xi").
        boolean named = words(name).stream().anyMatch(w -> (w.length() >= 3 || sideWords.size() == 1) && sideWords.contains(w)
                // A word a letter off, as the linker reads one ("Kamilov" is the reference's Komilov).
                || w.length() >= 5 && sideWords.stream().anyMatch(sw -> Officials.letterOff(sw, w)));
        if (named) {
            return true;
        }
        if (!onlyOffice(side)) {
            return false;
        }
        // "Prime Minister of Luxembourg", "The Secretary": the side's title words are words of an
        // office the person holds, and the side's state (if it names one) is that office's. A side
        // that names only a state ("Bush visits Canada") is any person holding an office of it.
        // A title word stands for the office it names when the lexicon has it alone ("PM": Prime Minister).
        Set<String> titleWords = Arrays.stream(withoutStates(side).split("[\\s,]+"))
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && lexicon.isTitleWord(w))
                .flatMap(w -> {
                    var title = lexicon.title(w);
                    return title != null && title.office() != null ? words(title.office().label()).stream()
                            : java.util.stream.Stream.of(Keys.slug(w));
                }).collect(Collectors.toSet());
        List<String> states = states(side);
        for (String office : offices.getOrDefault(name, List.of())) {
            Set<String> officeWords = words(office);
            boolean stateFits = states.stream().allMatch(st -> officeWords.containsAll(words(st)));
            if ((!titleWords.isEmpty() || !states.isEmpty()) && officeWords.containsAll(titleWords) && stateFits) {
                return true;
            }
        }
        return false;
    }

    /**
     * A side that names a group ("Central Asian Foreign Ministers", "French, German, Italian and UK
     * Counterparts", "Israeli and Palestinian leaders"): a plural word whose singular is a title or a word for people. Any counterpart
     * of the right kind then counts, since the title names no one.
     */
    private boolean group(String side) {
        for (String w : side.split("[\\s,]+")) {
            String singular = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
                    : w.endsWith("s") ? w.substring(0, w.length() - 1) : null;
            if (singular != null && (lexicon.isTitleWord(singular) || PEOPLE.contains(singular.toLowerCase(java.util.Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PEOPLE = Set.of("counterpart", "leader", "head", "activist", "worker",
            "member", "representative", "official", "agency", "participant");

    /** The label of the state this word names ("Luxembourg's", "Luxembourgish"), or null. */
    private String state(String word) {
        var s = lexicon.state(word);
        if (s == null) {
            s = lexicon.state(word.replaceAll("['’]s$", ""));
        }
        if (s == null) {
            s = lexicon.stateOfNameOrAdjective(word); // "Brazilian"
        }
        return s == null ? null : s.label();
    }

    /** A side made only of title words, state names and small words: no personal name. */
    private boolean onlyOffice(String side) {
        return Arrays.stream(withoutStates(side).split("[\\s,]+")).filter(w -> !w.isEmpty())
                .allMatch(w -> Character.isLowerCase(w.charAt(0)) || SMALL.contains(w) || lexicon.isTitleWord(w)
                        || state(w) != null);
    }

    /** The states a side names, as phrases of up to four words ("South Korea", "Luxembourg's"). */
    private List<String> states(String side) {
        List<String> found = new ArrayList<>();
        String[] w = side.split("[\\s,]+");
        for (int i = 0; i < w.length; i++) {
            for (int n = Math.min(4, w.length - i); n >= 1; n--) {
                String st = state(String.join(" ", Arrays.copyOfRange(w, i, i + n)));
                if (st != null) {
                    found.add(st);
                    i += n - 1;
                    break;
                }
            }
        }
        return found;
    }

    /** The side with its multi-word state names taken out ("President of South Korea" → "President of"). */
    private String withoutStates(String side) {
        String rest = side;
        for (String st : states(side)) {
            for (String w : st.split("\\s+")) {
                rest = rest.replace(w, "");
            }
        }
        return rest;
    }

    private static final Set<String> SMALL = Set.of("The", "A", "An");

    private static Set<String> words(String s) {
        return Arrays.stream(Keys.slug(s).split("-")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    private Map<String, JsonNode> readTitled(Path dir) {
        Map<String, JsonNode> titled = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".gold.json"))
                    .sorted().toList()) {
                String id = f.getFileName().toString().replaceFirst("\\.json$", "");
                JsonNode meta = json.readTree(f.toFile());
                if (meta.hasNonNull("title_meeting") && Files.exists(dir.resolve(id + ".txt"))) {
                    titled.put(id, meta);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot read the items", e);
        }
        if (titled.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no NAME.json with a title_meeting beside its NAME.txt");
        }
        return titled;
    }
}
