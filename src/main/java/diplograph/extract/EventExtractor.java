package diplograph.extract;

import diplograph.lexicon.Lexicon;
import diplograph.lexicon.PhraseMatcher;
import diplograph.model.AnalysedArticle;
import diplograph.model.Diagnostic;
import diplograph.model.Entity;
import diplograph.model.Event;
import diplograph.model.EventKind;
import diplograph.model.Evidence;
import diplograph.model.Sentence;
import diplograph.model.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads meetings, calls, visits and talks between persons from event phrases of the lexicon:
 * the persons of the subject ("A and B held a telephone conversation") and of the object right
 * after the phrase ("A met with B"). Phrases under a modality cue ("to meet", "will meet", "did
 * not meet") are left out with a diagnostic. Dates come from the sentence, else from the story's
 * continuation; places from the sentence, else (for meetings) from the dateline.
 */
final class EventExtractor {

    /** How far back from the phrase the subject may end, and modality cues are looked for. */
    private static final int SUBJECT_GAP = 3;
    /** How many small words ("the", "visiting") may stand between the phrase and its object. */
    private static final int OBJECT_GAP = 4;
    /** How many following sentences may continue a story for date inference. */
    private static final int MAX_CONTINUATION = 3;

    private final Lexicon lexicon;
    private final PlaceFinder places;

    EventExtractor(Lexicon lexicon, PlaceFinder places) {
        this.lexicon = lexicon;
        this.places = places;
    }

    List<Event> extract(AnalysedArticle a, ArticleDates dates, List<PersonResolver.Resolved> persons,
                        Entity datelinePlace,
                        List<Diagnostic> diagnostics) {
        List<Event> events = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<PersonResolver.Resolved> here = persons.stream()
                    .filter(p -> p.mention().sentence() == s.index()).toList();
            int end = s.tokens().end();
            for (var trigger : lexicon.triggers().findAll(a.tokens(), s.tokens().start(), end, a.article().text())) {
                if (insidePerson(here, trigger.start())) {
                    continue;
                }
                List<PersonResolver.Resolved> subject = subject(a, here, trigger.start());
                Lexicon.Modality modality = modality(a, subject, trigger.start(), s);
                Set<Entity> participants = new LinkedHashSet<>();
                subject.forEach(r -> participants.add(r.person()));
                if (subject.isEmpty() && pluralSubject(a, s, trigger.start())) {
                    // "…, as the two leaders met": the persons named before, or of the event before.
                    here.stream().filter(r -> r.mention().end() <= trigger.start()).forEach(r -> participants.add(r.person()));
                    if (participants.size() < 2) {
                        participants.clear();
                        participants.addAll(Salience.participantsBefore(events, s.index()));
                    }
                }
                boolean[] skippable = skippable(a, dates, s);
                object(a, here, trigger.end(), end, skippable).forEach(r -> participants.add(r.person()));
                if (participants.size() < 2) {
                    continue;
                }
                if (modality != null) {
                    diagnostics.add(new Diagnostic("event." + modality.name().toLowerCase(java.util.Locale.ROOT),
                            "not reported as happened: " + s.span().coveredText(a.article().text()), s.span()));
                    continue;
                }
                events.add(event(a, dates, s, trigger, List.copyOf(participants), datelinePlace));
            }
            Event opening = openingEvent(a, dates, s, here, datelinePlace);
            if (opening != null) {
                events.add(opening);
            }
        }
        return merge(events);
    }

    private Event event(AnalysedArticle a, ArticleDates dates, Sentence s, PhraseMatcher.Match<EventKind> trigger,
                        List<Entity> participants, Entity datelinePlace) {
        String rule = "event.trigger.v1";
        double confidence = 0.9;
        LocalDate date = nearestDate(dates.in(s), trigger.start());
        if (date == null) {
            date = continuationDate(a, dates, s);
            if (date != null) {
                rule = "event.trigger.date_continuation.v1";
                confidence = 0.75;
            }
        }
        if (date == null) {
            date = narrativeDate(a, dates, s);
            if (date != null) {
                rule = "event.trigger.date_narrative.v1";
                confidence = 0.7;
            }
        }
        EventKind kind = trigger.value();
        Entity place = places.placeIn(a, s, trigger.end());
        if (place == null && (kind == EventKind.MEETING || kind == EventKind.TALKS)) {
            place = datelinePlace;
        }
        if (date == null && place != null && place.equals(datelinePlace)
                && (kind == EventKind.MEETING || kind == EventKind.TALKS)) {
            // A meeting in the dateline's city, undated in its story: the day the lead reports.
            date = leadDate(a, dates);
            if (date != null) {
                rule = "event.trigger.date_lead.v1";
                confidence = 0.6;
            }
        }
        return new Event(kind, participants, date, place, new Evidence(s.index(), s.span(), rule, confidence));
    }

    /**
     * "In a telephone call on Tuesday, A and B discussed…": an event phrase opening the sentence,
     * whose participants are the persons of the subject after the comma.
     */
    private Event openingEvent(AnalysedArticle a, ArticleDates dates, Sentence s, List<PersonResolver.Resolved> here,
                               Entity dateline) {
        var opener = lexicon.eventNouns().matchAt(a.tokens(), s.tokens().start(), a.article().text());
        if (opener == null) {
            return null;
        }
        int comma = opener.end();
        while (comma < s.tokens().end() && !Tokens.is(a.tokens(), comma, ",")) {
            comma++;
        }
        List<PersonResolver.Resolved> subject = object(a, here, comma + 1, s.tokens().end(), new boolean[a.tokens().size()]);
        Set<Entity> participants = new LinkedHashSet<>();
        subject.forEach(r -> participants.add(r.person()));
        if (participants.size() < 2) {
            return null;
        }
        PhraseMatcher.Match<EventKind> trigger = new PhraseMatcher.Match<>(opener.start(), opener.end(), opener.phrase(),
                opener.value());
        Event e = event(a, dates, s, trigger, List.copyOf(participants), dateline);
        return new Event(e.kind(), e.participants(), e.date(), e.place(),
                new Evidence(s.index(), s.span(), "event.opening_phrase.v1", 0.85));
    }

    /** "the two leaders", "both sides" just before the event phrase. */
    private boolean pluralSubject(AnalysedArticle a, Sentence s, int trigger) {
        for (int i = Math.max(s.tokens().start(), trigger - SUBJECT_GAP - 2); i < trigger; i++) {
            var m = lexicon.continuations().matchAt(a.tokens(), i, a.article().text());
            if (m != null && m.value().equals("participants") && m.end() <= trigger && trigger - m.end() <= SUBJECT_GAP) {
                return true;
            }
        }
        return false;
    }

    /** Tokens that may stand between an event phrase and its object: dates ("spoke by phone today with"). */
    private boolean[] skippable(AnalysedArticle a, ArticleDates dates, Sentence s) {
        boolean[] skip = new boolean[a.tokens().size()];
        for (DateMention d : dates.in(s)) {
            for (int i = d.start(); i < d.end(); i++) {
                skip[i] = true;
            }
            if (Tokens.is(a.tokens(), d.start() - 1, "on")) {
                skip[d.start() - 1] = true;
            }
        }
        return skip;
    }

    /** The first date of the article's lead paragraph. */
    private LocalDate leadDate(AnalysedArticle a, ArticleDates dates) {
        for (Sentence s : a.sentences()) {
            if (s.paragraph() > 0) {
                break;
            }
            for (DateMention d : dates.in(s)) {
                if (d.date() != null) {
                    return d.date();
                }
            }
        }
        return null;
    }

    private static boolean insidePerson(List<PersonResolver.Resolved> here, int token) {
        return here.stream().anyMatch(r -> r.mention().start() <= token && token < r.mention().end());
    }

    /** The persons ending just before the phrase, with those joined to them by "and" or ",". */
    private static List<PersonResolver.Resolved> subject(AnalysedArticle a, List<PersonResolver.Resolved> here,
                                                         int trigger) {
        List<PersonResolver.Resolved> subject = new ArrayList<>();
        int limit = trigger;
        for (int k = here.size() - 1; k >= 0; k--) {
            PersonResolver.Resolved r = here.get(k);
            if (r.mention().end() > limit) {
                continue;
            }
            int gap = limit - r.mention().end();
            // An apposition ("Name, Hungary's Foreign Minister, met") may close with one comma.
            int from = r.mention().end() + (Tokens.is(a.tokens(), r.mention().end(), ",")
                    && hasComma(a, r.mention()) ? 1 : 0);
            boolean joined = subject.isEmpty() ? gap <= SUBJECT_GAP && !hasPunctuation(a, from, limit)
                    : gap == 1 && Tokens.isAny(a.tokens(), r.mention().end(), List.of("and", ","));
            if (!joined) {
                break;
            }
            subject.add(0, r);
            limit = r.mention().start();
        }
        return subject;
    }

    /** The person right after the phrase, and those joined to it by "and". */
    private static List<PersonResolver.Resolved> object(AnalysedArticle a, List<PersonResolver.Resolved> here,
                                                        int from, int end, boolean[] skippable) {
        List<PersonResolver.Resolved> object = new ArrayList<>();
        int next = from;
        for (PersonResolver.Resolved r : here) {
            if (r.mention().start() < next) {
                continue;
            }
            int gap = r.mention().start() - next;
            boolean joined = object.isEmpty() ? gap <= OBJECT_GAP && smallWords(a, next, r.mention().start(), skippable)
                    : gap == 1 && Tokens.is(a.tokens(), next, "and");
            if (!joined) {
                break;
            }
            object.add(r);
            next = r.mention().end();
        }
        return object;
    }

    private static boolean smallWords(AnalysedArticle a, int from, int to, boolean[] skippable) {
        for (int i = from; i < to; i++) {
            Token t = a.tokens().get(i);
            if (skippable[i]) {
                continue;
            }
            // "met with", "received the visiting", "was received by".
            if (!(t.pos().equals("DET") || t.pos().equals("ADJ") || t.pos().equals("ADV")
                    || t.text().equalsIgnoreCase("with") || t.text().equalsIgnoreCase("by"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasComma(AnalysedArticle a, PersonMention m) {
        for (int i = m.start(); i < m.end(); i++) {
            if (Tokens.is(a.tokens(), i, ",")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPunctuation(AnalysedArticle a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a.tokens().get(i).pos().equals("PUNCT")) {
                return true;
            }
        }
        return false;
    }

    /** A modality cue between the subject (or the sentence start) and the phrase. */
    private Lexicon.Modality modality(AnalysedArticle a, List<PersonResolver.Resolved> subject, int trigger,
                                      Sentence s) {
        int from = subject.isEmpty() ? Math.max(s.tokens().start(), trigger - SUBJECT_GAP)
                : subject.get(subject.size() - 1).mention().end();
        for (var cue : lexicon.modalities().findAll(a.tokens(), from, trigger, a.article().text())) {
            return cue.value();
        }
        return null;
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
    private LocalDate continuationDate(AnalysedArticle a, ArticleDates dates, Sentence s) {
        for (int k = s.index() + 1; k < a.sentences().size() && k <= s.index() + MAX_CONTINUATION; k++) {
            Sentence next = a.sentences().get(k);
            if (lexicon.continuations().matchAt(a.tokens(), next.tokens().start(), a.article().text()) == null) {
                return null;
            }
            LocalDate d = nearestDate(dates.in(next), next.tokens().start());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * The date of the closest earlier dated sentence, when this one says it happened the same day
     * ("Earlier in the day, …", "Later, …").
     */
    private LocalDate narrativeDate(AnalysedArticle a, ArticleDates dates, Sentence s) {
        if (lexicon.narrativeCues().findAll(a.tokens(), s.tokens().start(), s.tokens().end(), a.article().text())
                .isEmpty()) {
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

    /** One event per kind, participant set and date: the first report wins. */
    private static List<Event> merge(List<Event> events) {
        List<Event> kept = new ArrayList<>();
        for (Event e : events) {
            boolean seen = kept.stream().anyMatch(k -> k.kind() == e.kind()
                    && Set.copyOf(k.participants()).equals(Set.copyOf(e.participants()))
                    && (k.date() == null || e.date() == null || k.date().equals(e.date())));
            if (!seen) {
                kept.add(e);
            }
        }
        return kept;
    }
}
