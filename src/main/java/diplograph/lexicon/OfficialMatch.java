package diplograph.lexicon;

import diplograph.model.Entity;
import diplograph.model.EntityKind;
import diplograph.model.Office;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules by which a person named in the news is one official of a directory (the bundled
 * reference, or an external dataset loaded into the store): the name must match, and what the news
 * says of the person (offices, states, dates) must agree with exactly one official. A wrong link is
 * worse than none: two officials that fit equally well give no link, and a name that only looks
 * alike needs an office or a state to agree as well.
 */
public final class OfficialMatch {

    /** The grounds of a link, strongest first; each is a versioned rule with its confidence. */
    public enum Ground {
        TABLE("link.person_table.v1", 1.0),
        OFFICE_IN_TERM("link.name_office_date.v1", 0.95),
        /** The family name alone, of the one official holding the stated office that day ("Ferdinand Marcos Jr." is "Bongbong Marcos"). */
        FAMILY_NAME_OFFICE_IN_TERM("link.family_name_office_date.v1", 0.85),
        OFFICE("link.name_office.v1", 0.85),
        STATE_IN_TERM("link.name_state_date.v1", 0.85),
        IN_TERM("link.name_date.v1", 0.75),
        NAME("link.name.v1", 0.6);

        public final String rule;
        public final double confidence;

        Ground(String rule, double confidence) {
            this.rule = rule;
            this.confidence = confidence;
        }
    }

    public static final String NOT_IN_REFERENCE = "no official of the reference has this name";
    public static final String ONE_WORD = "only one word of the name is known";
    public static final String NAMESAKES = "several officials of the reference have this name and none fits better";
    public static final String NO_DATE = "the article has no date and states no office the reference gives the official";
    public static final String OUT_OF_TERM = "the official of the reference held no office on the article's date";
    public static final String STATE_DIFFERS = "the article gives the person a state the official of the reference never served";
    public static final String ONLY_ALIKE = "the reference has only a name alike, and the article states no office or state that confirms it";

    /** An office the news gives the person, of a state or organization ({@code of}; {@code null} when the news names none), observed on a day (or {@code null}). */
    public record Stated(Office office, Entity of, LocalDate day) {
    }

    /**
     * The decision: the official and the ground, with what agreed ({@code grounds}) and the stated
     * office it rests on ({@code from}, or {@code null}); or no official and the {@code reason}.
     */
    public record Outcome(Official official, Ground ground, List<String> grounds, Stated from, String reason) {

        public boolean linked() {
            return official != null;
        }

        static Outcome none(String reason) {
            return new Outcome(null, null, List.of(), null, reason);
        }
    }

    private final Lexicon lexicon;
    private final Officials directory;

    public OfficialMatch(Lexicon lexicon, Officials directory) {
        this.lexicon = lexicon;
        this.directory = directory;
    }

    /**
     * Decides who a person is: {@code names} its label first, then the other forms seen;
     * {@code states} the ISO codes of the states the news gives it; {@code days} the dates of the
     * reports that name it.
     */
    public Outcome decide(List<String> names, List<Stated> stated, List<String> states, List<LocalDate> days) {
        List<Official> candidates = named(names);
        boolean alike = false;
        if (candidates.isEmpty()) {
            candidates = namedAlike(names);
            alike = true;
        }
        if (candidates.isEmpty()) {
            // "Bolivian leader Eva Morales": a letter off, which only the state or the office can confirm.
            candidates = lookUp(names, n -> directory.namedNearly(n, lexicon));
        } else if (alike) {
            // "Kuwait's Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah": the names alike are his
            // family's; a name a letter off whose office agrees is the one meant.
            Outcome among = choose(candidates, true, names, stated, states, days);
            if (among.linked()) {
                return among;
            }
            Outcome nearly = choose(lookUp(names, n -> directory.namedNearly(n, lexicon)), true, names, stated, states, days);
            return nearly.linked() ? nearly : among;
        }
        if (candidates.isEmpty() && !names.get(0).strip().contains(" ")) {
            // "Jordan's King Abdullah": a monarch without the ordinal, when the office or the state agrees.
            Outcome monarch = choose(lookUp(names, directory::regnal), true, names, stated, states, days);
            if (monarch.linked()) {
                return monarch;
            }
        }
        if (candidates.isEmpty() && names.get(0).strip().contains(" ")) {
            Outcome holder = holderOfFamilyName(names.get(0), stated);
            if (holder != null) {
                return holder;
            }
        }
        if (candidates.isEmpty()) {
            return Outcome.none(names.get(0).strip().contains(" ") ? NOT_IN_REFERENCE : ONE_WORD);
        }
        return choose(candidates, alike, names, stated, states, days);
    }

    /**
     * A name the reference does not know, given an office of a state on a day: the one official
     * who surely held that office that day and shares the name's family name ("President Ferdinand
     * Marcos, Jr." in 2022 is the reference's "Bongbong Marcos"); or null. The reference writes
     * some officials by the name they go by, and news by their legal one, or the other way round.
     */
    private Outcome holderOfFamilyName(String name, List<Stated> stated) {
        List<String> words = NameKey.words(name);
        if (words.size() < 2) {
            return null;
        }
        String family = words.get(words.size() - 1);
        for (Stated h : stated) {
            if (h.of() == null || h.of().kind() != EntityKind.STATE || h.day() == null) {
                continue;
            }
            List<Official> holding = directory.holders(h.office(), h.of(), h.day(), lexicon);
            List<Official> called = directory.holdersCalled(h.office(), family, h.day(), lexicon).stream()
                    .filter(holding::contains).toList();
            if (called.size() == 1) {
                Official o = called.get(0);
                return new Outcome(o, Ground.FAMILY_NAME_OFFICE_IN_TERM, List.of(
                        "name: " + name + " ~ " + o.name() + " (family name)",
                        "office: " + h.office().label() + " of " + h.of().label(),
                        "date: " + h.day() + " in term " + agreeingTerm(o, h.office(), h.of(), h.day())), h, null);
            }
        }
        return null;
    }

    /** The one official of {@code candidates} that fits what the news says best, or why none. */
    private Outcome choose(List<Official> candidates, boolean alike, List<String> names, List<Stated> stated,
                           List<String> states, List<LocalDate> days) {
        if (candidates.isEmpty()) {
            return Outcome.none(NOT_IN_REFERENCE);
        }
        Ground best = null;
        List<Fit> fits = new ArrayList<>();
        for (Official o : candidates) {
            if (!states.isEmpty() && !o.states().isEmpty() && o.states().stream().noneMatch(states::contains)) {
                continue; // the news places them in another state: a namesake
            }
            Fit fit = fit(o, stated, states, days);
            if (fit == null && candidates.size() == 1 && !alike) {
                // One official has the name, and nothing the news says differs.
                fit = new Fit(o, Ground.NAME, List.of(days.isEmpty() ? "no date to check a term against"
                        : "no term covers " + days.get(0)), null);
            }
            boolean sameWords = alike && directory.sameWords(names.get(0), o, lexicon);
            if (fit != null && alike && !sameWords && fit.ground.ordinal() > Ground.STATE_IN_TERM.ordinal()) {
                fit = null; // a name alike is not enough alone: the office or the state must agree too
            }
            if (fit != null) {
                fits.add(fit);
                if (best == null || fit.ground.ordinal() < best.ordinal()) {
                    best = fit.ground;
                }
            }
        }
        Ground top = best;
        List<Fit> strongest = fits.stream().filter(f -> f.ground == top).toList();
        if (strongest.size() == 1) {
            Fit f = strongest.get(0);
            List<String> g = new ArrayList<>();
            g.add("name: " + names.get(0) + (alike ? " ~ " : " = ") + f.official.name()
                    + (candidates.size() > 1 ? " (1 of " + candidates.size() + " namesakes)" : ""));
            g.addAll(f.grounds);
            return new Outcome(f.official, f.ground, g, f.from, null);
        }
        if (strongest.size() > 1 || candidates.size() > 1 && fits.isEmpty()
                && candidates.stream().filter(o -> o.states().isEmpty() || states.isEmpty()
                        || o.states().stream().anyMatch(states::contains)).count() > 1) {
            return Outcome.none(NAMESAKES);
        }
        if (fits.isEmpty() && !states.isEmpty() && candidates.stream()
                .allMatch(o -> !o.states().isEmpty() && o.states().stream().noneMatch(states::contains))) {
            return Outcome.none(STATE_DIFFERS);
        }
        if (alike && fits.isEmpty()) {
            return Outcome.none(ONLY_ALIKE); // ("The poet Mahmud Abbas": not the official, whatever his terms)
        }
        return Outcome.none(days.isEmpty() ? NO_DATE : OUT_OF_TERM);
    }

    /** How one official fits what the news says, or {@code null}. */
    private record Fit(Official official, Ground ground, List<String> grounds, Stated from) {
    }

    private Fit fit(Official o, List<Stated> stated, List<String> states, List<LocalDate> days) {
        Fit officeOnly = null;
        for (Stated h : stated) {
            for (Official.Term t : o.terms()) {
                if (!sameOffice(t, h.office(), h.of())) {
                    continue;
                }
                String office = "office: " + h.office().label() + (h.of() == null ? ", of no state named" : " of " + h.of().label())
                        + " = " + t.position();
                if (h.day() != null && t.covers(h.day())) {
                    return new Fit(o, Ground.OFFICE_IN_TERM, List.of(office, "date: " + h.day() + " in term " + term(t)), h);
                }
                if (officeOnly == null && h.of() != null) {
                    // (An office without its state agrees only within the term: alone it says too little.)
                    officeOnly = new Fit(o, Ground.OFFICE, List.of(office, "term " + term(t)), h);
                }
            }
        }
        if (officeOnly != null) {
            return officeOnly;
        }
        for (LocalDate day : days) {
            for (Official.Term t : o.terms()) {
                if (t.covers(day) && !states.isEmpty() && states.contains(t.state())) {
                    return new Fit(o, Ground.STATE_IN_TERM,
                            List.of("state: " + t.state(), "date: " + day + " in term " + term(t)), null);
                }
            }
        }
        for (LocalDate day : days) {
            for (Official.Term t : o.terms()) {
                if (t.covers(day) && (states.isEmpty() || t.state().isEmpty())) {
                    return new Fit(o, Ground.IN_TERM, List.of("date: " + day + " in term " + term(t)), null);
                }
            }
        }
        return null;
    }

    /** Whether a term is the stated office, of the same state (or of no state, for an organization's post). */
    private boolean sameOffice(Official.Term t, Office office, Entity of) {
        if (!office.equals(directory.officeOf(t.position(), lexicon))) {
            return false;
        }
        if (of == null) {
            return !t.state().isEmpty(); // an office said without its state: any state's, not an organization's
        }
        return of.kind() == EntityKind.STATE ? t.state().equals(of.code()) : t.state().isEmpty();
    }

    /** The term of the official that agrees with an office the news gives them on {@code day}, or {@code null}. */
    public String agreeingTerm(Official o, Office office, Entity of, LocalDate day) {
        for (Official.Term t : o.terms()) {
            if (sameOffice(t, office, of) && (day == null || t.covers(day))) {
                return term(t);
            }
        }
        return null;
    }

    private List<Official> named(List<String> names) {
        // A one-word name is a surname at best: never looked up alone.
        return lookUp(names.stream().filter(n -> n.strip().contains(" ")).toList(), directory::named);
    }

    private List<Official> namedAlike(List<String> names) {
        return lookUp(names, n -> directory.namedAlike(n, lexicon));
    }

    /** The officials any of the names finds, each once, in order of first finding. */
    private static List<Official> lookUp(List<String> names, java.util.function.Function<String, List<Official>> by) {
        Map<String, Official> found = new LinkedHashMap<>();
        for (String n : names) {
            by.apply(n).forEach(o -> found.putIfAbsent(o.qid(), o));
        }
        return List.copyOf(found.values());
    }

    static String term(Official.Term t) {
        return t.position() + (t.state().isEmpty() ? "" : " (" + t.state() + ")") + ", "
                + (t.start() == null ? "?" : t.start()) + " to " + (t.end() == null ? "" : t.end());
    }
}
