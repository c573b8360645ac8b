package diplograph.lexicon;

import diplograph.model.Entity;
import diplograph.model.Office;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The officials of {@code reference/officials.tsv}, found by name (through {@link NameKey}) and by
 * the office they held on a day. Wikidata's position labels ("Minister of Foreign Affairs, Turkey",
 * "President of the French Republic") are read as the lexicon's offices only where a title phrase
 * opens the label (after the state's own name, as in "United States Secretary of State") and at
 * most the state follows it: "Deputy Secretary of State" is not "Secretary of State".
 */
public final class Officials {

    private static final java.util.regex.Pattern SUFFIX = java.util.regex.Pattern.compile(",?\\s+(Jr\\.?|Sr\\.?)$");
    private static final java.util.regex.Pattern NUMERAL_OR_SUFFIX = java.util.regex.Pattern.compile("[ivx]+|jr|sr");

    private final Map<String, List<Official>> byName = new HashMap<>();
    private volatile Map<String, List<Official>> byOffice;
    private final List<Official> all = new ArrayList<>();
    private final Map<String, Official> byItem = new HashMap<>();

    private final Map<String, List<Official>> byWord = new HashMap<>();
    /** Each two words that follow one another inside an official's name, after its first ("amir abdollahian"). */
    private final java.util.Set<String> wordPairs = new java.util.HashSet<>();
    /** The first words of those pairs, for the cheap test before a name is folded into its key. */
    private final java.util.Set<String> pairFirsts = new java.util.HashSet<>();
    /** Monarchs and popes by their name without the ordinal: "Abdullah" for "Abdullah II of Jordan". */
    private final Map<String, List<Official>> byRegnalName = new HashMap<>();

    /**
     * A directory of officials other than the bundled one (an external dataset's persons and the
     * positions they held), found by name and by any of {@code aliases} as well.
     */
    public static Officials of(List<Official> officials, Map<String, List<String>> aliases, Lexicon lexicon) {
        Officials d = new Officials();
        for (Official o : officials) {
            d.add(o, lexicon, aliases.getOrDefault(o.qid(), List.of()));
        }
        return d;
    }

    void add(Official o, Lexicon lexicon) {
        add(o, lexicon, List.of());
    }

    /** Each official's name words (see {@link #nameWords}) and surname key, computed once. */
    private final Map<Official, java.util.Set<String>> wordsOf = new java.util.IdentityHashMap<>();
    private final Map<Official, List<String>> surnameOf = new java.util.IdentityHashMap<>();
    /** The first words of officials' names of two words or more, folded: the given names the reference knows. */
    private final java.util.Set<String> givenNames = new java.util.HashSet<>();
    /** Those first words of officials of states that write the family name first ("wang", "moon"), and of others. */
    private final java.util.Set<String> familyFirstWords = new java.util.HashSet<>();
    private final java.util.Set<String> otherFirstWords = new java.util.HashSet<>();

    /** The latest day any term of the reference begins or ends on: how far its knowledge reaches. */
    private LocalDate horizon = LocalDate.MIN;

    private void add(Official o, Lexicon lexicon, List<String> aliases) {
        all.add(o);
        for (Official.Term t : o.terms()) {
            for (String d : new String[] {t.start(), t.end()}) {
                if (d != null && d.matches("\\d{4}-\\d{2}-\\d{2}") && LocalDate.parse(d).isAfter(horizon)) {
                    horizon = LocalDate.parse(d);
                }
            }
        }
        List<String> key = NameKey.words(o.name());
        List<String> plainKey = NameKey.words(plainName(o.name(), lexicon));
        wordsOf.put(o, significant(plainKey, lexicon));
        if (plainKey.size() >= 2) {
            givenNames.add(plainKey.get(0));
            boolean familyFirst = !o.states().isEmpty() && o.states().stream().allMatch(lexicon::familyNameFirst);
            (familyFirst ? familyFirstWords : otherFirstWords).add(plainKey.get(0));
        }
        List<String> surnames = new ArrayList<>(2);
        if (!key.isEmpty()) {
            surnames.add(key.get(key.size() - 1));
            // "Secretary General Ban", "President Xi": the family name written first.
            if (key.size() >= 2 && o.states().stream().anyMatch(lexicon::familyNameFirst)) {
                surnames.add(NameKey.words(o.name().strip().split("\\s+")[0]).stream().findFirst().orElse(key.get(0)));
            }
        }
        surnameOf.put(o, surnames);
        // Not the first two words: "Pope Francis", "Sheikh Hasina" open with a title their holders go by.
        for (int k = 2; k < plainKey.size(); k++) {
            wordPairs.add(plainKey.get(k - 1) + ' ' + plainKey.get(k));
            pairFirsts.add(plainKey.get(k - 1));
        }
        byItem.put(o.qid(), o);
        String[] written = o.name().strip().split("\\s+");
        if (written.length >= 2 && written[1].matches("[IVX]+")) {
            byRegnalName.computeIfAbsent(NameKey.of(written[0]), x -> new ArrayList<>(1)).add(o);
        }
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        keys.add(String.join(" ", key));
        keys.add(String.join(" ", plainKey));
        aliases.forEach(a -> keys.add(NameKey.of(plainName(a, lexicon))));
        for (String k : keys) {
            if (!k.isEmpty()) {
                byName.computeIfAbsent(k, x -> new ArrayList<>(1)).add(o);
            }
        }
        for (String w : wordsOf.get(o)) {
            if (w.length() > 2) {
                byWord.computeIfAbsent(w, x -> new ArrayList<>(2)).add(o);
            }
        }
    }

    /**
     * A Wikidata label without what news leaves out: courtesy titles before it ("Prince Faisal bin
     * Farhan Al Saud", "Sheikh …", "Sayyid …"), a generational suffix ("Surangel Whipps Jr.") and a
     * monarch's state ("Abdullah II of Jordan").
     */
    /**
     * Whether a word is a given name of some official of the reference ("José", "Silas"): where a
     * person's name begins after a body's ("the President of Petrobras José Eduardo Dutra").
     */
    public boolean isGivenName(String word) {
        List<String> key = NameKey.words(word);
        return key.size() == 1 && givenNames.contains(key.get(0));
    }

    /**
     * Whether a word opens the names of officials only where the family name comes first ("Hua",
     * "Wang", "Moon"), never another state's official's: a name it opens is most likely written
     * family name first, when nothing else says whose the person is.
     */
    public boolean opensOnlyFamilyFirstNames(String word) {
        List<String> key = NameKey.words(word);
        return key.size() == 1 && familyFirstWords.contains(key.get(0)) && !otherFirstWords.contains(key.get(0));
    }

    /** The official's name as diplograph writes it: Wikidata's label, plain (see {@link #plainName}). */
    public String displayName(Official o, Lexicon lexicon) {
        return plainName(o.name(), lexicon);
    }

    static String plainName(String name, Lexicon lexicon) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (int len = Math.min(3, words.size() - 2); len >= 1 && !stripped; len--) {
                if (lexicon.isHonorific(String.join(" ", words.subList(0, len)))) {
                    words.subList(0, len).clear();
                    stripped = true;
                }
            }
        }
        String n = SUFFIX.matcher(String.join(" ", words)).replaceFirst("");
        int of = n.lastIndexOf(" of ");
        if (of > 0 && lexicon.state(n.substring(of + 4)) != null) {
            n = n.substring(0, of);
        }
        return n;
    }

    /** Whether {@code name} has the official's name's words, particles and suffixes aside ("Lloyd Austin III"). */
    public boolean sameWords(String name, Official o, Lexicon lexicon) {
        return nameWords(name, lexicon).equals(wordsOf.get(o));
    }

    /** A name's key words without particles ("al", "bin") and generational suffixes ("III", "Jr"). */
    private static java.util.Set<String> nameWords(String name, Lexicon lexicon) {
        return significant(NameKey.words(plainName(name, lexicon)), lexicon);
    }

    private static java.util.Set<String> significant(List<String> keyWords, Lexicon lexicon) {
        java.util.Set<String> words = new java.util.LinkedHashSet<>();
        for (String w : keyWords) {
            if (!lexicon.isNameParticle(w) && !NUMERAL_OR_SUFFIX.matcher(w).matches()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * Officials whose name has the same words as {@code name} give or take some, in any order, at
     * least two of them shared, the last of {@code name} among them: "Cyril Ramaphosa" and
     * "Matamela Cyril Ramaphosa", "Samia Suluhu Hassan" and "Samia Hassan Suluhu". A looser match
     * than {@link #named}, for a caller that asks more of the official than the name.
     */
    public List<Official> namedAlike(String name, Lexicon lexicon) {
        java.util.Set<String> mine = nameWords(name, lexicon);
        if (mine.size() < 2) {
            return List.of();
        }
        java.util.Set<Official> found = new java.util.LinkedHashSet<>();
        // An official sharing two of the k words has one of any k - 1 of them: the commonest is not looked up.
        List<String> rarestFirst = mine.stream()
                .sorted(java.util.Comparator.comparingInt(w -> byWord.getOrDefault(w, List.of()).size())).toList();
        for (String w : rarestFirst.subList(0, rarestFirst.size() - 1)) {
            for (Official o : byWord.getOrDefault(w, List.of())) {
                java.util.Set<String> theirs = wordsOf.get(o);
                java.util.Set<String> shared = new java.util.HashSet<>(mine);
                shared.retainAll(theirs);
                if (shared.size() >= 2 && (theirs.containsAll(mine) || mine.containsAll(theirs))) {
                    found.add(o);
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * Officials whose name differs from {@code name} by one letter in one word, every other word
     * the same and the two words' first letters too: "Eva Morales" and "Evo Morales", "Mahmud Abbas"
     * and "Mahmoud Abbas", "Mevlut Cavushoglu" and "Mevlüt Çavuşoğlu" (a family name of five letters
     * or more) — a misprint or another transliteration; or by a given name written as its initial
     * ("S. Jaishankar"), or several run together ("AH Mahmood Ali"). Looser than {@link #namedAlike},
     * for a caller that asks the state or the office to agree as well.
     */
    public List<Official> namedNearly(String name, Lexicon lexicon) {
        List<String> mine = new ArrayList<>(nameWords(name, lexicon));
        String[] written = plainName(name, lexicon).split("\\s+");
        String first = written[0].replace(".", "");
        // "S. Jaishankar": a given name written as its initial, the family name the same; "AH Mahmood
        // Ali", "A.K.M. Shameem Chowdhury": several run together, the other names the same.
        boolean one = mine.size() == 1 && written.length == 2 && first.length() == 1 && Character.isLetter(written[0].charAt(0));
        boolean several = written.length >= 3 && first.length() >= 2 && first.length() <= 3
                && first.chars().allMatch(Character::isUpperCase) && mine.size() >= 2
                && mine.get(0).equals(first.toLowerCase(java.util.Locale.ROOT));
        if (one || several) {
            return namedByInitials(first, several ? mine.subList(1, mine.size()) : mine);
        }
        if (mine.size() < 2) {
            return List.of();
        }
        String last = mine.get(mine.size() - 1);
        List<Official> found = new ArrayList<>();
        for (Official o : byWord.getOrDefault(last, List.of())) {
            List<String> theirs = new ArrayList<>(wordsOf.get(o));
            if (theirs.size() != mine.size() || !theirs.get(theirs.size() - 1).equals(last)) {
                continue;
            }
            int differing = 0;
            boolean near = true;
            for (int i = 0; i < mine.size() - 1; i++) {
                String x = mine.get(i);
                String y = theirs.get(i);
                if (!x.equals(y)) {
                    differing++;
                    near &= x.length() >= 3 && y.length() >= 3 && x.charAt(0) == y.charAt(0) && oneEdit(x, y);
                }
            }
            if (differing == 1 && near) {
                found.add(o);
            }
        }
        // "Mevlut Cavushoglu": the family name a letter off in another transliteration, the other words the same.
        for (Official o : byWord.getOrDefault(mine.get(0), List.of())) {
            List<String> theirs = new ArrayList<>(wordsOf.get(o));
            if (theirs.size() != mine.size() || found.contains(o)
                    || !theirs.subList(0, theirs.size() - 1).equals(mine.subList(0, mine.size() - 1))) {
                continue;
            }
            String lastTheirs = theirs.get(theirs.size() - 1);
            if (letterOff(last, lastTheirs)) {
                found.add(o);
            }
        }
        return found;
    }

    /** Officials whose names are {@code rest} after given names opening with these {@code initials}, one each. */
    private List<Official> namedByInitials(String initials, List<String> rest) {
        List<Official> found = new ArrayList<>();
        for (Official o : byWord.getOrDefault(rest.get(rest.size() - 1), List.of())) {
            List<String> theirs = new ArrayList<>(wordsOf.get(o));
            if (theirs.size() != initials.length() + rest.size()
                    || !theirs.subList(initials.length(), theirs.size()).equals(rest)) {
                continue;
            }
            boolean same = true;
            for (int i = 0; i < initials.length(); i++) {
                same &= theirs.get(i).charAt(0) == Character.toLowerCase(initials.charAt(i));
            }
            if (same) {
                found.add(o);
            }
        }
        return found;
    }

    /**
     * Whether a family name of five letters or more is another's in another transliteration: the
     * same first letter, one letter off ("Cavushoglu" and "Cavusoglu", "Kamilov" and "Komilov").
     */
    public static boolean letterOff(String x, String y) {
        return x.length() >= 5 && !y.isEmpty() && x.charAt(0) == y.charAt(0) && oneEdit(x, y);
    }

    /** Whether one substitution, insertion or deletion of a letter makes {@code x} into {@code y}. */
    static boolean oneEdit(String x, String y) {
        if (Math.abs(x.length() - y.length()) > 1 || x.equals(y)) {
            return false;
        }
        int i = 0;
        while (i < x.length() && i < y.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        if (x.length() == y.length()) {
            return x.substring(i + 1).equals(y.substring(i + 1));
        }
        String longer = x.length() > y.length() ? x : y;
        String shorter = longer == x ? y : x;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /**
     * The monarchs and popes whose name is this one word and an ordinal ("Abdullah" finds "Abdullah
     * II of Jordan", "Charles" finds "Charles III"): news names a reigning monarch without the
     * ordinal ("Jordan's King Abdullah"), so only an office or a state the article states can
     * confirm one.
     */
    public List<Official> regnal(String word) {
        List<String> words = NameKey.words(word);
        return words.size() != 1 ? List.of() : byRegnalName.getOrDefault(words.get(0), List.of());
    }

    /**
     * The officials whose name has this key: none, one, or several namesakes. A two-word name is
     * also tried family name first, as Japanese, Chinese and Korean readouts may write it
     * ("Motegi Toshimitsu" is "Toshimitsu Motegi").
     */
    public List<Official> named(String name) {
        List<String> words = NameKey.words(name);
        if (words.size() < 2) {
            return List.of();
        }
        List<Official> found = byName.get(String.join(" ", words));
        if (found == null && words.size() == 2) {
            found = byName.get(words.get(1) + " " + words.get(0));
        }
        return found == null ? List.of() : found;
    }

    /**
     * Whether some official's name has {@code first} right before {@code second} ("Amir" before
     * "Abdollahian" in "Hossein Amir-Abdollahian"): a title's word so placed is a word of a name.
     */
    public boolean namesInSequence(String first, String second) {
        if (!pairFirsts.contains(first.toLowerCase(Locale.ROOT))) {
            return false; // (asked of every title's word: the name key only when it may answer yes)
        }
        List<String> words = NameKey.words(first + " " + second);
        return words.size() == 2 && wordPairs.contains(words.get(0) + ' ' + words.get(1));
    }

    /** The official with this Wikidata item, or {@code null}. */
    public Official withItem(String qid) {
        return qid == null ? null : byItem.get(qid);
    }

    /** The officials who held {@code office} of {@code state} on {@code day}. */
    public List<Official> holders(Office office, Entity state, LocalDate day, Lexicon lexicon) {
        if (office == null || state == null || state.code() == null || day == null) {
            return List.of();
        }
        List<Official> all = byOffice(lexicon).getOrDefault(office.key() + '|' + state.code(), List.of());
        return all.stream()
                // No name confirms who is meant: a term whose bounds leave the day in doubt does not count.
                .filter(o -> o.terms().stream().anyMatch(t -> t.state().equals(state.code()) && t.surelyCovers(day)
                        && office.equals(officeOf(t.position(), lexicon))
                        && !(t.end() == null && succeeded(o, t, all, office, state, day, lexicon))))
                .toList();
    }

    /**
     * Whether an open term (Wikidata gives no end) was followed by another official's term of the
     * same office that began after it and by {@code day}: the office passed on, so the open term
     * had ended ("Minister of Foreign Affairs of Spain from 1995" is not the minister of 2025).
     */
    private boolean succeeded(Official holder, Official.Term open, List<Official> all, Office office, Entity state,
                              LocalDate day, Lexicon lexicon) {
        LocalDate from = open.startDay(true);
        if (from == null) {
            return false;
        }
        for (Official other : all) {
            if (other.equals(holder)) {
                continue;
            }
            for (Official.Term t : other.terms()) {
                LocalDate next = t.startDay(false);
                LocalDate surely = t.startDay(true);
                if (next != null && next.isAfter(from) && !surely.isAfter(day) && t.state().equals(state.code())
                        && office.equals(officeOf(t.position(), lexicon))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The officials who held {@code office} (of any state) on {@code day} and whose name ends in
     * {@code surname}: "President Putin" in 2021 is Vladimir Putin.
     */
    public List<Official> holdersCalled(Office office, String surname, LocalDate day, Lexicon lexicon) {
        String key = NameKey.of(surname);
        if (office == null || day == null || key.isEmpty() || key.indexOf(' ') >= 0) {
            return List.of();
        }
        return byOffice(lexicon).getOrDefault(office.key() + '#' + key, List.of()).stream()
                .filter(o -> o.terms().stream().anyMatch(t -> held(t, office, day, lexicon)))
                .toList();
    }

    /** Whether the term is of {@code office} and covers {@code day}. */
    private boolean held(Official.Term t, Office office, LocalDate day, Lexicon lexicon) {
        return t.covers(day) && office.equals(officeOf(t.position(), lexicon));
    }

    /**
     * The state whose {@code office} the one official called {@code name} held on {@code day}
     * ("Antony Blinken", Secretary of State, 2021-05-21: the United States), or {@code null} when
     * the reference has no such official, several namesakes, or no such term. A name the reference
     * writes longer ("Cyril Ramaphosa" for "Matamela Cyril Ramaphosa") counts when only one
     * official so named held such an office that day.
     */
    public Entity stateOfOffice(String name, Office office, LocalDate day, Lexicon lexicon) {
        if (office == null || day == null) {
            return null;
        }
        List<Official> officials = named(name);
        if (officials.isEmpty()) {
            java.util.Set<String> mine = nameWords(name, lexicon);
            officials = namedAlike(name, lexicon).stream()
                    .filter(o -> wordsOf.get(o).containsAll(mine)
                            && o.terms().stream().anyMatch(t -> !t.state().isEmpty() && held(t, office, day, lexicon)))
                    .toList();
        }
        if (officials.size() != 1) {
            return null;
        }
        Entity found = null;
        for (Official.Term t : officials.get(0).terms()) {
            if (!t.state().isEmpty() && held(t, office, day, lexicon)) {
                Entity state = lexicon.states().get(t.state().toLowerCase(Locale.ROOT));
                if (found != null && state != null && !found.equals(state)) {
                    return null;
                }
                found = state != null ? state : found;
            }
        }
        return found;
    }

    /**
     * Whether the one official called {@code name} had left {@code office} of {@code state} by
     * {@code day}: the reference has terms of it, every one of them ended before that day, and it
     * knows who else held that office that day ("Polish President Lech Kaczyński" in 2017 names an
     * office he held until 2010, and Andrzej Duda held in 2017). False when the reference has no
     * such official, several namesakes, no term of that office, or no other holder that day, and
     * for a day after the last one the reference knows of (its terms' latest start or end): a
     * reference that stops before the day cannot tell a later term from none.
     */
    public boolean heldOnlyBefore(String name, Office office, Entity state, LocalDate day, Lexicon lexicon) {
        List<Official> officials = named(name);
        if (officials.size() != 1 || office == null || state == null || state.code() == null || day == null
                || day.isAfter(horizon)) {
            return false;
        }
        List<Official.Term> terms = officials.get(0).terms().stream()
                .filter(t -> t.state().equals(state.code()) && office.equals(officeOf(t.position(), lexicon)))
                .toList();
        if (terms.isEmpty() || !terms.stream().allMatch(t -> t.endedBefore(day))) {
            return false;
        }
        List<Official> then = holders(office, state, day, lexicon);
        return !then.isEmpty() && !then.contains(officials.get(0));
    }

    /**
     * The office of {@code category} the one official called {@code name} held on {@code day}
     * (Wen Jiabao in 2008, head of government: Premier), or {@code null} when the reference has no
     * such official, several namesakes, or not exactly one such office.
     */
    public Office officeOfKind(String name, String category, LocalDate day, Lexicon lexicon) {
        List<Official> officials = named(name);
        if (officials.size() != 1 || category == null || day == null) {
            return null;
        }
        Office found = null;
        for (Official.Term t : officials.get(0).terms()) {
            Office office = t.covers(day) ? officeOf(t.position(), lexicon) : null;
            if (office != null && office.category().equals(category)) {
                if (found != null && !found.equals(office)) {
                    return null;
                }
                found = office;
            }
        }
        return found;
    }

    /**
     * Each official once under every office of the lexicon that a term of theirs with a known state
     * names (built on first use).
     */
    /**
     * The officials by the offices they held, looked up with the state ("office|ir") or the
     * surname ("office#putin") as well, since an office such as a foreign minister's has
     * thousands of holders; each list in the order of the directory.
     */
    private Map<String, List<Official>> byOffice(Lexicon lexicon) {
        Map<String, List<Official>> index = byOffice;
        if (index == null) {
            synchronized (this) {
                if (byOffice == null) {
                    Map<String, List<Official>> built = new HashMap<>();
                    for (Official o : all) {
                        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
                        for (Official.Term t : o.terms()) {
                            // A term of no state (an international organization's office) is found by
                            // name, not by state.
                            Office office = officeOf(t.position(), lexicon);
                            if (office != null && !t.state().isEmpty()) {
                                keys.add(office.key() + '|' + t.state());
                            }
                            if (office != null) {
                                surnameOf.get(o).forEach(n -> keys.add(office.key() + '#' + n));
                            }
                        }
                        keys.forEach(k -> built.computeIfAbsent(k, x -> new ArrayList<>()).add(o));
                    }
                    byOffice = built;
                }
                index = byOffice;
            }
        }
        return index;
    }

    private final Map<String, java.util.Optional<Office>> officeCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** The lexicon's office a Wikidata position label names ("Minister of Foreign Affairs, Turkey"), or {@code null}. */
    public Office officeOf(String position, Lexicon lexicon) {
        List<PaddedTitle> titles = titles(lexicon);
        return officeCache.computeIfAbsent(position, p -> java.util.Optional.ofNullable(readOffice(p, lexicon, titles)))
                .orElse(null);
    }

    /** An office title phrase of the lexicon, padded as {@link #padded} pads it. */
    private record PaddedTitle(String office, String phrase) {
    }

    /** The padded titles and the lexicon they are of. */
    private record PaddedTitles(Lexicon of, List<PaddedTitle> titles) {
    }

    private volatile PaddedTitles paddedTitles;

    /**
     * The lexicon's office titles, padded once: every distinct position label of the reference is
     * read against all of them, and padding them again for each label was a tenth of an ingest's
     * CPU at its start. No lock: two threads may both pad them, with the same result. (A lock here
     * deadlocked with the index, which is built under this object's monitor and reads offices.)
     */
    private List<PaddedTitle> titles(Lexicon lexicon) {
        PaddedTitles known = paddedTitles;
        if (known == null || known.of() != lexicon) {
            List<PaddedTitle> all = new ArrayList<>();
            lexicon.officeTitles().forEach((office, phrases) -> phrases.forEach(p -> all.add(new PaddedTitle(office, padded(p)))));
            known = new PaddedTitles(lexicon, List.copyOf(all));
            paddedTitles = known;
        }
        return known.titles();
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Words of an office's name as one string padded with spaces, commas dropped: " minister for foreign affairs european union … ". */
    private static String padded(String name) {
        return " " + SPACES.matcher(PhraseMatcher.normalize(name.replace(',', ' '))).replaceAll(" ").strip() + " ";
    }

    private static Office readOffice(String position, Lexicon lexicon, List<PaddedTitle> titles) {
        String label = padded(position);
        Office best = null;
        int bestLength = 0;
        for (PaddedTitle title : titles) {
            String p = title.phrase();
            int at = label.indexOf(p);
            if (at < 0 || p.length() <= bestLength) {
                continue;
            }
            String before = label.substring(0, at).strip();
            String after = label.substring(at + p.length()).strip().replaceFirst("^of ", "").replaceFirst("^the ", "");
            boolean opens = before.isEmpty() || lexicon.stateOfNameOrAdjective(before) != null
                    || lexicon.organization(before) != null;
            boolean closes = after.isEmpty() || lexicon.state(after) != null;
            if (opens && closes) {
                best = lexicon.offices().get(title.office());
                bestLength = p.length();
            }
        }
        return best;
    }

    static Official parse(Tsv.Row r) {
        List<Official.Term> terms = new ArrayList<>();
        for (String t : r.list("terms")) {
            String[] f = t.split(";", -1);
            if (f.length == 4) {
                terms.add(new Official.Term(f[0], f[1].toUpperCase(Locale.ROOT), blank(f[2]), blank(f[3])));
            }
        }
        return new Official(r.get("qid"), r.get("name"), r.list("states"), terms);
    }

    private static String blank(String s) {
        return s.isBlank() ? null : s;
    }
}
