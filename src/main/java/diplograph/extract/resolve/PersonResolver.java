package diplograph.extract.resolve;

import diplograph.extract.Tokens;
import diplograph.extract.mention.PersonMention;
import diplograph.lexicon.Keys;
import diplograph.lexicon.PhraseMatcher;
import diplograph.lexicon.Title;
import diplograph.model.AnalysedArticle;
import diplograph.model.Entity;
import diplograph.model.EntityKind;
import diplograph.model.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Decides which person each mention refers to inside one article: the longest name with the same
 * surname is canonical ("Pezeshkian" is "Masoud Pezeshkian"), names seen with a title are found
 * again without one, and bare titles ("the Iranian president") go to the person last named with
 * that office and state.
 */
public final class PersonResolver {

    private final diplograph.lexicon.Lexicon lexicon;

    public PersonResolver(diplograph.lexicon.Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A mention with the person it refers to. */
    public record Resolved(PersonMention mention, Entity person) {

        /** The mention of sentence {@code sentence} that ends at token {@code end}, or null. */
        public static Resolved endingAt(List<Resolved> mentions, int sentence, int end) {
            for (Resolved r : mentions) {
                if (r.mention().sentence() == sentence && r.mention().end() == end) {
                    return r;
                }
            }
            return null;
        }

        /** The mention of sentence {@code sentence} that covers token {@code token}, or null. */
        public static Resolved covering(List<Resolved> mentions, int sentence, int token) {
            for (Resolved r : mentions) {
                if (r.mention().sentence() == sentence && r.mention().start() <= token && token < r.mention().end()) {
                    return r;
                }
            }
            return null;
        }
    }

    /** The persons of an article and every resolved mention, in text order. */
    public record Result(List<Entity> persons, List<Resolved> mentions, Map<String, Entity> stateOf) {
    }

    public Result resolve(AnalysedArticle a, List<PersonMention> titled) {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        Map<String, String> keyOfName = new HashMap<>();
        Map<String, String> fullNames = fullNamesOfSurnames(a, titled);
        java.util.function.Function<String, String> canon = n -> fullNames.getOrDefault(n, canonical(n));
        titled.stream().filter(m -> m.name() != null)
                .map(m -> canon.apply(m.name()))
                .distinct()
                .sorted(Comparator.comparingInt((String n) -> n.split("\\s+").length).reversed())
                .forEach(name -> {
                    Entity same = byKey.values().stream().filter(p -> sameSurname(p.label(), name))
                            .findFirst().orElse(null);
                    if (same == null && !name.strip().contains(" ")) {
                        same = onlyPersonWithWord(byKey.values(), name);
                    }
                    Entity known = lexicon.knownPerson(name);
                    if (same == null && known != null) {
                        // A person of the reference table: one IRI and its Wikidata link in every article.
                        same = byKey.getOrDefault(known.key(), known).withAlias(name);
                    } else if (same == null) {
                        same = new Entity(EntityKind.PERSON, Keys.slug(name), name, List.of(), null, null);
                    } else {
                        same = same.withAlias(name);
                    }
                    byKey.put(same.key(), same);
                    keyOfName.put(name, same.key());
                });
        for (Entity p : List.copyOf(byKey.values())) {
            byKey.put(p.key(), p.withAlias(surname(p.label())));
        }
        for (PersonMention m : titled) {
            // "President Volodymyr Zelensky … Zelensky said": the surname as the article writes it,
            // when the reference spells the person's name otherwise ("Volodymyr Zelenskyy").
            String key = m.name() == null ? null : keyOfName.get(canon.apply(m.name()));
            if (key != null && m.name().strip().contains(" ")) {
                byKey.put(key, byKey.get(key).withAlias(surname(m.name().strip())));
            }
        }

        List<Resolved> resolved = new ArrayList<>();
        Map<String, Entity> stateOf = new HashMap<>();
        for (PersonMention m : titled) {
            if (m.name() != null) {
                Entity p = byKey.get(keyOfName.get(canon.apply(m.name())));
                resolved.add(new Resolved(m, p));
                if (m.qualifier() != null) {
                    stateOf.putIfAbsent(p.key(), m.qualifier());
                }
            }
        }
        resolved.addAll(namesWithoutTitles(a, titled, byKey.values(), stateOf));
        List<Resolved> all = new ArrayList<>(resolved);
        for (PersonMention m : titled) {
            if (m.name() == null) {
                Entity p = byCounterpart(a, m, resolved, stateOf, byKey);
                if (p != null) {
                    all.add(new Resolved(m, p));
                    continue;
                }
                p = byTitle(m, resolved, stateOf);
                if (p == null) {
                    p = byReferenceOffice(m, a.article().published(), byKey.values());
                }
                if (p == null) {
                    p = byReference(a, m, a.article().published(), byKey);
                }
                if (p != null) {
                    all.add(new Resolved(m, p));
                    if (m.qualifier() != null) {
                        stateOf.putIfAbsent(p.key(), m.qualifier());
                    }
                }
            }
        }
        all.sort(Comparator.comparingInt(r -> r.mention().start()));
        return new Result(List.copyOf(byKey.values()), all, stateOf);
    }

    /** Known persons' names and surnames found where no titled mention is. */
    private List<Resolved> namesWithoutTitles(AnalysedArticle a, List<PersonMention> titled,
                                              java.util.Collection<Entity> persons, Map<String, Entity> stateOf) {
        PhraseMatcher<Entity> names = new PhraseMatcher<>();
        for (Entity p : persons) {
            Entity state = stateOf.get(p.key());
            String[] words = p.label().split("\\s+");
            if (words.length >= 2 && familyNameFirst(p, state)
                    && persons.stream().filter(o -> o.label().split("\\s+")[0].equals(words[0])).count() == 1) {
                // "Chinese Foreign Ministry spokesman Qin Gang … said Qin": a name of a state that
                // writes the family name first (by the article, else by the reference's official)
                // goes by its first word, when no other person has it.
                names.add(words[0], p);
            }
            // Each name also without its diacritics: "Chavez" is the "Chávez" of the same article.
            for (String name : withAliases(p)) {
                names.add(name, p);
                String plain = Keys.withoutDiacritics(name);
                if (!plain.equals(name)) {
                    names.add(plain, p);
                }
            }
        }
        boolean[] covered = new boolean[a.tokens().size()];
        for (PersonMention m : titled) {
            Arrays.fill(covered, m.start(), m.end(), true);
        }
        List<Resolved> found = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            for (var match : names.findAll(a.tokens(), s.tokens().start(), s.tokens().end(), a.article().text())) {
                if (covered[match.start()] || !a.tokens().get(match.start()).isCapitalized()) {
                    continue;
                }
                found.add(new Resolved(new PersonMention(s.index(), match.start(), match.end(),
                        Tokens.text(a, match.start(), match.end()), List.of(), null,
                        PersonMention.Form.NAME_ONLY), match.value()));
                Arrays.fill(covered, match.start(), match.end(), true);
            }
            found.addAll(addressedByFamilyName(a, s, persons, covered));
        }
        return found;
    }

    /**
     * Whether the person's name puts the family name first: by the article's state for them, else
     * the reference's official, else the name's first word as the reference uses it.
     */
    private boolean familyNameFirst(Entity person, Entity state) {
        if (state != null && state.code() != null) {
            return lexicon.familyNameFirst(state.code());
        }
        var officials = lexicon.officials().named(person.label());
        if (officials.size() == 1 && !officials.get(0).states().isEmpty()) {
            return officials.get(0).states().stream().allMatch(lexicon::familyNameFirst);
        }
        // Neither the article nor one official says whose the person is: "spokeswoman Hua Chunying"
        // goes by "Hua" when that word opens only names written family name first in the reference.
        String[] words = person.label().split("\\s+");
        return officials.isEmpty() && words.length == 2 && lexicon.officials().opensOnlyFamilyFirstNames(words[0]);
    }

    private static List<String> withAliases(Entity p) {
        List<String> all = new ArrayList<>();
        all.add(p.label());
        all.addAll(p.aliases());
        return all;
    }

    /**
     * "Mr. Wen", "Mrs. Park": a courtesy title before one word that is the first or the last word
     * of exactly one person's name in the article. Chinese and Korean names put the family name
     * first ("Wen Jiabao"), and the courtesy title says the word is the one a person goes by.
     */
    private List<Resolved> addressedByFamilyName(AnalysedArticle a, Sentence s, java.util.Collection<Entity> persons,
                                                 boolean[] covered) {
        List<Resolved> found = new ArrayList<>();
        for (int i = s.tokens().start(); i + 1 < s.tokens().end(); i++) {
            var h = lexicon.honorifics().matchAt(a.tokens(), i, a.article().text());
            if (h == null || h.end() >= s.tokens().end()) {
                continue;
            }
            int w = h.end() + (Tokens.is(a.tokens(), h.end(), ".") ? 1 : 0);
            if (w >= s.tokens().end() || covered[w] || !a.tokens().get(w).isCapitalized()
                    || w + 1 < s.tokens().end() && a.tokens().get(w + 1).isCapitalized()) {
                continue;
            }
            String word = a.tokens().get(w).text();
            List<Entity> with = persons.stream().filter(p -> {
                String[] words = p.label().split("\\s+");
                return words.length > 1 && (words[0].equals(word) || words[words.length - 1].equals(word));
            }).toList();
            if (with.size() == 1) {
                // The mention is the courtesy title with the name, as "President Putin" is.
                found.add(new Resolved(new PersonMention(s.index(), i, w + 1, word, List.of(), null,
                        PersonMention.Form.NAME_ONLY), with.get(0)));
                Arrays.fill(covered, i, w + 1, true);
            }
        }
        return found;
    }

    /**
     * "Antony Blinken met … The Secretary said": the one person of the article whom the reference
     * gives, on the article's date, an office the bare title names (a descriptor: an office with
     * its word and category), of the title's state when it names one.
     */
    private Entity byReferenceOffice(PersonMention m, java.time.LocalDate day, java.util.Collection<Entity> persons) {
        if (day == null) {
            return null;
        }
        List<diplograph.model.Office> offices = new ArrayList<>();
        m.titles().forEach(t -> offices.addAll(officesOf(t)));
        Entity found = null;
        for (Entity p : persons) {
            for (var office : offices) {
                Entity state = lexicon.officials().stateOfOffice(p.label(), office, day, lexicon);
                if (state != null && (m.qualifier() == null || m.qualifier().equals(state))) {
                    if (found != null && !found.equals(p)) {
                        return null; // two persons fit: none is taken
                    }
                    found = p;
                }
            }
        }
        return found;
    }

    /** The offices a title names: its own, or for a descriptor ("the Secretary", "Deputy Secretary") every office it describes. */
    private List<diplograph.model.Office> officesOf(Title t) {
        if (t.kind() == Title.Kind.OFFICE) {
            return List.of(t.office());
        }
        if (t.kind() == Title.Kind.DESCRIPTOR) {
            return lexicon.offices().values().stream()
                    .filter(o -> t.describes(new Title(o, o.category(), Title.Kind.OFFICE, o.label())))
                    .toList();
        }
        return List.of();
    }

    /**
     * "President Putin", "Foreign Minister Son", "Deputy Secretary Sherman": a titled surname whose full name the article does
     * not give, when exactly one official of the reference held that office on the article's date
     * under that surname (of the title's state, when it names one). Written name → full name.
     */
    private Map<String, String> fullNamesOfSurnames(AnalysedArticle a, List<PersonMention> titled) {
        Map<String, String> full = new HashMap<>();
        java.time.LocalDate day = a.article().published();
        if (day == null) {
            return full;
        }
        for (PersonMention m : titled) {
            if (m.name() == null || m.name().strip().contains(" ") || full.containsKey(m.name())) {
                continue;
            }
            for (var title : m.titles()) {
                var holders = officesOf(title).stream()
                        .flatMap(office -> lexicon.officials().holdersCalled(office, m.name(), day, lexicon).stream())
                        // An organization's officer ("the U.N. Secretary General Ban") serves no state.
                        .filter(o -> m.qualifier() == null || m.qualifier().code() == null
                                || m.qualifier().kind() != diplograph.model.EntityKind.STATE || o.states().contains(m.qualifier().code()))
                        .distinct()
                        .toList();
                if (holders.size() == 1) {
                    full.put(m.name(), lexicon.officials().displayName(holders.get(0), lexicon));
                    break;
                }
            }
        }
        return full;
    }

    /**
     * "The President of Russia received…", "the Iranian foreign minister" in an article that does
     * not name them: the one official the reference holds for that office of that state on the
     * article's date, for an office a state has one holder of at a time. The article's own person
     * of that name is reused; otherwise the official becomes one ({@code byKey} grows).
     */
    private Entity byReference(AnalysedArticle a, PersonMention m, java.time.LocalDate day, Map<String, Entity> byKey) {
        if (m.qualifier() == null || m.titles().size() != 1 || m.titles().get(0).office() == null) {
            return null;
        }
        if (!m.titles().get(0).soleHolder()) {
            return null; // "the French ambassador": one of many, whom the reference may know one of
        }
        if (m.end() < a.tokens().size() && (a.tokens().get(m.end()).isCapitalized()
                || Tokens.isAny(a.tokens(), m.end(), List.of("–", "—", "-")))) {
            return null; // the title goes on ("President of Kazakhstan – Leader of the Nation Nazarbayev")
        }
        // None, or two holders that day: a wrong person is worse than none.
        return holderOf(m.titles().get(0).office(), m.qualifier(), day, byKey);
    }

    /**
     * "He met his Chilean counterpart", "talks with her Egyptian counterpart": the person of the
     * article who holds, in the counterpart's state, the office of the one whose counterpart it is
     * (the last person titled before it in its sentence, else the subject the sentence continues),
     * else the reference's one holder of that office of that state on the article's date. Two
     * candidates: none is taken.
     */
    private Entity byCounterpart(AnalysedArticle a, PersonMention m, List<Resolved> named, Map<String, Entity> stateOf,
                                 Map<String, Entity> byKey) {
        if (m.qualifier() == null || m.titles().size() != 1 || m.titles().get(0).kind() != Title.Kind.COUNTERPART) {
            return null;
        }
        diplograph.model.Office office = ownerOffice(m, named);
        if (office == null) {
            return null;
        }
        Entity found = null;
        for (Resolved r : named) {
            boolean holds = r.mention().titles().stream().anyMatch(t -> office.equals(t.office()));
            if (holds && m.qualifier().equals(stateOf.get(r.person().key()))) {
                if (found != null && !found.equals(r.person())) {
                    return null;
                }
                found = r.person();
            }
        }
        if (found != null) {
            return found;
        }
        return holderOf(office, m.qualifier(), a.article().published(), byKey);
    }

    /**
     * The office of the person whose counterpart {@code m} is: the last office titled before it in
     * its sentence, else the office of the person the article titled last before it.
     */
    private static diplograph.model.Office ownerOffice(PersonMention m, List<Resolved> named) {
        Resolved owner = null;
        for (Resolved r : named) {
            boolean before = r.mention().sentence() < m.sentence()
                    || r.mention().sentence() == m.sentence() && r.mention().end() <= m.start();
            boolean titled = r.mention().titles().stream().anyMatch(t -> t.kind() == Title.Kind.OFFICE);
            if (before && titled && (owner == null || r.mention().start() > owner.mention().start())
                    && !m.qualifier().equals(r.mention().qualifier())) {
                owner = r;
            }
        }
        if (owner == null) {
            return null;
        }
        List<Title> titles = owner.mention().titles();
        for (int t = titles.size() - 1; t >= 0; t--) {
            if (titles.get(t).kind() == Title.Kind.OFFICE) {
                return titles.get(t).office();
            }
        }
        return null;
    }

    /** The reference's one holder of an office of a state on a day, as a person of the article; else null. */
    private Entity holderOf(diplograph.model.Office office, Entity state, java.time.LocalDate day, Map<String, Entity> byKey) {
        if (day == null) {
            return null;
        }
        var holders = lexicon.officials().holders(office, state, day, lexicon);
        if (holders.size() != 1) {
            return null;
        }
        String name = lexicon.officials().displayName(holders.get(0), lexicon);
        String key = diplograph.lexicon.NameKey.of(name);
        for (Entity p : byKey.values()) {
            if (diplograph.lexicon.NameKey.of(p.label()).equals(key)) {
                return p;
            }
        }
        Entity p = new Entity(EntityKind.PERSON, Keys.slug(name), name, List.of(), null, null).withAlias(surname(name));
        byKey.put(p.key(), p);
        return p;
    }

    /** The person a bare title refers to: the last one before it named with that office and state. */
    private static Entity byTitle(PersonMention m, List<Resolved> named, Map<String, Entity> stateOf) {
        Entity best = null;
        for (Resolved r : named) {
            if (r.mention().form() != PersonMention.Form.TITLED_NAME) {
                continue;
            }
            boolean officeFits = m.titles().stream().anyMatch(t -> r.mention().titles().stream()
                    .anyMatch(rt -> fits(t, rt)));
            Entity state = stateOf.get(r.person().key());
            boolean stateFits = m.qualifier() == null || Objects.equals(m.qualifier(), state);
            if (officeFits && stateFits) {
                if (r.mention().start() < m.start() || best == null) {
                    best = r.person();
                }
            }
        }
        return best;
    }

    private static boolean fits(Title wanted, Title had) {
        if (wanted.kind() == Title.Kind.COUNTERPART || had.kind() != Title.Kind.OFFICE) {
            return false;
        }
        if (wanted.kind() == Title.Kind.DESCRIPTOR) {
            return wanted.describes(had);
        }
        return wanted.office().equals(had.office()) || wanted.namesItsCategory() && wanted.category().equals(had.category());
    }

    /**
     * A one-word name that is a word of exactly one longer name of the article: the family name
     * written first ("Foreign Minister Chung" is Chung Eui-yong, "President Xi" Xi Jinping) or
     * the name a person goes by ("Prime Minister Abiy" is Abiy Ahmed). Two such persons: none.
     */
    private static Entity onlyPersonWithWord(java.util.Collection<Entity> persons, String word) {
        List<Entity> with = persons.stream()
                .filter(p -> Arrays.asList(p.label().split("\\s+")).contains(word.strip()))
                .toList();
        if (with.isEmpty()) {
            // "Minister Cavusolgu" after "Mevlut Cavusoglu": a surname misprinted by two letters swapped.
            with = persons.stream().filter(p -> {
                String[] words = p.label().split("\\s+");
                return words.length > 1 && swapped(fold(words[words.length - 1]), fold(word.strip()));
            }).toList();
        }
        return with.size() == 1 ? with.get(0) : null;
    }

    private static String fold(String word) {
        return Keys.withoutDiacritics(word).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether two words of six letters or more differ by two neighbouring letters swapped, past the first. */
    static boolean swapped(String x, String y) {
        if (x.length() != y.length() || x.length() < 6 || x.equals(y)) {
            return false;
        }
        int i = 1;
        while (i < x.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        return x.charAt(0) == y.charAt(0) && i + 1 < x.length() && x.charAt(i) == y.charAt(i + 1)
                && x.charAt(i + 1) == y.charAt(i) && x.substring(i + 2).equals(y.substring(i + 2));
    }

    private boolean sameSurname(String canonical, String name) {
        return surname(canonical).equalsIgnoreCase(surname(name))
                && Arrays.asList(canonical.split("\\s+")).containsAll(Arrays.asList(name.split("\\s+")));
    }

    /** The last word with the particles before it: "Al Thani", "da Silva", "von der Leyen"; "Abdullah" of "Abdullah II". */
    String surname(String name) {
        String[] words = name.split("\\s+");
        if (words.length > 1 && words[words.length - 1].matches("[IVX]+")) {
            words = Arrays.copyOf(words, words.length - 1);
        }
        int start = words.length - 1;
        while (start > 1 && lexicon.isNameParticle(words[start - 1])) {
            start--;
        }
        return String.join(" ", Arrays.copyOfRange(words, start, words.length));
    }

    /**
     * The person's canonical name: the reference's name of the one official (or namesakes) so
     * called ("Antony J. Blinken" and "Antony Blinken" are Wikidata's "Antony Blinken"), else the
     * name in Western order without middle initials. A user's table of persons keeps its own names.
     */
    String canonical(String written) {
        String name = canonicalName(written);
        if (lexicon.knownPerson(name) != null) {
            return name;
        }
        var officials = lexicon.officials().named(name);
        if (!officials.isEmpty() && officials.stream().map(o -> o.name()).distinct().count() == 1) {
            return lexicon.officials().displayName(officials.get(0), lexicon);
        }
        String[] words = name.split("\\s+");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            boolean middleInitial = i > 0 && i < words.length - 1 && words[i].matches("(\\p{Lu}\\.)+");
            if (!middleInitial) {
                kept.add(words[i]);
            }
        }
        return String.join(" ", kept);
    }

    /**
     * The name in its usual Western order and capitalisation: "HAYASHI Yoshimasa" (an upper-case
     * family name first, as Japanese and Chinese readouts write it) becomes "Yoshimasa Hayashi".
     * Capitals before two words or more are initials, as South Asian names write them ("AH Mahmood
     * Ali", "AKM Shameem Chowdhury"), and stay where they are.
     */
    static String canonicalName(String written) {
        String[] words = written.strip().split("\\s+");
        if (words.length == 2 && isUpperWord(words[0]) && !isUpperWord(words[words.length - 1])) {
            String family = words[0].charAt(0) + words[0].substring(1).toLowerCase(Locale.ROOT);
            return String.join(" ", Arrays.copyOfRange(words, 1, words.length)) + " " + family;
        }
        return String.join(" ", words);
    }

    private static boolean isUpperWord(String w) {
        // Two letters at least: "S." in "S. Jaishankar" is an initial, not a family name.
        return w.codePoints().filter(Character::isLetter).count() > 1
                && w.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
