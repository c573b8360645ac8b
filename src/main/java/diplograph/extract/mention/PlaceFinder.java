package diplograph.extract.mention;

import diplograph.extract.Tokens;
import diplograph.lexicon.Lexicon;
import diplograph.lexicon.PhraseMatcher;
import diplograph.model.AnalysedArticle;
import diplograph.model.Entity;
import diplograph.model.Sentence;
import java.util.List;

/** Finds where things happen: a gazetteer place after "in" or "at" in a sentence. */
public final class PlaceFinder {

    private static final List<String> PREPOSITIONS = List.of("in", "at");

    private final Lexicon lexicon;

    public PlaceFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Where a story without a dateline is told from, as its lead says: the place after a reporting
     * cue of its first paragraph ("VOA's Paula Wolfson reports from Sydney"), else the first place
     * its first sentence puts something in ("China's premier, Wen Jiabao, is in Tokyo"); null.
     */
    public Entity leadPlace(AnalysedArticle a) {
        List<Sentence> lead = a.sentences().stream().filter(s -> s.paragraph() == a.sentences().get(0).paragraph())
                .limit(3).toList();
        for (Sentence s : lead) {
            for (var cue : lexicon.reportingCues().findAll(a.tokens(), s.tokens().start(), s.tokens().end(), a.article().text())) {
                // "reports from Sydney", "reports from the VOA bureau in Jerusalem".
                for (int k = cue.end(); k < Math.min(s.tokens().end(), cue.end() + 6); k++) {
                    Entity place = k == cue.end() || Tokens.isAny(a.tokens(), k - 1, LEAD_PREPOSITIONS)
                            ? placeAt(a, k, s.tokens().end()) : null;
                    if (place != null) {
                        return place;
                    }
                }
            }
        }
        if (lead.isEmpty()) {
            return null;
        }
        // "… is in Tokyo", "during her Sunday visit to Tbilisi, Georgia": where the lead puts or takes its subject.
        Sentence first = lead.get(0);
        int end = otherClauseAt(a.tokens(), first.tokens().start() + 1, first.tokens().end());
        for (int i = first.tokens().start(); i + 1 < end; i++) {
            if (Tokens.isAny(a.tokens(), i, LEAD_PREPOSITIONS)) {
                Entity place = placeAt(a, i + 1, end);
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }

    private static final List<String> LEAD_PREPOSITIONS = List.of("in", "at", "to");

    /** Words that open a clause of another time or of a cause or concession. */
    private static final List<String> OTHER_CLAUSES = List.of("since", "because", "although", "though", "whereas", "unless");

    /** Tags of the word that opens a clause's own subject: "since Hassan", "since the minister", "because he". */
    private static final java.util.Set<String> SUBJECT_TAGS = java.util.Set.of("DET", "PRON", "PROPN");

    /**
     * Where the story of tokens from {@code from} stops telling where it happens: at the first word
     * opening a clause of another time or of a cause with a subject of its own ("their first meeting
     * since Hassan took office in Dodoma": Dodoma is where that happened), else {@code end}. A clause
     * without one ("his first appearance since stepping down as PM yesterday at a speech in Calgary")
     * is too short to tell where it ends, and stops nothing.
     */
    public static int otherClauseAt(List<diplograph.model.Token> t, int from, int end) {
        for (int k = from; k + 1 < end; k++) {
            if (Tokens.isAny(t, k, OTHER_CLAUSES) && SUBJECT_TAGS.contains(t.get(k + 1).pos())) {
                return k;
            }
        }
        return end;
    }

    /**
     * The place at token {@code i}: a gazetteer place, or a state's capital named by the state
     * ("the North Korean capital", "the Japanese capital", "Ethiopia's capital").
     */
    public Entity placeAt(AnalysedArticle a, int i, int end) {
        var t = a.tokens();
        PhraseMatcher.Match<Entity> m = lexicon.places().matchAt(t, i, a.article().text());
        if (m != null && t.get(i).isCapitalized() && !nameGoesOn(t, m.end(), end)) {
            return m.value();
        }
        Entity folded = foldedAt(a, i, end);
        if (folded != null) {
            return folded;
        }
        int j = Tokens.is(t, i, "the") ? i + 1 : i;
        if (j > i && Tokens.is(t, j, "capital")) {
            // "in the capital Riyadh", "in the capital city, Abuja": the city named in apposition.
            int k = Tokens.is(t, j + 1, "city") ? j + 2 : j + 1;
            k = Tokens.is(t, k, ",") ? k + 1 : k;
            PhraseMatcher.Match<Entity> city = k < end ? lexicon.places().matchAt(t, k, a.article().text()) : null;
            if (city != null && t.get(k).isCapitalized() && !nameGoesOn(t, city.end(), end)) {
                return city.value();
            }
        }
        PhraseMatcher.Match<Entity> state = lexicon.stateAdjectives().matchAt(t, j, a.article().text());
        int after = state == null ? -1 : state.end();
        if (state == null) {
            state = lexicon.stateNames().matchAt(t, j, a.article().text());
            after = state != null && Tokens.isPossessive(t, state.end()) ? state.end() + 1 : -1;
        }
        if (state != null && after > 0 && Tokens.is(t, after, "capital") && after < end) {
            return lexicon.capitalOf(state.value());
        }
        return null;
    }

    /** Longest name in words, the gazetteer's included ("Hồ Chí Minh City" is four). */
    private static final int MAX_NAME_WORDS = 4;

    /**
     * A gazetteer place written with other diacritics or spacing ("in Hà Nội", "in Bogota"): the
     * longest run of capitalised words from {@code i} whose folded form names one, the run not going
     * on into a longer name.
     */
    private Entity foldedAt(AnalysedArticle a, int i, int end) {
        var t = a.tokens();
        Entity found = null;
        StringBuilder words = new StringBuilder();
        for (int k = i; k < Math.min(end, i + MAX_NAME_WORDS); k++) {
            String w = t.get(k).text();
            if (!t.get(k).isCapitalized() || !Character.isLetter(w.charAt(0))) {
                break;
            }
            words.append(' ').append(w);
            Entity place = lexicon.placeFolded(words.toString());
            if (place != null && !nameGoesOn(t, k + 1, end)) {
                found = place;
            }
        }
        return found;
    }

    /** The first place after a preposition at or after token {@code from}, else the first in the sentence. */
    public Entity placeIn(AnalysedArticle a, Sentence s, int from) {
        return placeIn(a, s, from, s.tokens().end());
    }

    /** As {@link #placeIn(AnalysedArticle, Sentence, int)}, within the sentence's tokens before {@code to}. */
    public Entity placeIn(AnalysedArticle a, Sentence s, int from, int to) {
        int end = Math.min(to, s.tokens().end());
        Entity after = firstBetween(a, Math.max(from, s.tokens().start()), end);
        return after != null ? after : firstBetween(a, s.tokens().start(), end);
    }

    /** Day and month names, which may follow a place without continuing its name ("in Geneva Tuesday"). */
    private static final java.util.Set<String> CALENDAR = java.util.stream.Stream.concat(
            java.util.Arrays.stream(java.time.DayOfWeek.values()).map(d -> d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)),
            java.util.Arrays.stream(java.time.Month.values()).map(m -> m.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether a capitalised word after a place's name makes it part of another name ("Constantine Palace"). */
    private static boolean nameGoesOn(List<diplograph.model.Token> t, int after, int end) {
        // "Washington, D.C. Deputy Secretary Sherman…": an abbreviation's period ends the name.
        return after < end && !t.get(after - 1).text().endsWith(".") && t.get(after).isCapitalized() && Character.isLetter(t.get(after).text().charAt(0))
                && !CALENDAR.contains(t.get(after).text());
    }

    /** Tokens between a place and the relative "where" that points back to it: "Ankara, on Wednesday, where". */
    private static final int WHERE_REACH = 8;

    /**
     * The place a relative "where" points back to ("visited the capital, Ankara, on Wednesday,
     * where he met …"): the nearest gazetteer place before the comma that opens the clause at
     * {@code where}, or null.
     */
    public Entity placeBeforeWhere(AnalysedArticle a, Sentence s, int where) {
        var t = a.tokens();
        if (!Tokens.is(t, where, "where") || !Tokens.is(t, where - 1, ",")) {
            return null;
        }
        for (int j = where - 2; j >= Math.max(s.tokens().start(), where - 1 - WHERE_REACH); j--) {
            PhraseMatcher.Match<Entity> m = lexicon.places().matchAt(t, j, a.article().text());
            if (m != null && m.end() < where && t.get(j).isCapitalized() && !nameGoesOn(t, m.end(), where)) {
                // "New Delhi, where": the longest name ending there, not its last word.
                for (int k = Math.max(s.tokens().start(), j - 2); k < j; k++) {
                    PhraseMatcher.Match<Entity> longer = lexicon.places().matchAt(t, k, a.article().text());
                    if (longer != null && longer.end() == m.end() && t.get(k).isCapitalized()) {
                        return longer.value();
                    }
                }
                return m.value();
            }
        }
        return null;
    }

    /** The first gazetteer place after "in" or "at" whose preposition stands in {@code [from, to - 1)}. */
    public Entity firstBetween(AnalysedArticle a, int from, int to) {
        var t = a.tokens();
        for (int i = from; i + 1 < to; i++) {
            if (Tokens.isAny(t, i, PREPOSITIONS)) {
                Entity place = placeAt(a, i + 1, to);
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }
}
