package diplograph.extract.fact;

import diplograph.extract.Clauses;
import diplograph.extract.Groups;
import diplograph.extract.Tokens;
import diplograph.extract.mention.ArticleDates;
import diplograph.extract.mention.DateMention;
import diplograph.lexicon.Lexicon;
import diplograph.model.AnalysedArticle;
import diplograph.model.EventKind;
import diplograph.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * When a contact happened: the date of its own sentence (with a parse, of its own clause), else
 * of the sentences that continue its story ("The two ministers signed … on Saturday"), of the
 * sentence a narrative cue ties it to ("Earlier in the day"), of its story's lead (a meeting in
 * the story's place), or the day a later sentence calls today's. Each way has its rule and
 * confidence.
 */
final class EventDates {

    /** A date and how it was found: the rule's suffix after the reading's own ("… .v1") and its confidence. */
    record Dated(LocalDate date, String rule, double confidence) {
    }

    private static final List<String> RELATIVES = List.of("who", "which", "whose", "whom");
    /** How many first sentences make a story's lead when its first paragraph is shorter. */
    private static final int LEAD_SENTENCES = 3;
    /** How many following sentences may continue a story, for its date and its place. */
    private static final int MAX_CONTINUATION = 3;

    private final Lexicon lexicon;

    EventDates(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The date of a contact reported in sentence {@code s} by the phrase at
     * {@code [triggerStart, triggerEnd)}, from its sentence (the dates {@code here} it may read
     * there) or the story around it; null when none.
     *
     * @param clauses the parse when the contact was read from it, {@code anchor} its predicate
     */
    Dated of(AnalysedArticle a, ArticleDates dates, List<DateMention> here, Sentence s, int triggerStart, int triggerEnd,
             Clauses clauses, int anchor) {
        LocalDate date;
        if (clauses != null && anchor >= 0 && clauses.parsed()) {
            List<DateMention> attached = attachedDates(clauses, here, anchor);
            boolean nominal = !Set.of("VERB", "AUX").contains(a.tokens().get(anchor).pos());
            date = !attached.isEmpty() || nominal ? nearestDate(attached, triggerStart)
                    : nearestDate(notOfTheSaying(a, clauses, outsideRelativeClauses(a, here, triggerEnd), anchor),
                    triggerStart);
        } else {
            date = nearestDate(notSaidOn(a, outsideRelativeClauses(a, here, triggerEnd), triggerEnd), triggerStart);
        }
        if (date != null) {
            return new Dated(date, ".v1", 0.9);
        }
        date = continuationDate(a, dates, s, clauses);
        if (date != null) {
            return new Dated(date, ".date_continuation.v1", 0.75);
        }
        date = narrativeDate(a, dates, s);
        return date == null ? null : new Dated(date, ".date_narrative.v1", 0.7);
    }

    /**
     * The sentences after {@code s} that continue its story, each opening with a continuation cue
     * ("The two ministers…", "During the meeting…"), up to the first that does not.
     */
    static List<Sentence> continuing(Lexicon lexicon, AnalysedArticle a, Sentence s) {
        List<Sentence> chain = new ArrayList<>();
        for (int k = s.index() + 1; k < a.sentences().size() && k <= s.index() + MAX_CONTINUATION; k++) {
            Sentence next = a.sentences().get(k);
            if (Groups.at(lexicon, a, next.tokens().start()) == null) {
                break;
            }
            chain.add(next);
        }
        return chain;
    }

    /** The day the story's lead reports, for a meeting in the story's place. */
    Dated lead(AnalysedArticle a, ArticleDates dates) {
        LocalDate date = leadDate(a, dates);
        return date == null ? null : new Dated(date, ".date_lead.v1", 0.6);
    }

    /** The day a later sentence calls today's, for an in-person contact. */
    Dated todaysContact(AnalysedArticle a, ArticleDates dates, Sentence s) {
        LocalDate date = todaysDate(a, dates, s);
        return date == null ? null : new Dated(date, ".date_today.v1", 0.6);
    }

    /**
     * The day of an undated in-person contact that the article itself calls today's, in a later
     * sentence ("today's talks", "I am glad we could meet today"): a sentence with an in-person
     * contact noun or verb and "today". Once: the first such sentence after the event's.
     */
    private LocalDate todaysDate(AnalysedArticle a, ArticleDates dates, Sentence s) {
        String text = a.article().text();
        for (int k = s.index() + 1; k < a.sentences().size(); k++) {
            Sentence later = a.sentences().get(k);
            LocalDate today = null;
            for (DateMention d : dates.in(later)) {
                if (d.date() != null && Tokens.isAny(a.tokens(), d.start(), List.of("today", "Today"))) {
                    today = d.date();
                }
            }
            if (today == null) {
                continue;
            }
            for (int i = later.tokens().start(); i < later.tokens().end(); i++) {
                var noun = lexicon.contactNouns().matchAt(a.tokens(), i, text);
                var verb = lexicon.triggers().matchAt(a.tokens(), i, text);
                EventKind found = noun != null ? noun.value() : verb != null ? verb.value() : null;
                if (found == EventKind.MEETING || found == EventKind.TALKS) {
                    return today;
                }
            }
        }
        return null;
    }

    /** Nouns of a span of time: "later in the day" is a day's, not an occasion's. */
    private static final Set<String> TIME_NOUNS = Set.of("day", "morning", "afternoon", "evening", "night", "week",
            "weekend", "month", "year");

    /**
     * The occasion a cue places the event in, when it names one: "broadcast" in "later in the
     * broadcast", "conference" in "earlier during the conference"; null for a span of time ("later
     * in the day") or no such phrase.
     */
    private static String occasion(AnalysedArticle a, int afterCue) {
        var t = a.tokens();
        if (!Tokens.isAny(t, afterCue, List.of("in", "during")) || !Tokens.is(t, afterCue + 1, "the")) {
            return null;
        }
        int noun = afterCue + 2;
        while (noun < t.size() && t.get(noun).pos().equals("ADJ")) {
            noun++;
        }
        if (noun >= t.size() || !t.get(noun).pos().equals("NOUN")) {
            return null;
        }
        String word = t.get(noun).text().toLowerCase(java.util.Locale.ROOT);
        return TIME_NOUNS.contains(word) ? null : word;
    }

    /** The first date of the article's lead paragraph. */
    private LocalDate leadDate(AnalysedArticle a, ArticleDates dates) {
        for (Sentence s : a.sentences()) {
            // The lead paragraph, or a broadcast's first sentences when its lead is one line long.
            if (s.paragraph() > 0 && s.index() >= LEAD_SENTENCES) {
                break;
            }
            for (DateMention d : dates.in(s)) {
                // A day ahead ("on Monday they will travel") is not the day the lead reports.
                LocalDate published = a.article().published();
                if (d.date() != null && (published == null || !d.date().isAfter(published))) {
                    return d.date();
                }
            }
        }
        return null;
    }

    /**
     * The dates that are not inside a relative clause after the event phrase: "…with Angela
     * Merkel, who completed her term of office on December 8" dates her term, not the call.
     */
    private static List<DateMention> outsideRelativeClauses(AnalysedArticle a, List<DateMention> found, int after) {
        List<DateMention> kept = new ArrayList<>();
        for (DateMention d : found) {
            boolean relative = false;
            for (int i = after; i < d.start() && !relative; i++) {
                relative = Tokens.isAny(a.tokens(), i, RELATIVES) && Tokens.is(a.tokens(), i - 1, ",");
            }
            if (!relative) {
                kept.add(d);
            }
        }
        return kept;
    }

    /**
     * The dates the parse attaches to a contact's predicate or to the clauses it continues: the
     * predicate, the verb a contact noun is the object or oblique of, and up through coordinated,
     * adverbial and infinitive clauses ("On Tuesday, A attended … after holding talks").
     */
    private static List<DateMention> attachedDates(Clauses c, List<DateMention> found, int anchor) {
        Set<Integer> spine = new java.util.HashSet<>();
        int k = anchor;
        spine.add(k);
        String rel = c.relation(k);
        if ((rel.equals("obl") || rel.equals("obj") || rel.equals("nsubj") || rel.equals("nmod")) && c.head(k) >= 0) {
            k = c.head(k);
            spine.add(k);
        }
        while (c.head(k) >= 0 && Set.of("conj", "advcl", "xcomp").contains(c.relation(k))) {
            k = c.head(k);
            spine.add(k);
        }
        List<DateMention> attached = new ArrayList<>();
        for (DateMention d : found) {
            int h = c.headOf(d.start(), d.end());
            if (h >= 0 && (spine.contains(c.head(h)) || spine.contains(h))) {
                attached.add(d);
            }
        }
        return attached;
    }

    /**
     * The dates the parse does not put on a verb of speech other than the contact's own: "A and B
     * have held talks on the sidelines of …, Seoul's foreign ministry said Friday" — Friday is
     * when it was said, not when they talked.
     */
    private List<DateMention> notOfTheSaying(AnalysedArticle a, Clauses c, List<DateMention> found, int anchor) {
        List<DateMention> kept = new ArrayList<>();
        for (DateMention d : found) {
            int h = c.headOf(d.start(), d.end());
            int governor = h >= 0 ? c.head(h) : -1;
            if (governor >= 0 && governor != anchor && c.parsed(governor)
                    && lexicon.speechVerbs().matchAt(a.tokens(), governor, a.article().text()) != null) {
                continue;
            }
            kept.add(d);
        }
        return kept;
    }

    /**
     * Without a parse, the same by the words: a date right after a verb of speech that follows the
     * contact ("…, the ministry said Friday", "… told reporters on Friday" is the saying's).
     */
    private List<DateMention> notSaidOn(AnalysedArticle a, List<DateMention> found, int triggerEnd) {
        List<DateMention> kept = new ArrayList<>();
        for (DateMention d : found) {
            int k = d.start() - 1;
            if (Tokens.is(a.tokens(), k, "on")) {
                k--;
            }
            if (k >= triggerEnd && lexicon.speechVerbs().matchAt(a.tokens(), k, a.article().text()) != null) {
                continue;
            }
            kept.add(d);
        }
        return kept;
    }

    private static LocalDate nearestDate(List<DateMention> found, int token) {
        DateMention best = null;
        for (DateMention d : found) {
            if (d.date() != null && (best == null
                    || Math.abs(d.start() - token) < Math.abs(best.start() - token))) {
                best = d;
            }
        }
        return best == null ? null : best.date();
    }

    /**
     * The first date in the sentences that continue this one's story: each opens with a
     * continuation cue of the lexicon ("The two ministers…", "The agreement, signed on Saturday…").
     */
    private LocalDate continuationDate(AnalysedArticle a, ArticleDates dates, Sentence s, Clauses clauses) {
        for (Sentence next : continuing(lexicon, a, s)) {
            // With a parse, the date of the continuing clause itself, not of a phrase inside it.
            int root = clauses == null || !clauses.parsed() ? -1 : clauses.headOf(next.tokens().start(), next.tokens().end());
            // "The discussions are set to continue Monday": a later day, not this contact's. Only a
            // cue up to the main verb speaks of it ("The two ministers signed … to strengthen" does not).
            int lastCue = root >= 0 ? root : firstVerb(a, next);
            if (lexicon.modalities().findAll(a.tokens(), next.tokens().start(), next.tokens().end(), a.article().text())
                    .stream().anyMatch(m -> m.start() <= lastCue)) {
                return null;
            }
            List<DateMention> candidates = root < 0 ? dates.in(next) : attachedDates(clauses, dates.in(next), root);
            LocalDate d = nearestDate(candidates, next.tokens().start());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The first verb of the sentence (its main verb, as a rule, when no parse says so), or its end. */
    private static int firstVerb(AnalysedArticle a, Sentence s) {
        for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
            if (a.tokens().get(i).pos().equals("VERB")) {
                return i;
            }
        }
        return s.tokens().end();
    }

    /**
     * The date of the closest earlier dated sentence, when this one says it happened the same day
     * ("Earlier in the day, …", "Later, …").
     */
    private LocalDate narrativeDate(AnalysedArticle a, ArticleDates dates, Sentence s) {
        var cues = lexicon.narrativeCues().findAll(a.tokens(), s.tokens().start(), s.tokens().end(), a.article().text());
        if (cues.isEmpty()) {
            return null;
        }
        String occasion = occasion(a, cues.get(0).end());
        if (occasion != null) {
            // "later in the broadcast": the day of the sentence that tells of the broadcast, if it gives one.
            for (int k = s.index() - 1; k >= 0; k--) {
                Sentence before = a.sentences().get(k);
                if (Tokens.anyOf(a.tokens(), before.tokens().start(), before.tokens().end(), List.of(occasion))) {
                    return nearestDate(dates.in(before), before.tokens().end());
                }
            }
            return null;
        }
        for (int k = s.index() - 1; k >= 0; k--) {
            Sentence before = a.sentences().get(k);
            LocalDate d = nearestDate(dates.in(before), before.tokens().end());
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
