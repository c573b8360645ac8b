package diplograph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import diplograph.Diplograph;
import diplograph.lexicon.Keys;
import diplograph.lexicon.Lexicon;
import diplograph.query.NamedQueries;
import diplograph.query.QueryRunner;
import diplograph.store.TdbStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Scores the graph against gold files: ingests the articles of a gold folder into a scratch
 * store, runs the contract queries, and compares what they return with each {@code *.gold.json},
 * per kind (meetings, roles, agreements, positions, quotes). Names are compared case- and
 * accent-insensitively, and state names through the reference table ("Türkiye" is Turkey).
 */
public final class Evaluator {

    /** The kinds scored, in report order. */
    public static final List<String> KINDS = List.of("meetings", "roles", "agreements", "positions", "quotes");

    private final Diplograph diplograph;
    private final Lexicon lexicon;
    private final ObjectMapper json = new ObjectMapper();

    public Evaluator(Diplograph diplograph, Lexicon lexicon) {
        this.diplograph = diplograph;
        this.lexicon = lexicon;
    }

    /** Scores every article of {@code goldDir} that has a gold file, using {@code scratch} as store. */
    public List<KindScore> evaluate(Path goldDir, Path scratch) {
        return evaluate(List.of(goldDir), scratch);
    }

    /**
     * Scores the articles of several gold folders as one set ("the real gold set": State
     * Department and kremlin.ru readouts). Article ids must differ across the folders.
     */
    public List<KindScore> evaluate(List<Path> goldDirs, Path scratch) {
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        List<Path> articles = new ArrayList<>();
        for (Path dir : goldDirs) {
            for (var e : readGold(dir).entrySet()) {
                if (gold.put(e.getKey(), e.getValue()) != null) {
                    throw new IllegalArgumentException(dir + ": article id " + e.getKey() + " is in another gold folder too");
                }
                articles.add(dir.resolve(e.getKey() + ".txt"));
            }
        }
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        Map<String, Set<String>> found = new LinkedHashMap<>();
        KINDS.forEach(k -> {
            expected.put(k, new TreeSet<>());
            found.put(k, new TreeSet<>());
        });
        gold.forEach((id, g) -> goldKeys(id, g, expected));
        try (TdbStore store = diplograph.openStore(scratch)) {
            diplograph.ingest(store, articles, null, problem -> { });
            foundKeys(new QueryRunner(store.dataset()), gold, found);
        }
        List<KindScore> scores = new ArrayList<>();
        for (String kind : KINDS) {
            Set<String> e = expected.get(kind);
            Set<String> f = found.get(kind);
            List<String> misses = e.stream().filter(k -> !f.contains(k)).toList();
            List<String> falseHits = f.stream().filter(k -> !e.contains(k)).toList();
            scores.add(new KindScore(kind, e.size() - misses.size(), falseHits.size(), misses.size(), misses, falseHits));
        }
        return scores;
    }

    private Map<String, JsonNode> readGold(Path dir) {
        Map<String, JsonNode> gold = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                String id = f.getFileName().toString().replace(".gold.json", "");
                if (Files.exists(dir.resolve(id + ".txt"))) {
                    gold.put(id, json.readTree(f.toFile()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot read gold files", e);
        }
        if (gold.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no <id>.gold.json with its <id>.txt");
        }
        return gold;
    }

    private void goldKeys(String id, JsonNode g, Map<String, Set<String>> keys) {
        for (JsonNode m : g.path("meetings")) {
            List<String> people = new ArrayList<>();
            m.path("participants").forEach(p -> people.add(p.asText()));
            for (int i = 0; i < people.size(); i++) {
                for (int j = i + 1; j < people.size(); j++) {
                    keys.get("meetings").add(meeting(id, people.get(i), people.get(j), m.path("kind").asText(),
                            text(m, "date"), text(m, "place")));
                }
            }
        }
        for (JsonNode r : g.path("roles")) {
            keys.get("roles").add(role(id, r.path("person").asText(), r.path("role").asText(), r.path("of").asText()));
        }
        for (JsonNode a : g.path("agreements")) {
            List<String> parties = new ArrayList<>();
            a.path("parties").forEach(p -> parties.add(p.asText()));
            keys.get("agreements").add(agreement(id, a.path("kind").asText(), parties));
        }
        for (JsonNode p : g.path("positions")) {
            keys.get("positions").add(position(id, text(p, "holder"), p.path("stance").asText(), text(p, "target")));
        }
        for (JsonNode q : g.path("quotes")) {
            keys.get("quotes").add(quote(id, q.path("speaker").asText(), q.path("starts_with").asText()));
        }
    }

    private void foundKeys(QueryRunner q, Map<String, JsonNode> gold, Map<String, Set<String>> keys) {
        Function<Map<String, String>, String> article = row -> articleId(row.get("article"));
        for (var row : q.rows(NamedQueries.load("who-met-whom"), Map.of())) {
            keys.get("meetings").add(meeting(article.apply(row), row.get("aName"), row.get("bName"), row.get("kind"),
                    row.get("date"), row.get("place")));
        }
        for (var row : q.rows(NamedQueries.load("officials"), Map.of())) {
            keys.get("roles").add(role(article.apply(row), row.get("name"), row.get("role"), row.get("of")));
        }
        for (var row : q.rows(NamedQueries.load("agreements"), Map.of())) {
            String parties = row.getOrDefault("parties", "");
            keys.get("agreements").add(agreement(article.apply(row), row.get("kind"),
                    parties.isEmpty() ? List.of() : List.of(parties.split(" \\| "))));
        }
        for (var row : q.rows(NamedQueries.load("positions"), Map.of())) {
            keys.get("positions").add(position(article.apply(row), row.get("holderName"), row.get("stance"),
                    row.get("targetName")));
        }
        for (var row : q.rows(NamedQueries.load("quotes"), Map.of())) {
            String id = article.apply(row);
            String text = row.get("text");
            String start = text;
            for (JsonNode g : gold.getOrDefault(id, json.createObjectNode()).path("quotes")) {
                if (norm(text).startsWith(norm(g.path("starts_with").asText()))) {
                    start = g.path("starts_with").asText();
                }
            }
            keys.get("quotes").add(quote(id, row.get("speakerName"), start));
        }
    }

    /** The article id of an article IRI (the file name the article was read from). */
    static String articleId(String iri) {
        return java.net.URLDecoder.decode(iri.substring(iri.lastIndexOf('/') + 1), java.nio.charset.StandardCharsets.UTF_8);
    }

    private String meeting(String id, String a, String b, String kind, String date, String place) {
        String x = person(a);
        String y = person(b);
        String pair = x.compareTo(y) < 0 ? x + " + " + y : y + " + " + x;
        return id + " | " + pair + " | " + kind + " | " + date + " | " + (place == null ? null : name(place));
    }

    /**
     * A role by what it says, not by how it is written: a title the lexicon knows stands for its
     * office ("National Security Adviser" is the office "National Security Advisor"), and an office
     * of a state's ministry is the same whether the ministry is named in the office or as its body
     * ("Spokesperson" of "Ministry of Foreign Affairs of Israel" = "Spokesperson of the Ministry of
     * Foreign Affairs" of Israel).
     */
    private String role(String id, String person, String role, String of) {
        String office = role;
        String body = of;
        var ministry = of == null ? null : java.util.regex.Pattern.compile("(Ministry of .+) of (.+)").matcher(of);
        if (ministry != null && ministry.matches() && lexicon.state(ministry.group(2)) != null) {
            office = role + " of the " + ministry.group(1);
            body = ministry.group(2);
        }
        var title = lexicon.title(office);
        if (title != null && title.office() != null) {
            office = title.office().label();
        }
        return id + " | " + person(person) + " | " + name(office) + " | " + party(body);
    }

    private String agreement(String id, String kind, List<String> parties) {
        return id + " | " + kind + " | " + String.join(" + ", new TreeSet<>(parties.stream().map(this::party).toList()));
    }

    private String position(String id, String holder, String stance, String target) {
        return id + " | " + party(holder) + " | " + stance + " | " + party(target);
    }

    private String quote(String id, String speaker, String start) {
        return id + " | " + person(speaker) + " | " + norm(start);
    }

    /** A state or organization: the reference table's name when it is a state. */
    private String party(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        var state = lexicon.state(name);
        var org = lexicon.organization(name);
        return name(state != null ? state.label() : org != null ? org.label() : name);
    }

    /**
     * A person by identity, not spelling: a name the reference gives one official ("Joseph Biden",
     * "Ilham Aliyev", "Cyril Ramaphosa") stands for that official's name ("Joe Biden", "Ilham Aliev",
     * "Matamela Cyril Ramaphosa"), as the extractor names linked persons, and so does a name one
     * official's is a letter or an initial off from ("S. Jaishankar"); other names as written.
     */
    private String person(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        var officials = lexicon.officials().named(s);
        if (officials.isEmpty()) {
            officials = lexicon.officials().namedAlike(s, lexicon);
        }
        if (officials.isEmpty()) {
            // "S. Jaishankar", "Mukhtar Tileuberdi": an initial or a letter off, as the extractor links them.
            officials = lexicon.officials().namedNearly(s, lexicon);
        }
        return name(officials.size() == 1 ? lexicon.officials().displayName(officials.get(0), lexicon) : withoutMiddleInitials(s));
    }

    /** "George J. Mitchell" is "George Mitchell": the graph names persons without middle initials. */
    private static String withoutMiddleInitials(String s) {
        String[] words = s.strip().split("\\s+");
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i == 0 || i == words.length - 1 || !words[i].matches("(\\p{Lu}\\.)+")) {
                kept.append(kept.length() == 0 ? "" : " ").append(words[i]);
            }
        }
        return kept.toString();
    }

    private static String name(String s) {
        return s == null || s.isEmpty() ? null : Keys.slug(s);
    }

    private static String norm(String s) {
        String n = Keys.slug(s);
        return n.length() > 40 ? n.substring(0, 40) : n;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }
}
