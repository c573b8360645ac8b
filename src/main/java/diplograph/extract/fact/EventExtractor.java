package diplograph.extract.fact;

import diplograph.extract.Clauses;
import diplograph.extract.Groups;
import diplograph.extract.Tokens;
import diplograph.extract.mention.ArticleDates;
import diplograph.extract.mention.ContactPhrases;
import diplograph.extract.mention.DateMention;
import diplograph.extract.mention.PersonMention;
import diplograph.extract.mention.PlaceFinder;
import diplograph.extract.resolve.PersonResolver;
import diplograph.extract.resolve.Salience;
import diplograph.lexicon.Lexicon;
import diplograph.lexicon.PhraseMatcher;
import diplograph.model.AnalysedArticle;
import diplograph.model.CharSpan;
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
public final class EventExtractor {

    /** How far back from the phrase the subject may end, and modality cues are looked for. */
    private static final int SUBJECT_GAP = 3;
    /** Tags no word of a place name has; the tagger's other tags on capitalised names ("Munich/PRON") are not trusted. */
    private static final Set<String> FUNCTION_TAGS = Set.of("DET", "ADP", "CCONJ", "SCONJ", "AUX", "PUNCT", "PART");
    /** How many small words ("the", "visiting") may stand between the phrase and its object. */
    private static final int OBJECT_GAP = 4;

    private final Lexicon lexicon;
    private final PlaceFinder places;
    private final ContactArguments arguments;
    private final EventDates eventDates;

    public EventExtractor(Lexicon lexicon, PlaceFinder places) {
        this.lexicon = lexicon;
        this.places = places;
        this.arguments = new ContactArguments(lexicon);
        this.eventDates = new EventDates(lexicon);
    }

    public List<Event> extract(AnalysedArticle a, Clauses clauses, ArticleDates dates, List<PersonResolver.Resolved> persons,
                        List<List<ContactPhrases.Phrase>> contacts, Entity datelinePlace, Salience salience,
                        List<Diagnostic> diagnostics) {
        List<Event> events = new ArrayList<>();
        ContactArguments.Context parse = new ContactArguments.Context(a, clauses, persons, salience);
        DateView view = DateView.of(a, dates);
        for (Sentence s : a.sentences()) {
            List<PersonResolver.Resolved> here = persons.stream()
                    .filter(p -> p.mention().sentence() == s.index()).toList();
            int end = s.tokens().end();
            boolean[] skippable = skippable(a, dates, s);
            List<PersonResolver.Resolved> companions = companions(a, s, here, skippable);
            for (ContactPhrases.Phrase trigger : contacts.get(s.index())) {
                if (insidePerson(here, trigger.start()) || attendsLastContact(a, s, trigger, events)) {
                    continue;
                }
                ContactArguments.Reading reading = arguments.read(parse, trigger, s.index(), events);
                Surface surface = trigger.parseOnly() ? null
                        : surface(a, s, here, trigger, contacts.get(s.index()), skippable, companions, events);
                if (surface == null && (reading == null || reading.participants().size() < 2)) {
                    surface = remarksSpeaker(a, s, here, trigger, skippable, salience);
                }
                if (surface == null) {
                    if (reading != null) {
                        read(a, clauses, view, s, trigger, reading, companions, datelinePlace, events, diagnostics);
                    }
                    continue;
                }
                // Both readings name the participants: the parse adds those the words next to the
                // phrase miss (a list the parse coordinates), the surface those the parse misattaches.
                Set<Entity> participants = new LinkedHashSet<>(surface.participants());
                Lexicon.Modality modality = surface.modality();
                if (reading != null) {
                    participants.addAll(reading.participants());
                    // "A, who arrived here … to firm up relations with …, called on B": right after an
                    // aside the verb is the subject's own; a parse that hangs it on the aside's
                    // infinitive reads a plan where there is none.
                    boolean afterAside = !trigger.between() && asideBefore(a, trigger.start()) >= 0;
                    modality = modality != null || afterAside ? modality : reading.modality();
                }
                if (modality != null) {
                    diagnostics.add(new Diagnostic("event." + modality.name().toLowerCase(java.util.Locale.ROOT),
                            "not reported as happened: " + s.span().coveredText(a.article().text()), s.span()));
                    continue;
                }
                int objectEnd = Math.max(surface.objectEnd(), reading == null ? 0 : reading.last() + 1);
                EventKind kind = kind(a, s, trigger, objectEnd);
                // The rule says which reading named the participants: the words next to the phrase
                // alone, or the parse beside them.
                String rule = participants.size() > surface.participants().size() ? "event.clause" : "event.trigger";
                Set<Entity> subjects = new LinkedHashSet<>(surface.subjects());
                if (reading != null) {
                    subjects.addAll(reading.subjects());
                }
                boolean undecided = undecided(a, s, trigger, objectEnd);
                for (List<Entity> one : separately(a, s, trigger, objectEnd, subjects, participants)) {
                    Event e = event(a, view, s, trigger.start(), trigger.end(), kind, one, datelinePlace, null, -1, rule);
                    events.add(undecided ? toldAgain(e, events) : e);
                }
                Event other = otherChannel(a, view, s, here, trigger, objectEnd, subjects, datelinePlace, rule);
                if (other != null) {
                    events.add(other);
                }
            }
            Event opening = openingEvent(a, view, s, here, datelinePlace, skippable);
            if (opening != null) {
                events.add(opening);
            }
            joinPreviousEvent(a, s, here, skippable, events);
        }
        List<Event> happened = new ArrayList<>();
        for (Event e : events) {
            if (afterPublication(a, e)) {
                diagnostics.add(new Diagnostic("event.planned", "dated after the article: "
                        + e.evidence().span().coveredText(a.article().text()), e.evidence().span()));
            } else {
                happened.add(e);
            }
        }
        return withoutSummaries(merge(happened));
    }

    /**
     * The article's dates as a contact phrase may read them: all of them for a phrase inside a
     * quotation, those outside quotations for one outside (a date in a quotation is the speaker's).
     */
    private record DateView(ArticleDates all, ArticleDates unquoted, List<CharSpan> quotations) {

        static DateView of(AnalysedArticle a, ArticleDates dates) {
            List<CharSpan> quoted = QuoteExtractor.quotations(a);
            return new DateView(dates, dates.outside(quoted, a.tokens()), quoted);
        }

        ArticleDates at(AnalysedArticle a, int token) {
            return quotationAt(a, token) != null ? all : unquoted;
        }

        /**
         * The dates of sentence {@code s} a phrase at {@code token} may read: inside the quotation
         * that holds it, or outside every quotation ("Speaking at a press conference on Monday, he
         * said, “The foreign ministers had a brief meeting …”": Monday is the day of the saying).
         */
        List<DateMention> inSentence(AnalysedArticle a, Sentence s, int token) {
            CharSpan around = quotationAt(a, token);
            return at(a, token).in(s).stream()
                    .filter(d -> java.util.Objects.equals(quotationAt(a, d.start()), around)).toList();
        }

        private CharSpan quotationAt(AnalysedArticle a, int token) {
            int begin = a.tokens().get(token).span().begin();
            return quotations.stream().filter(q -> q.contains(begin)).findFirst().orElse(null);
        }
    }

    /**
     * "A spoke with B by phone and C in person": a second object with a channel of its own, after the
     * first object's channel and "and", is a contact of the subject with it, of its channel's kind;
     * null when the sentence says no such thing.
     */
    private Event otherChannel(AnalysedArticle a, DateView dates, Sentence s, List<PersonResolver.Resolved> here,
                               ContactPhrases.Phrase trigger, int objectEnd, Set<Entity> subjects, Entity datelinePlace,
                               String rule) {
        var first = lexicon.channelCues().matchAt(a.tokens(), objectEnd, a.article().text());
        if (subjects.isEmpty() || first == null || !Tokens.is(a.tokens(), first.end(), "and")) {
            return null;
        }
        for (PersonResolver.Resolved r : here) {
            if (r.mention().start() != first.end() + 1) {
                continue;
            }
            var second = lexicon.channelCues().matchAt(a.tokens(), r.mention().end(), a.article().text());
            if (second == null || second.end() > s.tokens().end()) {
                return null;
            }
            EventKind kind = second.value() == EventKind.MEETING && trigger.inPerson() != null ? trigger.inPerson() : second.value();
            List<Entity> participants = new ArrayList<>(subjects);
            participants.add(r.person());
            return event(a, dates, s, trigger.start(), trigger.end(), kind, List.copyOf(participants), datelinePlace, null, -1, rule);
        }
        return null;
    }

    /** What the words next to a contact phrase say of it: its participants (two at least) and modality. */
    private record Surface(List<Entity> participants, Lexicon.Modality modality, int objectEnd, List<Entity> subjects) {
    }

    /** Words before a contact phrase that may hold a separate cue ("met separately with"), and after its object ("met A and B separately"). */
    private static final int SEPARATE_BEFORE = 3;
    private static final int SEPARATE_AFTER = 2;

    /**
     * The participants as one contact, or, when a separate cue stands at the phrase or just after
     * its object ("met separately with A and B"), one contact of the subjects with each other
     * participant. Without a subject, or with one other participant, they are one contact.
     */
    private List<List<Entity>> separately(AnalysedArticle a, Sentence s, ContactPhrases.Phrase trigger, int objectEnd,
                                          Set<Entity> subjects, Set<Entity> participants) {
        List<Entity> others = participants.stream().filter(p -> !subjects.contains(p)).toList();
        if (subjects.isEmpty() || others.size() < 2) {
            return List.of(List.copyOf(participants));
        }
        int from = Math.max(s.tokens().start(), trigger.start() - SEPARATE_BEFORE);
        int to = Math.min(s.tokens().end(), Math.max(objectEnd, trigger.end()) + SEPARATE_AFTER);
        if (lexicon.separateCues().findAll(a.tokens(), from, to, a.article().text()).isEmpty()) {
            return List.of(List.copyOf(participants));
        }
        List<List<Entity>> each = new ArrayList<>();
        for (Entity other : others) {
            List<Entity> one = new ArrayList<>(subjects);
            one.add(other);
            each.add(List.copyOf(one));
        }
        return each;
    }

    private static final List<String> REMARK_DETERMINERS = List.of("The", "the", "These", "these", "His", "his", "Her", "her");

    /**
     * "President Bush is urging … . The comments came at a joint news conference in Seoul with South
     * Korean President Lee Myung-bak": a contact whose only named participant follows it, in a
     * sentence whose subject is what someone said, has that speaker as its other participant, the
     * subject the sentence before gives (as a pronoun would be read). The nouns are
     * {@code lexicon/remark-nouns.tsv}.
     */
    private Surface remarksSpeaker(AnalysedArticle a, Sentence s, List<PersonResolver.Resolved> here,
                                   ContactPhrases.Phrase trigger, boolean[] skippable, Salience salience) {
        int noun = -1;
        for (int k = s.tokens().start() + 1; k < trigger.start(); k++) {
            if (lexicon.remarkNouns().matchAt(a.tokens(), k, a.article().text()) != null
                    && Tokens.isAny(a.tokens(), k - 1, REMARK_DETERMINERS)) {
                noun = k;
                break;
            }
        }
        // Persons before the remarks may only report them ("VOA's X reports the comments came …").
        int remarks = noun;
        if (noun < 0 || here.stream().anyMatch(r -> r.mention().start() < trigger.start() && r.mention().start() > remarks)
                || here.stream().anyMatch(r -> r.mention().end() <= remarks
                        && lexicon.speechVerbs().matchAt(a.tokens(), r.mention().end(), a.article().text()) == null)) {
            return null;
        }
        List<PersonResolver.Resolved> object = object(a, here, trigger.end(), s.tokens().end(), skippable);
        java.util.Set<Entity> others = here.stream().map(PersonResolver.Resolved::person)
                .collect(java.util.stream.Collectors.toSet());
        Entity speaker = salience.resolve(s.tokens().start(), s.index(), others);
        if (object.size() != 1 || speaker == null || speaker.equals(object.get(0).person())) {
            return null;
        }
        return new Surface(List.of(speaker, object.get(0).person()), null, object.get(0).mention().end(), List.of(speaker));
    }

    /**
     * The participants of a phrase read from the words next to it: the persons ending just before
     * it (or the group "the two leaders" names), the persons listed right after it, the companions
     * of the sentence; null when fewer than two.
     */
    private Surface surface(AnalysedArticle a, Sentence s, List<PersonResolver.Resolved> here, ContactPhrases.Phrase trigger,
                            List<ContactPhrases.Phrase> phrases, boolean[] skippable,
                            List<PersonResolver.Resolved> companions, List<Event> events) {
        int end = s.tokens().end();
        List<PersonResolver.Resolved> subject = trigger.between() ? List.of() : subject(a, here, trigger.start());
        if (!subject.isEmpty() && Tokens.is(a.tokens(), trigger.start() - 1, "and")) {
            // "A called on B and C and held talks with D": B and C are the first verb's objects; the
            // second verb shares its subject, A.
            ContactPhrases.Phrase earlier = null;
            for (ContactPhrases.Phrase p : phrases) {
                if (p.end() <= subject.get(0).mention().start() && !p.between()) {
                    earlier = p;
                }
            }
            if (earlier != null) {
                subject = subject(a, here, earlier.start());
            }
        }
        if (subject.isEmpty() && trigger.ownerFirst()) {
            // "Vladimir Putin discussed … during his telephone conversations with B and C".
            subject = here.stream().filter(r -> r.mention().start() == s.tokens().start()
                    && r.mention().end() <= trigger.start()).limit(1).toList();
        }
        Lexicon.Modality modality = modality(a, subject, trigger, s);
        Set<Entity> participants = new LinkedHashSet<>();
        subject.forEach(r -> participants.add(r.person()));
        if (subject.isEmpty() && !trigger.between() && pluralSubject(a, s, trigger.start())) {
            // "…, as the two leaders met": the persons named before, or of the event before.
            here.stream().filter(r -> r.mention().end() <= trigger.start()).forEach(r -> participants.add(r.person()));
            if (participants.size() < 2) {
                participants.clear();
                participants.addAll(Salience.participantsBefore(events, s.index()));
            }
        }
        List<PersonResolver.Resolved> object = object(a, here, trigger.end(), end, skippable);
        object.forEach(r -> participants.add(r.person()));
        companions.forEach(r -> participants.add(r.person()));
        if (participants.size() < 2) {
            return null;
        }
        if (modality == null && trigger.between()) {
            // "Talks between A and B will be held next week": the cue follows the participants.
            int after = object.isEmpty() ? trigger.end() : object.get(object.size() - 1).mention().end();
            for (var cue : lexicon.modalities().findAll(a.tokens(), after, Math.min(end, after + 6), a.article().text())) {
                modality = cue.value();
                break;
            }
        }
        int objectEnd = object.isEmpty() ? trigger.end() : object.get(object.size() - 1).mention().end();
        if (modality == null) {
            // "… when they meet next weekend for their first summit": a time ahead places it later.
            modality = futureAfter(a, objectEnd, end);
        }
        return new Surface(List.copyOf(participants), modality, objectEnd,
                subject.stream().map(PersonResolver.Resolved::person).toList());
    }

    /**
     * The contact as the parse reads it, when it names two participants at least (or a ceremony
     * with each of several persons): added to {@code events}, or left out with a diagnostic when
     * the parse puts it under a modality. False when the parse names too few, so the surface
     * reading is tried.
     */
    private boolean read(AnalysedArticle a, Clauses clauses, DateView dates, Sentence s, ContactPhrases.Phrase trigger,
                         ContactArguments.Reading reading, List<PersonResolver.Resolved> companions, Entity datelinePlace,
                         List<Event> events, List<Diagnostic> diagnostics) {
        Set<Entity> participants = new LinkedHashSet<>(reading.participants());
        companions.forEach(r -> participants.add(r.person()));
        boolean each = !reading.each().isEmpty() && !reading.subjects().isEmpty();
        if (participants.size() < 2 && !each) {
            return false;
        }
        if (reading.modality() != null) {
            diagnostics.add(new Diagnostic("event." + reading.modality().name().toLowerCase(java.util.Locale.ROOT),
                    "not reported as happened: " + s.span().coveredText(a.article().text()), s.span()));
            return true;
        }
        EventKind kind = kind(a, s, trigger, reading.last() + 1);
        if (each) {
            // "received the credentials of the ambassadors of A and B": one contact with each.
            for (Entity one : reading.each()) {
                Set<Entity> pair = new LinkedHashSet<>(participants);
                pair.add(one);
                events.add(event(a, dates, s, trigger.start(), trigger.end(), kind, List.copyOf(pair), datelinePlace,
                        clauses, reading.anchor(), "event.clause"));
            }
        } else {
            boolean undecided = undecided(a, s, trigger, reading.last() + 1);
            for (List<Entity> one : separately(a, s, trigger, reading.last() + 1, new LinkedHashSet<>(reading.subjects()),
                    participants)) {
                Event e = event(a, dates, s, trigger.start(), trigger.end(), kind, one, datelinePlace,
                        clauses, reading.anchor(), "event.clause");
                events.add(undecided ? toldAgain(e, events) : e);
            }
        }
        return true;
    }

    /**
     * The kind the phrase reports, unless a channel cue between the phrase and the end of its
     * object says otherwise ("had a meeting, via videoconference, with"), or a phrase that readouts
     * use of calls and meetings alike ("spoke with") is placed ("in Rome", "on the sidelines of").
     */
    private EventKind kind(AnalysedArticle a, Sentence s, ContactPhrases.Phrase trigger, int objectEnd) {
        EventKind cue = channelCue(a, s, trigger, objectEnd);
        if (trigger.inPerson() != null) {
            if (cue != null) {
                return cue == EventKind.MEETING ? trigger.inPerson() : cue;
            }
            return placed(a, trigger.end(), Math.min(s.tokens().end(), objectEnd + 1)) ? trigger.inPerson() : trigger.kind();
        }
        if ((trigger.kind() == EventKind.MEETING || trigger.kind() == EventKind.TALKS) && cue != null
                && cue != EventKind.MEETING) {
            return cue;
        }
        return trigger.kind();
    }

    /** The channel a cue between the phrase and the end of its object names ("via videoconference"), or null. */
    private EventKind channelCue(AnalysedArticle a, Sentence s, ContactPhrases.Phrase trigger, int objectEnd) {
        EventKind cue = null;
        int to = Math.min(s.tokens().end(), objectEnd + 2);
        for (int i = trigger.start(); i < to && cue == null; i++) {
            var m = lexicon.channelCues().matchAt(a.tokens(), i, a.article().text());
            cue = m == null || m.end() > s.tokens().end() ? null : m.value();
        }
        return cue;
    }

    /** Whether a phrase used of calls and meetings alike ("talked", "spoke with") says neither channel nor place. */
    private boolean undecided(AnalysedArticle a, Sentence s, ContactPhrases.Phrase trigger, int objectEnd) {
        return trigger.inPerson() != null && channelCue(a, s, trigger, objectEnd) == null
                && !placed(a, trigger.end(), Math.min(s.tokens().end(), objectEnd + 1));
    }

    /**
     * A contact whose phrase names no channel ("They also talked about the implementation of
     * agreements" after "A and B met in Dushanbe"), unplaced and undated or dated as an earlier
     * contact of the same persons: that contact told again, of its kind, not a call of its own.
     */
    private static Event toldAgain(Event e, List<Event> earlier) {
        if (e.place() != null) {
            return e;
        }
        for (Event x : earlier) {
            if (Set.copyOf(x.participants()).equals(Set.copyOf(e.participants()))
                    && (e.date() == null || e.date().equals(x.date()))) {
                return new Event(x.kind(), e.participants(), e.date(), e.place(), e.evidence());
            }
        }
        return e;
    }

    /**
     * Whether "in" or "at" and a gazetteer place stand in {@code [from, to]}, or in the adverbs and
     * venue phrases that follow {@code from} ("spoke privately at the National Palace in Mexico City").
     */
    private boolean placed(AnalysedArticle a, int from, int to) {
        int reach = Math.max(to, venueRunEnd(a.tokens(), from, a.tokens().size()));
        return places.firstBetween(a, from, Math.min(a.tokens().size(), reach + 2)) != null;
    }

    private static final List<String> LOCATIVES = List.of("at", "in", "inside");

    /**
     * Where the adverbs ("privately") and the phrases of a named venue or place ("at the National
     * Palace", "in Mexico City") right after {@code from} end. (Looser than {@link #placePhraseEnd},
     * which stops at a title's word or a word the tagger reads as a function word: to say only whether
     * a place follows, any capitalised run after "at", "in" or "inside" is passed.)
     */
    private static int venueRunEnd(List<Token> t, int from, int end) {
        int i = from;
        while (i < end) {
            if (t.get(i).pos().equals("ADV") && !t.get(i).isCapitalized()) {
                i++;
                continue;
            }
            if (!Tokens.isAny(t, i, LOCATIVES)) {
                break;
            }
            int j = Tokens.is(t, i + 1, "the") ? i + 2 : i + 1;
            int name = j;
            while (j < end && t.get(j).isCapitalized() && Character.isLetter(t.get(j).text().charAt(0))) {
                j++;
            }
            if (j == name) {
                break;
            }
            i = j;
        }
        return i;
    }

    private Event event(AnalysedArticle a, DateView dates, Sentence s, int triggerStart, int triggerEnd,
                        EventKind kind, List<Entity> participants, Entity datelinePlace) {
        return event(a, dates, s, triggerStart, triggerEnd, kind, participants, datelinePlace, null, -1, "event.trigger");
    }

    /**
     * @param clauses the parse, when the contact was read from it ({@code anchor} its predicate):
     *                the date is then one the parse attaches to the predicate's clause ("held talks
     *                … on Tuesday"), not another phrase's ("the agreement of February 18, 2019")
     * @param rule    the rule that read the participants ("event.trigger" from the words next to
     *                the phrase, "event.clause" from the parse), which the date's rule extends
     */
    private Event event(AnalysedArticle a, DateView dates, Sentence s, int triggerStart, int triggerEnd,
                        EventKind kind, List<Entity> participants, Entity datelinePlace, Clauses clauses, int anchor,
                        String rule) {
        EventDates.Dated dated = eventDates.of(a, dates.at(a, triggerStart), dates.inSentence(a, s, triggerStart), s,
                triggerStart, triggerEnd, clauses, anchor);
        // "… last met in Washington almost a year ago": before the story's days, dated only by its own sentence.
        boolean earlier = earlierAfter(a, s, triggerEnd) || earlierBefore(a, s, triggerStart, triggerEnd);
        if (earlier && dated != null && !dated.rule().equals(".v1")) {
            dated = null;
        }
        // A call or a videoconference joins places; the sentence's place is another event's
        // ("Following talks held in Moscow, A and B spoke in a telephone conversation").
        boolean inPerson = kind == EventKind.MEETING || kind == EventKind.TALKS || kind == EventKind.VISIT;
        Entity place = inPerson ? places.placeIn(a, s, triggerEnd, placeEnd(a, s, triggerEnd)) : null;
        if (place == null && inPerson) {
            place = wherePlace(a, s, triggerStart);
        }
        if (place == null && inPerson) {
            place = continuationPlace(a, s);
        }
        if (place == null && (kind == EventKind.MEETING || kind == EventKind.TALKS)) {
            place = datelinePlace;
        }
        if (dated == null && !earlier && place != null && place.equals(datelinePlace)
                && (kind == EventKind.MEETING || kind == EventKind.TALKS)) {
            // A meeting in the dateline's city, undated in its story: the day the lead reports.
            dated = eventDates.lead(a, dates.all());
        }
        if (dated == null && inPerson && !earlier) {
            dated = eventDates.todaysContact(a, dates.all(), s);
        }
        String ruleId = dated == null ? rule + ".v1" : rule + dated.rule();
        double confidence = dated == null ? 0.9 : dated.confidence();
        return new Event(kind, participants, dated == null ? null : dated.date(), place,
                new Evidence(s.index(), s.span(), ruleId, confidence));
    }

    /**
     * Where a contact's place may be read up to: the comma closing an opening phrase that holds
     * the contact ("At a news conference in Sydney with B, A said"; "During the meeting, the two
     * sides discussed the situation in Gaza": Gaza is what they spoke of), else the sentence's end.
     */
    private static int placeEnd(AnalysedArticle a, Sentence s, int triggerEnd) {
        var t = a.tokens();
        int start = s.tokens().start();
        int end = PlaceFinder.otherClauseAt(t, triggerEnd, s.tokens().end());
        if (!t.get(start).pos().equals("ADP") || !t.get(start).isCapitalized()) {
            return end;
        }
        for (int k = start + 1; k < end; k++) {
            if (Tokens.is(t, k, ",")) {
                return k >= triggerEnd ? k : end;
            }
        }
        // No comma: "During the meeting with B the Head of State noted … the forum in Aktau": the
        // opening phrase ends where the parse puts the main clause's subject.
        int subject = mainSubjectStart(a, s);
        return subject >= triggerEnd ? subject : end;
    }

    /** The first token of the subject of the sentence's root, as the parse reads it, or -1. */
    private static int mainSubjectStart(AnalysedArticle a, Sentence s) {
        var d = a.dependencies();
        List<Integer> subjects = new ArrayList<>();
        for (int k = s.tokens().start(); k < s.tokens().end(); k++) {
            int h = d.head(k);
            if (h >= 0 && d.head(h) < 0 && d.relation(k).startsWith("nsubj")) {
                subjects.add(k);
            }
        }
        for (int i = s.tokens().start(); i < s.tokens().end() && !subjects.isEmpty(); i++) {
            final int token = i;
            if (subjects.stream().anyMatch(subject -> d.dominates(subject, token))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The place a "where" clause holding the contact points back to ("Meredov visited the capital,
     * Ankara, on Wednesday, where he met Foreign Minister Hakan Fidan"), or null.
     */
    private Entity wherePlace(AnalysedArticle a, Sentence s, int triggerStart) {
        for (int k = triggerStart - 1; k > s.tokens().start(); k--) {
            if (Tokens.is(a.tokens(), k, "where")) {
                return places.placeBeforeWhere(a, s, k);
            }
        }
        return null;
    }

    /** Tokens after a venue verb within which its place stands: "was held at the Foreign Ministry headquarters in Abu Dhabi". */
    private static final int VENUE_REACH = 10;

    /**
     * The place the sentences continuing this one's story give to the contact ("During the meeting
     * - which was held at the Foreign Ministry headquarters in Abu Dhabi - the two sides …"): each
     * opens with a continuation cue, and the place follows a verb of {@code venue-verbs.tsv}.
     */
    private Entity continuationPlace(AnalysedArticle a, Sentence s) {
        for (Sentence next : EventDates.continuing(lexicon, a, s)) {
            for (var verb : lexicon.venueVerbs().findAll(a.tokens(), next.tokens().start(), next.tokens().end(),
                    a.article().text())) {
                Entity place = places.firstBetween(a, verb.end(), Math.min(next.tokens().end(), verb.end() + VENUE_REACH));
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }

    /** Whether a contact's date lies after the article's: it is planned, whatever the verb's tense says. */
    private static boolean afterPublication(AnalysedArticle a, Event e) {
        return e.date() != null && a.article().published() != null && e.date().isAfter(a.article().published());
    }


    /**
     * "In a telephone call on Tuesday, A and B discussed…", "During the telephone conversation, A
     * congratulated B…": an event phrase opening the sentence, whose participants are the persons
     * of the subject after the comma, or the subject and the person its verb takes.
     */
    private Event openingEvent(AnalysedArticle a, DateView dates, Sentence s, List<PersonResolver.Resolved> here,
                               Entity dateline, boolean[] skippable) {
        int start = s.tokens().start();
        int end = s.tokens().end();
        var opener = lexicon.eventNouns().matchAt(a.tokens(), start, a.article().text());
        int openerEnd;
        EventKind kind;
        if (opener != null) {
            openerEnd = opener.end();
            kind = opener.value();
        } else {
            var noun = openingContactNoun(a, start, end);
            if (noun == null) {
                return null;
            }
            openerEnd = noun.end();
            kind = noun.value();
        }
        int comma = openerEnd;
        while (comma < end && !Tokens.is(a.tokens(), comma, ",")) {
            comma++;
        }
        if (comma == end && Tokens.is(a.tokens(), openerEnd, "with")) {
            // "During the meeting with Russian ambassador Alexey Borodavkin the Head of State noted":
            // no comma after the opener; its persons end where the clause's subject begins.
            List<PersonResolver.Resolved> with = object(a, here, openerEnd + 1, end, skippable);
            if (!with.isEmpty()) {
                comma = with.get(with.size() - 1).mention().end() - 1;
            }
        }
        List<PersonResolver.Resolved> subject = object(a, here, comma + 1, end, skippable);
        Set<Entity> participants = new LinkedHashSet<>();
        subject.forEach(r -> participants.add(r.person()));
        if (participants.size() == 1) {
            int after = subject.get(subject.size() - 1).mention().end();
            here.stream().filter(r -> r.mention().start() >= after).findFirst()
                    .filter(r -> verbGap(a, after, r.mention().start(), skippable))
                    .ifPresent(r -> object(a, here, r.mention().start(), end, skippable)
                            .forEach(o -> participants.add(o.person())));
        }
        for (int w = openerEnd; !participants.isEmpty() && w < comma; w++) {
            if (Tokens.is(a.tokens(), w, "with")) {
                // "In a telephone conversation with B on Sunday, A declared…", "At a joint news
                // conference Wednesday in Sydney with B, A said…": the opener's own persons.
                object(a, here, w + 1, comma, skippable).forEach(r -> participants.add(r.person()));
                break;
            }
        }
        if (participants.size() < 2) {
            return null;
        }
        Event e = event(a, dates, s, start, openerEnd, kind, List.copyOf(participants), dateline);
        return new Event(e.kind(), e.participants(), e.date(), e.place(),
                new Evidence(s.index(), s.span(), "event.opening_phrase.v1", 0.85));
    }

    /** "During the telephone conversation": in, during or at, small words, a contact noun. */
    private PhraseMatcher.Match<EventKind> openingContactNoun(AnalysedArticle a, int start, int end) {
        if (!Tokens.isAny(a.tokens(), start, List.of("In", "During", "At"))) {
            return null;
        }
        int reach = start + 5;
        for (int j = start + 1; j < Math.min(end, reach); j++) {
            var noun = lexicon.contactNouns().matchAt(a.tokens(), j, a.article().text());
            if (noun != null) {
                return noun;
            }
            if (Tokens.isAny(a.tokens(), j, PHASES) && Tokens.is(a.tokens(), j + 1, "of")) {
                // "At the start of the talks with B in Beijing, A said": a phase of the contact.
                j++;
                reach += 2;
                continue;
            }
            String pos = a.tokens().get(j).pos();
            if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("PRON"))) {
                return null;
            }
        }
        return null;
    }

    /** Nouns of a contact's phase that may open its phrase: "At the start of the talks", "At the end of their meeting". */
    private static final List<String> PHASES = List.of("start", "end", "beginning", "close", "conclusion", "outset", "opening");

    /** Longest predicate between a subject and the person it addresses: "offered his heartfelt congratulations to". */
    private static final int MAX_VERB_GAP = 6;

    /**
     * A verb and a few lower-case words between a subject and the person it acts on: "warmly
     * congratulated", "extended warm birthday greetings to".
     */
    private static boolean verbGap(AnalysedArticle a, int from, int to, boolean[] skippable) {
        int words = 0;
        boolean verb = false;
        Token last = null;
        for (int i = from; i < to; i++) {
            if (skippable[i]) {
                continue;
            }
            Token t = a.tokens().get(i);
            verb |= t.pos().equals("VERB");
            if (t.isCapitalized() || t.pos().equals("PUNCT") || ++words > MAX_VERB_GAP) {
                return false;
            }
            last = t;
        }
        // "A said of the Cuban leader …", "spoke about B": the person is what is spoken of, not
        // someone the verb acts on.
        return verb && !(last != null && TOPIC_PREPOSITIONS.contains(last.text().toLowerCase(java.util.Locale.ROOT)));
    }

    /** Prepositions that make the person after a verb its topic. */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("of", "about", "regarding", "concerning");

    /** "the two leaders", "both sides" just before the event phrase. */
    private boolean pluralSubject(AnalysedArticle a, Sentence s, int trigger) {
        for (int i = Math.max(s.tokens().start(), trigger - SUBJECT_GAP - 2); i < trigger; i++) {
            var m = Groups.at(lexicon, a, i);
            if (m != null && m.value().equals("participants") && m.end() <= trigger && trigger - m.end() <= SUBJECT_GAP) {
                return true;
            }
        }
        return false;
    }

    /** A time of day's hour and its "a.m." or "p.m." as the tokenizer cuts them ("9:27" "a.m"). */
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("\\d{1,2}(:\\d{2})?");
    private static final java.util.regex.Pattern MERIDIEM = java.util.regex.Pattern.compile("(?i)[ap]\\.?m\\.?");

    /**
     * Tokens that say nothing of who took part and may stand between an event phrase and its
     * object: dates ("spoke by phone today with") and times of day ("at 9:27 a.m."), channel cues ("had a meeting, via
     * videoconference, with"), places ("met today in Jerusalem with", "received in the Kremlin"),
     * and the commas around them.
     */
    private boolean[] skippable(AnalysedArticle a, ArticleDates dates, Sentence s) {
        List<Token> t = a.tokens();
        boolean[] skip = new boolean[t.size()];
        for (DateMention d : dates.in(s)) {
            java.util.Arrays.fill(skip, d.start(), d.end(), true);
            if (Tokens.is(t, d.start() - 1, "on")) {
                skip[d.start() - 1] = true;
            }
        }
        for (var cue : lexicon.channelCues().findAll(t, s.tokens().start(), s.tokens().end(), a.article().text())) {
            java.util.Arrays.fill(skip, cue.start(), cue.end(), true);
        }
        for (var h : lexicon.honorifics().findAll(t, s.tokens().start(), s.tokens().end(), a.article().text())) {
            // "Mr. Bush": a courtesy title before a name the mention leaves out.
            java.util.Arrays.fill(skip, h.start(), Tokens.is(t, h.end(), ".") ? h.end() + 1 : h.end(), true);
        }
        for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
            int e = placePhraseEnd(a, i, s.tokens().end());
            if (e > i) {
                java.util.Arrays.fill(skip, i, e, true);
                i = e - 1;
            }
        }
        for (int i = s.tokens().start(); i + 2 < s.tokens().end(); i++) {
            // "13-year-old", "long-time": a lower-case compound modifier, joined by hyphens.
            if (Tokens.is(t, i + 1, "-") && Tokens.touching(t, i + 1) && Tokens.touching(t, i + 2)
                    && !t.get(i).isCapitalized() && !t.get(i + 2).isCapitalized()) {
                skip[i] = skip[i + 1] = skip[i + 2] = true;
            }
        }
        for (int i = s.tokens().start(); i + 2 < s.tokens().end(); i++) {
            // "received this Friday at 9:27 a.m. his Colombian counterpart": a time of day.
            if (Tokens.is(t, i, "at") && CLOCK.matcher(t.get(i + 1).text()).matches()
                    && MERIDIEM.matcher(t.get(i + 2).text()).matches()) {
                skip[i] = skip[i + 1] = skip[i + 2] = true;
                if (i + 3 < s.tokens().end() && Tokens.is(t, i + 3, ".") && Tokens.touching(t, i + 3)) {
                    skip[i + 3] = true; // ("a.m" | "." as the tokenizer cuts it)
                }
            }
        }
        for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
            if (Tokens.is(t, i, ",") && (i > 0 && skip[i - 1] || i + 1 < t.size() && skip[i + 1])) {
                skip[i] = true;
            }
        }
        return skip;
    }

    /**
     * The end of "in Sochi", "in the Kremlin", "at the Bocharov Ruchei residence in Sochi": in or at,
     * an optional article, capitalised words (no person, state or title), perhaps one common noun
     * and another such phrase; {@code i} when none starts at {@code i}.
     */
    private int placePhraseEnd(AnalysedArticle a, int i, int end) {
        List<Token> t = a.tokens();
        if (!Tokens.isAny(t, i, List.of("in", "at"))) {
            return i;
        }
        int j = i + 1 + (Tokens.is(t, i + 1, "the") ? 1 : 0);
        int k = j;
        while (k < end && t.get(k).isCapitalized() && !FUNCTION_TAGS.contains(t.get(k).pos())
                && !lexicon.isTitleWord(t.get(k).text())) {
            k++;
        }
        if (k == j) {
            return i;
        }
        if (k < end && !t.get(k).isCapitalized() && t.get(k).pos().equals("NOUN")) {
            k++;
        }
        // "in Washington, D.C.", "in San Jose, Costa Rica": the place's state or district after a comma.
        if (Tokens.is(t, k, ",") && k + 1 < end && (lexicon.stateNames().matchAt(t, k + 1, a.article().text()) != null
                || t.get(k + 1).text().matches("(\\p{Lu}\\.){2,}"))) {
            var state = lexicon.stateNames().matchAt(t, k + 1, a.article().text());
            k = state != null ? state.end() : k + 2;
        }
        int more = placePhraseEnd(a, k, end);
        return more > k ? more : k;
    }


    private static boolean insidePerson(List<PersonResolver.Resolved> here, int token) {
        return here.stream().anyMatch(r -> r.mention().start() <= token && token < r.mention().end());
    }

    /** The persons ending just before the phrase, with those joined to them by "and" or ",". */
    private static List<PersonResolver.Resolved> subject(AnalysedArticle a, List<PersonResolver.Resolved> here,
                                                         int trigger) {
        List<PersonResolver.Resolved> subject = subjectBefore(a, here, trigger);
        int aside = subject.isEmpty() ? asideBefore(a, trigger) : -1;
        if (aside < 0 && subject.isEmpty()) {
            aside = relativeBefore(a, trigger);
        }
        return aside >= 0 ? subjectBefore(a, here, aside) : subject;
    }

    /** How many adverbs may stand between a relative "who" and its verb: "who also met". */
    private static final int RELATIVE_ADVERBS = 2;

    /**
     * The comma before a relative "who" that opens the phrase's clause ("A, who met B last week,
     * said"): the person before it is the phrase's subject; -1 when none stands there.
     */
    private static int relativeBefore(AnalysedArticle a, int trigger) {
        var t = a.tokens();
        int k = trigger - 1;
        while (k > trigger - 1 - RELATIVE_ADVERBS && k > 0 && t.get(k).pos().equals("ADV") && !t.get(k).isCapitalized()) {
            k--;
        }
        return k > 0 && Tokens.is(t, k, "who") && Tokens.is(t, k - 1, ",") ? k - 1 : -1;
    }

    /** Words that open an aside between a subject and its verb: "A, who is on a visit to India, met B". */
    private static final List<String> ASIDE_OPENERS = List.of("who", "on", "in", "at", "during", "while", "currently");
    /** How long such an aside may be. */
    private static final int ASIDE_REACH = 30;

    /**
     * The comma that opens an aside closed by a comma right before the phrase ("A, who is on an
     * official visit to India, paid a courtesy call on B"), or -1.
     */
    private static int asideBefore(AnalysedArticle a, int trigger) {
        var t = a.tokens();
        if (!Tokens.is(t, trigger - 1, ",")) {
            return -1;
        }
        for (int k = trigger - 2; k > 0 && k >= trigger - ASIDE_REACH; k--) {
            if (Tokens.is(t, k, ",")) {
                return Tokens.isAny(t, k + 1, ASIDE_OPENERS) || description(t, k + 1, trigger - 1) ? k : -1;
            }
            if (t.get(k).text().equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /** Word classes that open a description in apposition: "commander of U.S. Central Command", "a veteran diplomat". */
    private static final List<String> DESCRIPTION_OPENERS = List.of("DET", "NOUN", "ADJ", "NUM");

    /**
     * Whether tokens {@code [from, to)} are a description without a verb that starts in lower case
     * ("A, commander of U.S. Central Command, met B"): an apposition to the subject before it.
     */
    private static boolean description(List<Token> t, int from, int to) {
        if (from >= to || t.get(from).isCapitalized() || !DESCRIPTION_OPENERS.contains(t.get(from).pos())) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String pos = t.get(k).pos();
            if (pos.equals("VERB") || pos.equals("AUX") || pos.equals("PRON") || Tokens.isAny(t, k, List.of("“", "\"", "”"))) {
                return false;
            }
        }
        return true;
    }

    private static List<PersonResolver.Resolved> subjectBefore(AnalysedArticle a, List<PersonResolver.Resolved> here,
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
                    : gap == 1 && (Tokens.is(a.tokens(), r.mention().end(), "and")
                    || Tokens.is(a.tokens(), r.mention().end(), ",") && !inOpeningPhrase(a, r));
            if (!joined) {
                break;
            }
            subject.add(0, r);
            limit = r.mention().start();
        }
        return subject;
    }

    /**
     * Whether a person stands in the phrase that opens the sentence with a preposition, before its
     * first comma ("Ahead of his meeting with Xi, Blinken held talks with Wang"): that comma closes
     * the phrase, it does not list the person with the subject after it.
     */
    private static boolean inOpeningPhrase(AnalysedArticle a, PersonResolver.Resolved r) {
        int start = a.sentences().get(r.mention().sentence()).tokens().start();
        Token first = a.tokens().get(start);
        // (The first word of "Ahead of", "Prior to", capitalised, the tagger may read as a name.)
        if (!first.pos().equals("ADP") && !Tokens.isAny(a.tokens(), start, List.of("Ahead", "Prior"))) {
            return false;
        }
        for (int k = start; k < r.mention().start(); k++) {
            if (Tokens.is(a.tokens(), k, ",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The person right after the phrase, and those listed with it ("with A, B and C"). A person
     * followed by a possessive is not the object ("welcomed President X's decision").
     */
    private static List<PersonResolver.Resolved> object(AnalysedArticle a, List<PersonResolver.Resolved> here,
                                                        int from, int end, boolean[] skippable) {
        List<PersonResolver.Resolved> object = new ArrayList<>();
        int next = from;
        for (PersonResolver.Resolved r : here) {
            if (r.mention().start() < next) {
                continue;
            }
            if (r.mention().start() >= end) {
                break;
            }
            boolean joined = object.isEmpty()
                    ? words(next, r.mention().start(), skippable) <= OBJECT_GAP && smallWords(a, next, r.mention().start(), skippable)
                    : listed(a, next, r.mention().start());
            if (!joined || Tokens.isPossessive(a.tokens(), r.mention().end())) {
                break;
            }
            object.add(r);
            next = r.mention().end();
        }
        return object;
    }

    /**
     * "They were joined by the Foreign Minister of Ukraine": a sentence whose subject refers to
     * the participants of the last event and whose verb is a companion cue adds its persons to
     * that event (of an earlier sentence; the same sentence's events took them already).
     */
    private void joinPreviousEvent(AnalysedArticle a, Sentence s, List<PersonResolver.Resolved> here, boolean[] skippable,
                                   List<Event> events) {
        if (events.isEmpty() || events.get(events.size() - 1).evidence().sentence() >= s.index()) {
            return;
        }
        Event last = events.get(events.size() - 1);
        Set<Entity> participants = new LinkedHashSet<>(last.participants());
        var subject = Groups.at(lexicon, a, s.tokens().start());
        int subjectEnd = -1;
        if (subject != null && subject.value().equals("participants")) {
            subjectEnd = subject.end();
        } else {
            // "President Lula was accompanied by …": the subject is a participant of that contact.
            PersonResolver.Resolved first = here.isEmpty() ? null : here.get(0);
            if (first != null && first.mention().start() <= s.tokens().start() + 1 && last.participants().contains(first.person())) {
                subjectEnd = first.mention().end();
            }
        }
        if (subjectEnd >= 0) {
            for (var cue : lexicon.companionCues().findAll(a.tokens(), subjectEnd,
                    Math.min(s.tokens().end(), subjectEnd + 3 + 2), a.article().text())) {
                object(a, here, listStart(a, cue.end(), s.tokens().end()), s.tokens().end(), skippable)
                        .forEach(r -> participants.add(r.person()));
            }
        }
        boolean inPerson = last.kind() == EventKind.MEETING || last.kind() == EventKind.TALKS;
        if (inPerson && s.index() - last.evidence().sentence() <= 3) {
            // "Some Brazilian ministers were present at the event: A, B, C", "Also present were D and E".
            for (var cue : lexicon.attendanceCues().findAll(a.tokens(), s.tokens().start(), s.tokens().end(),
                    a.article().text())) {
                here.forEach(r -> participants.add(r.person()));
                break;
            }
        }
        if (participants.size() > last.participants().size()) {
            events.set(events.size() - 1, new Event(last.kind(), List.copyOf(participants), last.date(), last.place(),
                    last.evidence()));
        }
    }

    /**
     * Whether the phrase is the contact just reported, which persons are said to attend ("Assistant
     * Ministers A and B were present at the meeting", "C attended the talks"): "the" and the noun
     * after an attendance cue, an in-person contact reported in the sentences just before. Its
     * persons join that contact ({@link #joinPreviousEvent}); they hold no contact of their own.
     */
    private boolean attendsLastContact(AnalysedArticle a, Sentence s, ContactPhrases.Phrase trigger, List<Event> events) {
        if (events.isEmpty()) {
            return false;
        }
        Event last = events.get(events.size() - 1);
        if (last.evidence().sentence() >= s.index() || s.index() - last.evidence().sentence() > 3
                || !(last.kind() == EventKind.MEETING || last.kind() == EventKind.TALKS)) {
            return false;
        }
        boolean definite = false;
        for (int k = Math.max(s.tokens().start(), trigger.start() - 1); k < trigger.end(); k++) {
            definite |= Tokens.is(a.tokens(), k, "the");
        }
        if (!definite) {
            return false;
        }
        for (var cue : lexicon.attendanceCues().findAll(a.tokens(), s.tokens().start(), s.tokens().end(), a.article().text())) {
            // "attended the meeting" (the cue holds the noun), "present at the meeting" (the phrase
            // "at the meeting" starts inside the cue), "were present at the talks".
            if (cue.start() < trigger.end() && trigger.start() <= cue.end()) {
                return true;
            }
        }
        return false;
    }

    /** Where a list after a cue starts: after "the following" and a noun, and a colon ("accompanied by the following comitiva:"). */
    private static int listStart(AnalysedArticle a, int from, int end) {
        for (int k = from; k < Math.min(end, from + 4); k++) {
            if (Tokens.is(a.tokens(), k, ":")) {
                return k + 1;
            }
        }
        return from;
    }

    /** The persons listed after a companion cue of the sentence: "…, accompanied by C and D". */
    private List<PersonResolver.Resolved> companions(AnalysedArticle a, Sentence s, List<PersonResolver.Resolved> here,
                                                     boolean[] skippable) {
        List<PersonResolver.Resolved> found = new ArrayList<>();
        for (var cue : lexicon.companionCues().findAll(a.tokens(), s.tokens().start(), s.tokens().end(), a.article().text())) {
            found.addAll(object(a, here, listFrom(a, here, cue.end(), s.tokens().end()), s.tokens().end(), skippable));
        }
        return found;
    }

    /**
     * Where the persons after a cue begin: the first person after it when only words describing
     * them stand between, no verb and no punctuation but a colon ("with the participation of the
     * OSCE Minsk Group co-chairs A, B and C"); else the cue's end.
     */
    private static int listFrom(AnalysedArticle a, List<PersonResolver.Resolved> here, int from, int end) {
        for (PersonResolver.Resolved r : here) {
            if (r.mention().start() < from) {
                continue;
            }
            for (int i = from; i < r.mention().start(); i++) {
                Token t = a.tokens().get(i);
                boolean punctuation = t.text().codePoints().noneMatch(Character::isLetterOrDigit);
                if (t.pos().startsWith("VERB") || punctuation && !t.text().equals(":")
                        && !(t.text().equals("-") && Tokens.touching(a.tokens(), i))) {
                    return from;
                }
            }
            return r.mention().start();
        }
        return from;
    }

    /** Tokens in {@code [from, to)} that are not skippable. */
    private static int words(int from, int to, boolean[] skippable) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += skippable[i] ? 0 : 1;
        }
        return n;
    }

    /**
     * Only ",", "and" or ", and" between two persons of a list, perhaps after a parenthesis that
     * closes the first ("Antonio Palocci (Economy), Eduardo Campos").
     */
    private static boolean listed(AnalysedArticle a, int from, int to) {
        if (Tokens.is(a.tokens(), from, "(")) {
            int close = from;
            while (close < to && !Tokens.is(a.tokens(), close, ")")) {
                close++;
            }
            from = close + 1;
        }
        if (appositionThenAnd(a, from, to)) {
            return true;
        }
        if (to - from < 1 || to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Tokens.isAny(a.tokens(), i, List.of(",", "and"))) {
                return false;
            }
        }
        return true;
    }

    /** Longest description in apposition between two listed persons. */
    private static final int APPOSITION_WORDS = 20;

    /**
     * "between Matt Pottinger, a senior director for East Asia at the National Security Council,
     * and Chung Eui-yong": a description in apposition after the first person (a comma, an article,
     * no verb), closed by "and" (or ", and") before the next.
     */
    private static boolean appositionThenAnd(AnalysedArticle a, int from, int to) {
        var t = a.tokens();
        if (to - from < 4 || to - from > APPOSITION_WORDS || !Tokens.is(t, from, ",")
                || !Tokens.isAny(t, from + 1, List.of("a", "an", "the")) || !Tokens.is(t, to - 1, "and")) {
            return false;
        }
        for (int i = from + 2; i < to - 1; i++) {
            String pos = t.get(i).pos();
            if (pos.equals("VERB") || pos.equals("AUX") || Tokens.isAny(t, i, List.of(";", ".", "and"))
                    || Tokens.is(t, i, ",") && i != to - 2) {
                return false;
            }
        }
        return true;
    }

    private static boolean smallWords(AnalysedArticle a, int from, int to, boolean[] skippable) {
        for (int i = from; i < to; i++) {
            Token t = a.tokens().get(i);
            if (skippable[i]) {
                continue;
            }
            // "met with", "received the visiting", "was received by", "received a telephone call today from".
            boolean participle = t.pos().equals("VERB") && t.text().endsWith("ing") && !t.isCapitalized();
            if (!(t.pos().equals("DET") || t.pos().equals("ADJ") || t.pos().equals("ADV") || participle
                    || t.text().equalsIgnoreCase("with") || t.text().equalsIgnoreCase("by") || t.text().equalsIgnoreCase("from"))) {
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

    /** Tokens after a contact's participants where a time phrase may place it: "in Geneva next week". */
    private static final int FUTURE_REACH = 5;

    /** Whether a time phrase of {@code past-cues.tsv} follows the phrase in its sentence ("… a year ago"). */
    private boolean earlierAfter(AnalysedArticle a, Sentence s, int from) {
        return lexicon.pastCues().findAll(a.tokens(), from, s.tokens().end(), a.article().text()).stream()
                .anyMatch(c -> c.value().equals("after"));
    }

    /** How far before its phrase a word placing the contact earlier may stand: "his recent". */
    private static final int EARLIER_REACH = 2;

    /**
     * Whether a word of past-cues.tsv written before a contact's noun stands in its phrase ("based
     * on his recent meeting with", "during their previous talks", "A last met B"), with no verb or
     * punctuation between it and the phrase.
     */
    private boolean earlierBefore(AnalysedArticle a, Sentence s, int start, int end) {
        var t = a.tokens();
        int from = Math.max(s.tokens().start(), start - EARLIER_REACH);
        for (var cue : lexicon.pastCues().findAll(t, from, end, a.article().text())) {
            if (!cue.value().equals("before")) {
                continue;
            }
            boolean joined = true;
            for (int k = cue.end(); k < start; k++) {
                String pos = t.get(k).pos();
                joined &= !(pos.equals("VERB") || pos.equals("AUX") || pos.equals("PUNCT"));
            }
            if (joined) {
                return true;
            }
        }
        return false;
    }

    /** A time ahead ({@code future-cues.tsv}) right after the contact, before its clause ends. */
    private Lexicon.Modality futureAfter(AnalysedArticle a, int from, int end) {
        for (int k = from; k < Math.min(end, from + FUTURE_REACH); k++) {
            var cue = lexicon.futureCues().matchAt(a.tokens(), k, a.article().text());
            if (cue != null) {
                return cue.value();
            }
            if (a.tokens().get(k).pos().equals("PUNCT")) {
                return null;
            }
        }
        return null;
    }

    /**
     * A modality cue between the subject (or the sentence start) and the phrase, or inside a
     * phrase whose participants follow it ("talks between A and B will be held").
     */
    private Lexicon.Modality modality(AnalysedArticle a, List<PersonResolver.Resolved> subject,
                                      ContactPhrases.Phrase trigger, Sentence s) {
        int from = subject.isEmpty() ? Math.max(s.tokens().start(), trigger.start() - SUBJECT_GAP)
                : subject.get(subject.size() - 1).mention().end();
        int aside = trigger.between() ? -1 : asideBefore(a, trigger.start());
        if (aside >= from) {
            // "A, who is on an official visit to India, met B": the aside's words ("to") are not the verb's.
            from = trigger.start();
        }
        int to = trigger.between() ? trigger.end() : trigger.start();
        for (var cue : lexicon.modalities().findAll(a.tokens(), from, to, a.article().text())) {
            return cue.value();
        }
        return null;
    }






    /**
     * One event per contact class, participant set and date (an undated report joins a dated
     * one): the first report's evidence, date and place are kept, the most specific kind of all
     * ("the two ministers met … the talks" is talks).
     */
    private static List<Event> merge(List<Event> events) {
        List<Event> kept = new ArrayList<>();
        for (Event e : events) {
            int same = -1;
            for (int k = 0; k < kept.size() && same < 0; k++) {
                Event x = kept.get(k);
                if (x.kind().contactClass().equals(e.kind().contactClass())
                        && (Set.copyOf(x.participants()).equals(Set.copyOf(e.participants())) || widens(x, e))
                        && (x.date() == null || e.date() == null || x.date().equals(e.date()))
                        && (x.date() != null && e.date() != null || x.place() == null || e.place() == null
                            || x.place().equals(e.place()))) {
                    // (Undated, two places are two contacts: "… in London for talks with B. … last met
                    // B in Washington".)
                    same = k;
                } else if (unplacedTalks(e) && Set.copyOf(x.participants()).equals(Set.copyOf(e.participants()))) {
                    // "A had a telephone conversation with B. … the two leaders had an in-depth
                    // discussion of …": talks that say neither when nor where are the contact
                    // already reported between the same persons, by whatever channel.
                    same = k;
                }
            }
            if (same < 0) {
                kept.add(e);
            } else {
                Event x = kept.get(same);
                Set<Entity> all = new LinkedHashSet<>(x.participants());
                all.addAll(e.participants());
                EventKind kind = x.kind().contactClass().equals(e.kind().contactClass()) ? x.kind().moreSpecific(e.kind()) : x.kind();
                kept.set(same, new Event(kind, List.copyOf(all),
                        x.date() != null ? x.date() : e.date(), x.place() != null ? x.place() : e.place(), x.evidence()));
            }
        }
        return kept;
    }

    /**
     * The events less those that sum up contacts the article tells one by one: an undated, unplaced
     * contact of three persons or more, each of whom but one has a dated contact of the same class
     * with that one ("Cheney met with Israeli President Shimon Peres and Prime Minister Ehud Olmert …
     * Cheney met earlier in the day with Peres … met with Olmert on Saturday"). The summary adds no
     * contact, and would pair persons who did not meet each other (Peres and Olmert).
     */
    private static List<Event> withoutSummaries(List<Event> events) {
        List<Event> kept = new ArrayList<>();
        for (Event e : events) {
            if (!summary(e, events)) {
                kept.add(e);
            }
        }
        return kept;
    }

    private static boolean summary(Event e, List<Event> events) {
        if (e.date() != null || e.place() != null || e.participants().size() < 3) {
            return false;
        }
        for (Entity hub : e.participants()) {
            boolean all = true;
            for (Entity other : e.participants()) {
                if (!other.equals(hub) && events.stream().noneMatch(x -> x != e && x.date() != null
                        && x.kind().contactClass().equals(e.kind().contactClass())
                        && x.participants().contains(hub) && x.participants().contains(other))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean unplacedTalks(Event e) {
        return e.kind() == EventKind.TALKS && e.date() == null && e.place() == null;
    }

    /**
     * Whether the next sentence's report of a contact holds all of its participants and more: "A
     * and B began talks Sunday. … they met with a panel that included C and D" is one event of four.
     */
    private static boolean widens(Event x, Event e) {
        int gap = e.evidence().sentence() - x.evidence().sentence();
        return gap >= 0 && gap <= 1 && e.participants().size() > x.participants().size()
                && e.participants().containsAll(x.participants());
    }
}
