package diplograph.extract.fact;

import diplograph.extract.Groups;
import diplograph.extract.Tokens;
import diplograph.extract.resolve.PersonResolver;
import diplograph.extract.resolve.Salience;
import diplograph.lexicon.Lexicon;
import diplograph.lexicon.PhraseMatcher;
import diplograph.model.AnalysedArticle;
import diplograph.model.CharSpan;
import diplograph.model.Entity;
import diplograph.model.Event;
import diplograph.model.Evidence;
import diplograph.model.Mention;
import diplograph.model.Position;
import diplograph.model.Quote;
import diplograph.model.Sentence;
import diplograph.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;

/**
 * Reads positions from the stance cues of the lexicon. The holder is the state of the cue's
 * subject: a state ("Kazakhstan supports…"), a person's state ("Nurtleu praised…"), or, inside a
 * quotation, the speaker's state for "we" ("We fully support…"). "Both sides"/"the two leaders"
 * give one position per participant of the event just reported. The target is the first other
 * state named after the cue; inside a quotation "your" is the state of the speaker's counterpart.
 */
public final class PositionExtractor {

    /** Tokens between a subject and its cue ("Kazakhstan fully supports", "He strongly condemned"). */
    private static final int SUBJECT_GAP = 3;
    /** The value of stance-cues.tsv's thanks: no stance of the scheme. */
    private static final String THANKS = "thanks";
    private static final int TARGET_REACH = 15;
    /** Words between "in" and "of" in a place given by its state: "in the Tigray region of Ethiopia". */
    private static final int REGION_WORDS = 4;

    /** How far the situation of a concern may run to the state it lies in. */
    private static final int CONCERN_REACH = 32;
    private static final int ABOUT_MAX_TOKENS = 12;
    static final List<String> WE = List.of("we", "i");
    private static final List<String> YOUR = List.of("your");
    private static final List<String> POSSESSIVES = List.of("his", "her");
    /** Stances one takes towards what another proposes or does. */
    private static final Set<String> APPROVING = Set.of("support", "welcome", "praise");

    private final Lexicon lexicon;
    private final JudgementReader judgements;

    public PositionExtractor(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.judgements = new JudgementReader(lexicon, (a, s, verb, c) -> holders(a, s, verb, null, c));
    }

    /** What the extractor reads: the article's persons, states, quotations and events. */
    public record Context(List<PersonResolver.Resolved> persons, List<Mention> states, List<Mention> organizations,
                   List<Quote> quotes, List<Event> events, Map<String, Entity> stateOf, Salience salience,
                   diplograph.extract.mention.ArticleDates dates, diplograph.extract.Clauses clauses,
                   java.util.Set<String> outOfOffice, Entity voice) {

        /** Who may hold a position in their own name: states and organizations ("SADC called for"). */
        List<Mention> actors() {
            List<Mention> all = new ArrayList<>(states);
            all.addAll(organizations);
            return all;
        }
    }

    /** A state or organization named as such, not an adjective ("Russian") or a pronoun. */
    private static boolean actorName(Mention m) {
        return m.rule().equals("state.name.v1") || m.rule().equals("organization.name.v1");
    }

    public List<Position> extract(AnalysedArticle a, Context c) {
        return extract(a, c, new ArrayList<>());
    }

    /** As {@link #extract(AnalysedArticle, Context)}, with a diagnostic for each stance denied or made conditional. */
    public List<Position> extract(AnalysedArticle a, Context c, List<diplograph.model.Diagnostic> diagnostics) {
        List<Position> found = new ArrayList<>();
        String text = a.article().text();
        for (Sentence s : a.sentences()) {
            List<PhraseMatcher.Match<String>> cues = new ArrayList<>(lexicon.stances().findAll(a.tokens(), s.tokens().start(), s.tokens().end(), text));
            cues.addAll(directives(a, s, cues));
            cues.sort(java.util.Comparator.comparingInt(PhraseMatcher.Match::start));
            judgements.read(a, s, c, found);
            if (cues.isEmpty()) {
                reportedObligation(a, s, c, found);
                continue;
            }
            java.util.Set<PhraseMatcher.Match<String>> nested = nested(a, cues);
            List<Holder> previous = List.of();
            PhraseMatcher.Match<String> previousCue = null;
            for (var cue : cues) {
                if (cue.value().equals(THANKS) || greeting(a, cue, c) || nested.contains(cue) || chargedWith(a, s, cue)
                        || othersWords(a, s, cue) || courtesyCall(a, s, cue, c) || attributive(a, cue)
                        || discussedTopic(a, s, cue) || fostering(a, s, cue)) {
                    continue; // (Thanks are no stance; they only say who holds the one of a gerund after them.)
                }
                Lexicon.Modality modality = modality(a, s, cue);
                if (modality != null) {
                    // "did not support", "would welcome": not the stance itself; kept as a diagnostic.
                    diagnostics.add(new diplograph.model.Diagnostic("position." + modality.name().toLowerCase(java.util.Locale.ROOT),
                            cue.value() + " " + modality.name().toLowerCase(java.util.Locale.ROOT) + ": "
                                    + s.span().coveredText(text), s.span()));
                    continue;
                }
                Quote quote = quoteAround(c.quotes(), a.tokens().get(cue.start()).span().begin());
                List<Holder> holders = thankedFor(a, s, cues, cue, c);
                Entity passiveSubject = null;
                Holder agent = passiveAgent(a, cue, c);
                if (agent != null) {
                    // "Tbilisi's bid to join NATO is fiercely opposed by Moscow": Russia opposes, Georgia's bid.
                    holders = List.of(agent);
                    passiveSubject = subjectBefore(a, s, cue.start(), c);
                }
                if (holders == null && !previous.isEmpty() && coordinatedVerb(a, cue, previousCue)) {
                    // "The UK government condemned the attack and called on all sides to …": the
                    // second verb's subject is the first's.
                    holders = previous;
                }
                if (holders == null) {
                    holders = holders(a, s, effortsGovernor(a, s, cue), quote, c);
                }
                if (!holders.isEmpty()) {
                    previous = holders;
                    previousCue = cue;
                }
                for (Holder listed : holders) {
                    if (listed.state() == null || claimAbout(listed, c)) {
                        continue;
                    }
                    Holder h = new Holder(lexicon.speaksFor(listed.state()), listed.speaker());
                    Entity target = agent != null ? (h.state().equals(passiveSubject) ? null : passiveSubject)
                            : target(a, s, pastTime(a, s, cue, c), h, quote, c);
                    if (target == null && directive(cue)) {
                        continue; // "told reporters to": a call only when addressed to another state
                    }
                    if (cue.value().equals("call_for") && genericAddressee(a, s, cue)) {
                        diagnostics.add(new diplograph.model.Diagnostic("position.generic",
                                "a call to a class of people, not a party: " + s.span().coveredText(text), s.span()));
                        continue;
                    }
                    if (cue.value().equals("call_for") && ownPeople(a, s, cue, h)) {
                        diagnostics.add(new diplograph.model.Diagnostic("position.domestic",
                                "a call to the holder's own people: " + s.span().coveredText(text), s.span()));
                        continue;
                    }
                    if (target == null && holders.size() == 2
                            && (cue.value().equals("support") || cue.value().equals("praise"))
                            && aboutTheirRelation(a, s, cue)) {
                        // "Iran and Kazakhstan reiterated their commitment to strengthening ties", "The parties
                        // reaffirmed their commitment to … Russian-Uzbek relations": two states' support of
                        // their own relation is each one's towards the other.
                        Entity other = holders.get(0) == listed ? holders.get(1).state() : holders.get(0).state();
                        target = h.state().equals(other) ? null : other;
                    }
                    String about = passiveWithoutAgent(a, s, cue) ? passiveSubject(a, s, cue)
                            : about(a, s, passiveSkipped(a, s, pastTime(a, s, cue, c)));
                    Position p = new Position(h.state(), h.speaker(), cue.value(), about, target,
                            new Evidence(s.index(), s.span(), quote != null ? "position.quote.v1" : "position.reported.v1",
                                    quote != null ? 0.7 : 0.8));
                    if (found.stream().noneMatch(x -> same(x, p))) {
                        found.add(p);
                    }
                }
            }
        }
        return found;
    }

    record Holder(Entity state, Entity speaker) {
    }

    /** The longest verb of discussion before a stance noun: "discussed", "exchanged views on". */
    private static final int TOPIC_VERB_WORDS = 3;

    /**
     * Whether the cue is a stance noun ("the need for") right after a verb that makes it a topic of
     * discussion ("discussed the need for timely preparations"): what was discussed, not a call.
     * After a verb of emphasis or speech ("stressed the need", "spoke of the need to") it stays one.
     */
    private boolean discussedTopic(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue) {
        if (!a.tokens().get(cue.start()).text().equalsIgnoreCase("the")) {
            return false;
        }
        int from = Math.max(s.tokens().start(), cue.start() - TOPIC_VERB_WORDS);
        return lexicon.topicVerbs().endingAt(a.tokens(), from, cue.start(), a.article().text()) != null;
    }

    /**
     * Whether the cue is a verb right after "and", the second of two verbs that share a subject: as
     * the tagger says, or in the present's "-s" as the earlier verb ("condemns … and calls on", where
     * the tagger may read a plural noun).
     */
    private static boolean coordinatedVerb(AnalysedArticle a, PhraseMatcher.Match<String> cue,
                                           PhraseMatcher.Match<String> earlier) {
        var t = a.tokens();
        if (earlier == null) {
            return false;
        }
        Token verb = t.get(cue.start());
        Token first = t.get(earlier.start());
        int before = cue.start() - 1;
        if (verb.pos().equals("NOUN") && first.pos().equals("NOUN")) {
            // "affirmed its strong condemnation of these acts, and its constant rejection of all
            // violence": a noun coordinated with the first, its possessive the same holder's.
            for (int k = 0; k < COORDINATED_MODIFIERS && before > earlier.end() && t.get(before).pos().equals("ADJ"); k++) {
                before--;
            }
            if (Tokens.isAny(t, before, COORDINATED_POSSESSIVES) && before > earlier.end()) {
                before--;
                return Tokens.is(t, before, "and");
            }
            return false;
        }
        // "condemned the attack and has called for", "and also urged": auxiliaries and adverbs between.
        for (int k = 0; k < COORDINATED_MODIFIERS && before > earlier.end()
                && (Tokens.isAny(t, before, COORDINATED_AUXILIARIES) || t.get(before).pos().equals("ADV")); k++) {
            before--;
        }
        if (!Tokens.is(t, before, "and")) {
            return false;
        }
        return verb.pos().equals("VERB")
                || first.pos().equals("VERB") && first.text().endsWith("s") && verb.text().endsWith("s");
    }

    /** Words that may stand between "and" and a coordinated cue: "and has also called for", "and its constant rejection of". */
    private static final int COORDINATED_MODIFIERS = 3;
    private static final List<String> COORDINATED_AUXILIARIES = List.of("has", "have", "had", "also");
    private static final List<String> COORDINATED_POSSESSIVES = List.of("its", "their", "his", "her");

    /** Nouns whose "that" clause says what others claim: "Countering claims that his country supports terrorism". */
    private static final List<String> CLAIMS = List.of("claims", "claim", "allegations", "allegation", "reports", "report",
            "accusations", "accusation", "charges", "rumours", "rumors", "suggestions", "fears");
    /** Prepositions that make a noun cue the circumstance of another clause: "was removed following concerns that". */
    private static final List<String> CIRCUMSTANCES = List.of("following", "amid", "amidst", "despite", "after");
    /**
     * Whether the speaker is of another state than the holder: "Iran calls for the destruction of
     * Israel," Netanyahu said — what one state's official says another state stands for is a claim
     * about it, not that state's position.
     */
    private static boolean claimAbout(Holder h, Context c) {
        if (h.speaker() == null || h.state().kind() != diplograph.model.EntityKind.STATE) {
            return false;
        }
        Entity own = c.stateOf().get(h.speaker().key());
        return own != null && own.kind() == diplograph.model.EntityKind.STATE && !own.equals(h.state());
    }

    /** Verbs by which a subject states a stance named as a noun: "He expressed these concerns". */
    private static final List<String> EXPRESSING = List.of("expressed", "expresses", "voiced", "voices", "reiterated",
            "reiterates", "repeated", "repeats", "raised", "raises", "shared", "shares", "conveyed", "conveys");
    /** Determiners before a noun cue that point at a stance told elsewhere: "received this support warmly". */
    private static final List<String> POINTERS = List.of("this", "that", "these", "those", "such");

    /**
     * Whether the cue's words are not the subject's stance: inside what a claim says ("Countering
     * claims that his country supports terrorism"), a noun that is the circumstance of another
     * clause ("Iraq was removed following concerns that"), or a noun pointing at a stance told
     * elsewhere ("received this support warmly"; not one the subject states: "expressed these concerns").
     */
    private static boolean othersWords(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue) {
        var t = a.tokens();
        int before = cue.start() - 1;
        if (before >= s.tokens().start() && !cue.phrase().contains(" ") && t.get(cue.start()).pos().equals("NOUN")
                && (Tokens.isAny(t, before, CIRCUMSTANCES)
                || Tokens.isAny(t, before, POINTERS) && !Tokens.isAny(t, before - 1, EXPRESSING))) {
            return true;
        }
        for (int k = cue.start() - 1; k > Math.max(s.tokens().start(), cue.start() - 8); k--) {
            if (Tokens.is(t, k, "that") && Tokens.isAny(t, k - 1, CLAIMS)) {
                return true;
            }
            if (t.get(k).pos().equals("PUNCT")) {
                break;
            }
        }
        return false;
    }

    /** Verbs that charge someone with a deed ("accused Russia of supporting"): the deed is no stance of theirs. */
    private static final List<String> CHARGES = List.of("accused", "accuses", "accusing", "accuse", "suspected",
            "suspects", "charged", "charges", "convicted");

    /**
     * Whether the cue is a gerund after "of" that a charge governs: "NATO has accused Russia of
     * supporting the rebels" says what Russia is charged with, not what it stands for.
     */
    private static boolean chargedWith(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue) {
        var t = a.tokens();
        if (!t.get(cue.start()).text().endsWith("ing") || !Tokens.is(t, cue.start() - 1, "of")) {
            return false;
        }
        for (int k = cue.start() - 2; k >= Math.max(s.tokens().start(), cue.start() - 8); k--) {
            if (Tokens.isAny(t, k, CHARGES)) {
                return true;
            }
        }
        return false;
    }

    /** Tokens of a directive's object before its infinitive: "told the Israeli government to". */
    private static final int DIRECTIVE_OBJECT_REACH = 5;
    private static final String DIRECTIVE = "directive";

    /**
     * The directive verbs of the sentence followed by an object and an infinitive ("told Israel to
     * ease"), as call-for cues; not where a stance cue already stands.
     */
    private List<PhraseMatcher.Match<String>> directives(AnalysedArticle a, Sentence s, List<PhraseMatcher.Match<String>> cues) {
        var t = a.tokens();
        List<PhraseMatcher.Match<String>> found = new ArrayList<>();
        for (var d : lexicon.directives().findAll(t, s.tokens().start(), s.tokens().end(), a.article().text())) {
            if (cues.stream().anyMatch(c -> c.start() <= d.start() && d.start() < c.end())) {
                continue;
            }
            if (infinitiveAfterObject(a, s, d.end())) {
                found.add(new PhraseMatcher.Match<>(d.start(), d.end(), DIRECTIVE + ":" + d.phrase(), "call_for"));
            }
        }
        return found;
    }

    /** Whether an object and a "to" infinitive follow the verb ending at {@code end}: "told Israel to ease". */
    private static boolean infinitiveAfterObject(AnalysedArticle a, Sentence s, int end) {
        var t = a.tokens();
        for (int k = end + 1; k < Math.min(s.tokens().end() - 1, end + 1 + DIRECTIVE_OBJECT_REACH); k++) {
            Token w = t.get(k);
            if (w.pos().equals("PUNCT") || w.pos().equals("VERB") || w.pos().equals("AUX")) {
                return false;
            }
            if (w.text().equals("to") && t.get(k + 1).pos().equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a stance cue that is a directive verb and nothing more ("encouraged") only fosters
     * something: it calls on someone when an object and an infinitive follow ("encouraged both sides
     * to maintain direct communication") or a gerund does ("we encourage taking the steps"), not when
     * a plain object does ("refused to return the wreckage, encouraging conspiracy theories").
     */
    private boolean fostering(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue) {
        var directive = lexicon.directives().matchAt(a.tokens(), cue.start(), a.article().text());
        if (directive == null || directive.end() != cue.end() || cue.end() >= s.tokens().end()) {
            return false;
        }
        Token next = a.tokens().get(cue.end());
        boolean gerund = next.text().endsWith("ing") && next.pos().equals("VERB");
        return !gerund && !infinitiveAfterObject(a, s, cue.end());
    }

    /** Words before an addressee's noun: "urged the American public", "asked his fellow citizens". */
    private static final java.util.Set<String> ADDRESSEE_OPENERS = java.util.Set.of("the", "his", "her", "their", "its", "our",
            "fellow", "all", "own", "on");

    /**
     * Whether the call is addressed to the holder's own population ("urged voters to", "urged the
     * American public not to tolerate"): domestic politics, no position towards another party. Not
     * when the people are another state's ("urged the Afghan people to").
     */
    private boolean ownPeople(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue, Holder h) {
        var t = a.tokens();
        String text = a.article().text();
        int k = cue.end();
        while (k < s.tokens().end() && k < cue.end() + 4 && (ADDRESSEE_OPENERS.contains(t.get(k).text().toLowerCase(java.util.Locale.ROOT))
                || t.get(k).pos().equals("ADJ") || t.get(k).pos().equals("PROPN"))) {
            var state = lexicon.stateAdjectives().matchAt(t, k, text);
            if (state == null) {
                state = lexicon.stateNames().matchAt(t, k, text);
            }
            if (state != null && !state.value().equals(h.state())) {
                return false; // another state's people
            }
            k = state != null ? state.end() : k + 1;
        }
        return k < s.tokens().end() && lexicon.audienceNouns().matchAt(t, k, text) != null
                && !Tokens.is(t, k + 1, "of"); // "the people of Zimbabwe": named by their state
    }

    /**
     * Whether a call is addressed to office holders in general, a bare plural of a title ("calling
     * on diplomatic leaders to act as facilitators", "urged foreign ministers to"): an exhortation,
     * where a position's call names a party ("called on Israel to", "urged partners to", "urged all
     * sides to", "called on the parties to").
     */
    private boolean genericAddressee(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue) {
        var t = a.tokens();
        int k = cue.end();
        while (k < s.tokens().end() && k < cue.end() + 3 && t.get(k).pos().equals("ADJ") && !t.get(k).isCapitalized()) {
            k++;
        }
        if (k >= s.tokens().end() || !Tokens.is(t, k + 1, "to") || t.get(k).isCapitalized()
                || !t.get(k).text().endsWith("s")) {
            return false;
        }
        String singular = Tokens.text(a, cue.end(), k + 1).replaceFirst("s$", "");
        String head = t.get(k).text().replaceFirst("s$", "");
        return lexicon.title(singular) != null || lexicon.title(head) != null;
    }

    /**
     * Whether "called on" is a visit, not a demand: a person is its object and no infinitive follows
     * ("Jaishankar called on President Joko Widodo in Jakarta"; not "called on President Putin to withdraw").
     */
    private static boolean courtesyCall(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue, Context c) {
        if (!cue.phrase().startsWith("call") || !cue.phrase().endsWith(" on")
                || diplograph.extract.mention.ContactPhrases.demandFollows(a.tokens(), cue.end(), s.tokens().end())) {
            return false;
        }
        int object = Tokens.is(a.tokens(), cue.end(), "the") ? cue.end() + 1 : cue.end();
        return c.persons().stream().anyMatch(r -> r.mention().sentence() == s.index()
                && (r.mention().start() == cue.end() || r.mention().start() == object));
    }

    private static boolean directive(PhraseMatcher.Match<String> cue) {
        return cue.phrase().startsWith(DIRECTIVE + ":");
    }

    /** Tokens between a speech verb and the modal of its complement: "said the political upheaval in Israel must". */
    private static final int OBLIGATION_REACH = 16;

    /**
     * A statement of what must be done, reported: "Erekat said the political upheaval in Israel must
     * not stop the peace process", "Merkel stated that Georgia's territorial integrity has to be
     * respected". The speaker's state (the subject of the speech verb) calls for it; the target is
     * the state the complement's subject names, if another. Not a guess ("must have been"), nor a
     * question, nor a quotation.
     */
    private void reportedObligation(AnalysedArticle a, Sentence s, Context c, List<Position> found) {
        var t = a.tokens();
        String text = a.article().text();
        if (Tokens.is(t, s.tokens().end() - 1, "?")) {
            return;
        }
        for (int v = s.tokens().start() + 1; v < s.tokens().end(); v++) {
            var verb = lexicon.speechVerbs().matchAt(t, v, text);
            if (verb == null || insideQuotation(c, t.get(v).span().begin())) {
                continue;
            }
            int from = Tokens.is(t, verb.end(), "that") ? verb.end() + 1 : verb.end();
            if (from >= s.tokens().end() || QUOTE_MARKS.contains(t.get(from).text()) || Tokens.is(t, from, ",")) {
                continue; // "said: “…”", "said, however": no clause of its own follows
            }
            for (int k = from + 1; k < Math.min(s.tokens().end(), from + OBLIGATION_REACH); k++) {
                if (Tokens.isAny(t, k, List.of(";", ".")) || QUOTE_MARKS.contains(t.get(k).text())
                        || lexicon.speechVerbs().matchAt(t, k, text) != null) {
                    break;
                }
                var modal = lexicon.obligations().matchAt(t, k, text);
                if (modal == null || Tokens.is(t, modal.end(), "have") || Tokens.is(t, modal.end(), "be")
                        && Tokens.is(t, modal.end() + 1, "a")) {
                    continue; // "must have been", "must be a mistake": a guess, not a call
                }
                var cue = new PhraseMatcher.Match<>(verb.start(), verb.end(), verb.phrase(), "call_for");
                var clause = new PhraseMatcher.Match<>(verb.start(), from, verb.phrase(), "call_for");
                for (Holder h : holders(a, s, cue, null, c)) {
                    if (h.state() == null) {
                        continue;
                    }
                    Entity target = null;
                    for (Mention m : c.states()) {
                        // "US-Russia relations": a relation of others, addressed to neither.
                        boolean pair = Tokens.isHyphen(t, m.tokens().end())
                                || m.tokens().start() > 0 && Tokens.isHyphen(t, m.tokens().start() - 1);
                        if (m.sentence() == s.index() && m.tokens().start() >= from && m.tokens().end() <= k
                                && !m.entity().equals(h.state()) && target == null && !pair) {
                            target = m.entity();
                        }
                    }
                    if (target == null) {
                        target = relationWith(a, s, k, c, h.state());
                    }
                    Position p = new Position(lexicon.speaksFor(h.state()), h.speaker(), "call_for", about(a, s, clause), target,
                            new Evidence(s.index(), s.span(), "position.reported_obligation.v1", 0.7));
                    if (found.stream().noneMatch(x -> same(x, p))) {
                        found.add(p);
                    }
                }
                return;
            }
        }
    }

    /** Words between a relation word and the "with" of its other side: "relations and trade with Russia". */
    private static final int RELATION_WITH_GAP = 3;

    /**
     * The other side of a relation the predicate of a reported call names ("the EU should reassess its
     * relations with Russia", "Japan must restore ties with China"): the state after "with", when a
     * relation word stands just before; null when none, or when it is the holder's own.
     */
    private static Entity relationWith(AnalysedArticle a, Sentence s, int from, Context c, Entity holder) {
        var t = a.tokens();
        for (Mention m : c.states()) {
            int w = m.tokens().start() - 1;
            if (m.sentence() != s.index() || w <= from || !Tokens.is(t, w, "with") || m.entity().equals(holder)) {
                continue;
            }
            boolean stop = false;
            for (int k = from; k < w; k++) {
                stop |= Tokens.isAny(t, k, List.of(";", ".")) || QUOTE_MARKS.contains(t.get(k).text());
            }
            for (int k = w - 1; !stop && k >= from && k >= w - RELATION_WITH_GAP; k--) {
                if (RELATION.matcher(t.get(k).text().toLowerCase(java.util.Locale.ROOT)).matches()) {
                    return m.entity();
                }
            }
        }
        return null;
    }

    static final List<String> QUOTE_MARKS = List.of("“", "”", "\"", "‘", "’");

    static boolean insideQuotation(Context c, int charPos) {
        return quoteAround(c.quotes(), charPos) != null;
    }

    /** Words by which a complement names the holders' own relation ("ties", "Russian-Uzbek relations"). */
    private static final java.util.regex.Pattern RELATION = java.util.regex.Pattern.compile(
            "\\b(relations|relationship|ties|cooperation|partnership|friendship)\\b");

    /** How far a complement is read for its relation word: "their commitment to facilitating the all-round development of the entire range of Russian-Uzbek relations". */
    private static final int RELATION_REACH = 25;

    /** Words between a pair of states and its relation word: "the U.S.-Jordan strategic partnership". */
    private static final int RELATION_MODIFIERS = 2;

    /**
     * A relation named by a pair of states in the complement ("U.S.-China relations", "the U.S.-Jordan
     * strategic partnership"): the two mentions, or null when there is none.
     */
    private static Mention[] relationPair(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue, Context c) {
        var t = a.tokens();
        int end = Math.min(s.tokens().end(), cue.end() + RELATION_REACH);
        for (Mention first : c.states()) {
            int hyphen = first.tokens().end();
            if (first.sentence() != s.index() || first.tokens().start() < cue.end() || hyphen >= end
                    || !Tokens.isHyphen(t, hyphen)) {
                continue;
            }
            for (Mention second : c.states()) {
                if (second.sentence() != s.index() || second.tokens().start() != hyphen + 1) {
                    continue;
                }
                for (int k = second.tokens().end(); k <= Math.min(end - 1, second.tokens().end() + RELATION_MODIFIERS); k++) {
                    if (RELATION.matcher(t.get(k).text().toLowerCase(java.util.Locale.ROOT)).matches()) {
                        return new Mention[] {first, second};
                    }
                }
            }
        }
        return null;
    }

    private static boolean aboutTheirRelation(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue) {
        int end = Math.min(s.tokens().end(), cue.end() + RELATION_REACH);
        for (int k = cue.end(); k < end; k++) {
            String w = a.tokens().get(k).text();
            if (w.equals(";") || w.equals(".")) {
                return false;
            }
            if (RELATION.matcher(w.toLowerCase(java.util.Locale.ROOT)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cues that are not stances of their own because one stands in the other's complement:
     * the inner one ("denied any support for": a denial, not support), except after a commitment
     * ("our shared commitment to urging Russia to de-escalate": the call is the stance).
     */
    private static java.util.Set<PhraseMatcher.Match<String>> nested(AnalysedArticle a, List<PhraseMatcher.Match<String>> cues) {
        java.util.Set<PhraseMatcher.Match<String>> nested = new java.util.HashSet<>();
        for (int k = 1; k < cues.size(); k++) {
            PhraseMatcher.Match<String> governing = cues.get(k - 1);
            if (complementOf(a, governing, cues.get(k))) {
                boolean commitment = governing.value().equals("support") && governing.phrase().endsWith(" to");
                nested.add(commitment ? governing : cues.get(k));
            }
        }
        return nested;
    }

    /** Words a stance's complement may open with before a nested cue: "denied providing military support". */
    private static final int COMPLEMENT_REACH = 3;

    /**
     * Whether a cue stands in the complement of the one before it, and so is what that stance is
     * about, not a stance of its own: "denied providing military support to either side",
     * "rejected calls for", "condemned the support for". Not when a conjunction or a punctuation
     * mark begins a clause of its own between them ("welcomed the deal and supported …").
     */
    private static boolean complementOf(AnalysedArticle a, PhraseMatcher.Match<String> governing, PhraseMatcher.Match<String> cue) {
        if (cue.start() < governing.end() || cue.start() - governing.end() > COMPLEMENT_REACH) {
            return false;
        }
        for (int k = governing.end(); k < cue.start(); k++) {
            Token t = a.tokens().get(k);
            if (t.pos().equals("PUNCT") || t.pos().equals("CCONJ")) {
                return false;
            }
        }
        return true;
    }

    /** Words between a subject and its stance that may deny it or make it conditional. */
    private static final int MODALITY_REACH = 3;

    /**
     * A negation or condition right before the cue ("did not support", "would welcome", "could
     * never accept"); a plan is still a stance ("will continue to support").
     */
    private Lexicon.Modality modality(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue) {
        int from = Math.max(s.tokens().start(), cue.start() - MODALITY_REACH);
        for (int k = cue.start() - 1; k > from; k--) {
            if (a.tokens().get(k).pos().equals("PUNCT")) {
                from = k + 1;
                break;
            }
        }
        for (var m : lexicon.modalities().findAll(a.tokens(), from, cue.start(), a.article().text())) {
            if (m.value() != Lexicon.Modality.PLANNED && !Tokens.is(a.tokens(), m.end(), "only")) {
                return m.value();
            }
        }
        return null;
    }

    /**
     * "thanked the people of Singapore for supporting …", "criticised Iran for backing …": the one
     * praised or blamed is who holds the stance the gerund names, not the sentence's subject. Null
     * when the cue is no such gerund.
     */
    private static List<Holder> thankedFor(AnalysedArticle a, Sentence s, List<PhraseMatcher.Match<String>> cues,
                                           PhraseMatcher.Match<String> cue, Context c) {
        if (!a.tokens().get(cue.start()).text().endsWith("ing") || !Tokens.is(a.tokens(), cue.start() - 1, "for")) {
            return null;
        }
        PhraseMatcher.Match<String> governing = null;
        for (var g : cues) {
            if (g.end() < cue.start() - 1) {
                governing = g;
            }
        }
        if (governing == null || !(governing.value().equals("praise") || governing.value().equals(THANKS)
                || governing.value().equals("condemn"))) {
            return null;
        }
        List<Mention> actors = c.actors();
        for (int i = governing.end(); i < cue.start() - 1; i++) {
            for (Mention m : actors) {
                if (m.sentence() == s.index() && m.tokens().start() == i) {
                    return List.of(new Holder(m.entity(), null));
                }
            }
            for (PersonResolver.Resolved r : c.persons()) {
                if (r.mention().sentence() == s.index() && r.mention().start() == i && c.stateOf().get(r.person().key()) != null) {
                    return List.of(new Holder(c.stateOf().get(r.person().key()), r.person()));
                }
            }
        }
        return List.of();
    }

    /**
     * The one who holds a passive stance: the agent of "is opposed by Moscow", "was condemned by
     * the African Union", "was welcomed by Foreign Minister X". Null when the cue is no passive with
     * a named agent.
     */
    private Holder passiveAgent(AnalysedArticle a, PhraseMatcher.Match<String> cue, Context c) {
        int before = cue.start() - 1;
        while (before >= 0 && a.tokens().get(before).pos().startsWith("ADV")) {
            before--; // "is fiercely opposed"
        }
        if (!Tokens.isAny(a.tokens(), before, PASSIVE_AUXILIARIES) || !a.tokens().get(cue.end() - 1).text().endsWith("ed")
                || !Tokens.is(a.tokens(), cue.end(), "by")) {
            return null;
        }
        int at = cue.end() + 1;
        if (Tokens.is(a.tokens(), at, "the")) {
            at++;
        }
        for (Mention m : c.actors()) {
            if (m.tokens().start() == at && actorName(m)) {
                return new Holder(m.entity(), null);
            }
        }
        Entity capital = capitalState(a, at);
        if (capital != null) {
            return new Holder(capital, null);
        }
        for (PersonResolver.Resolved r : c.persons()) {
            if (r.mention().start() == at && c.stateOf().get(r.person().key()) != null) {
                return new Holder(c.stateOf().get(r.person().key()), r.person());
            }
        }
        return null;
    }

    /** The first state the sentence names before {@code end} as its subject (a name, a capital, a person's state). */
    private Entity subjectBefore(AnalysedArticle a, Sentence s, int end, Context c) {
        for (int i = s.tokens().start(); i < end; i++) {
            if (i > s.tokens().start() && a.tokens().get(i - 1).pos().equals("ADP")) {
                continue;
            }
            Entity named = stateNamedAt(c, i);
            if (named != null) {
                return named;
            }
            Entity capital = capitalState(a, i);
            if (capital != null) {
                return capital;
            }
        }
        return null;
    }

    /**
     * "a draft Security Council resolution supporting", "its G20 presidency, and thanked": a name
     * before a singular common noun modifies it and is no subject; before a plural one it names the
     * actor's people ("NATO leaders called for").
     */
    private boolean modifiesNoun(AnalysedArticle a, Mention m, int cue) {
        int next = m.tokens().end();
        if (next >= cue) {
            return false;
        }
        Token t = a.tokens().get(next);
        if (!t.pos().equals("NOUN")) {
            return false;
        }
        // "the US lawyers are demanding", "Chinese businesses support": a plural noun too, unless it is a
        // verb the tagger took for one ("Iran says it supports") or a government ("U.S. officials", read
        // as a government's subject further on).
        String text = a.article().text();
        return !t.text().endsWith("s") || lexicon.speechVerbs().matchAt(a.tokens(), next, text) == null
                && lexicon.stances().matchAt(a.tokens(), next, text) == null
                && lexicon.governmentNouns().matchAt(a.tokens(), next, text) == null;
    }

    /**
     * The person coordinated right before another ("A and B"; in a list, "A, B and C", also after a
     * comma), or null. A comma alone ends an opening phrase, not a coordination ("At a press
     * conference with the Secretary General, Fidan said").
     */
    private static PersonResolver.Resolved personBefore(AnalysedArticle a, Sentence s, Context c, PersonResolver.Resolved r,
                                                        boolean inList) {
        int link = r.mention().start() - 1;
        if (!Tokens.is(a.tokens(), link, "and") && !(inList && Tokens.is(a.tokens(), link, ","))) {
            return null;
        }
        int end = Tokens.is(a.tokens(), link - 1, ",") ? link - 1 : link;
        for (PersonResolver.Resolved p : c.persons()) {
            if (p.mention().sentence() == s.index() && p.mention().end() == end && !p.person().equals(r.person())) {
                return p;
            }
        }
        return null;
    }

    /** The state of a capital named as the cue's subject ("Ankara rejected", "Moscow has condemned"), or null. */
    private Entity capitalSubject(AnalysedArticle a, Sentence s, int lo, int cue) {
        for (int i = cue - 1; i >= lo; i--) {
            Token t = a.tokens().get(i);
            if (t.pos().equals("PUNCT") || t.pos().equals("ADP")) {
                return null;
            }
            Entity state = capitalState(a, i);
            if (state != null) {
                boolean object = i > s.tokens().start() && a.tokens().get(i - 1).pos().equals("ADP");
                return object ? null : state;
            }
        }
        return null;
    }

    /** "in China and called for": a state after a preposition is no subject. */
    private static boolean objectOfPreposition(AnalysedArticle a, Mention m) {
        int before = m.tokens().start() - 1;
        if (before >= 0 && a.tokens().get(before).pos().equals("DET")) {
            before--; // "in the United States"
        }
        return before >= 0 && a.tokens().get(before).pos().equals("ADP");
    }

    /**
     * The states of a coordination ending with {@code last} ("Iran, Turkey and Russia"); empty when
     * something other than a state stands in it ("the minister and Iran").
     */
    private static List<Mention> coordinatedStates(AnalysedArticle a, Sentence s, Mention last, Context c) {
        Coordination co = coordinationBefore(a, s, last, c.actors(), PositionExtractor::actorName);
        if (co.unmatchedLink() >= 0 && !Tokens.is(a.tokens(), co.unmatchedLink(), ",")) {
            return List.of(); // "the minister and Iran": no state's own position ("In Tehran, Iran …" is Iran alone)
        }
        List<Mention> chain = new ArrayList<>(co.before());
        chain.add(last);
        return chain;
    }

    /**
     * The mentions coordinated before another ("Iran, Turkey, and" before "Russia"), in text order,
     * and the link ("and" or ",") before which none was found, or -1 when the coordination simply
     * began.
     */
    private record Coordination(List<Mention> before, int unmatchedLink) {
    }

    private static Coordination coordinationBefore(AnalysedArticle a, Sentence s, Mention last, List<Mention> candidates,
                                                   java.util.function.Predicate<Mention> fits) {
        List<Mention> before = new ArrayList<>();
        Mention current = last;
        while (Tokens.isAny(a.tokens(), current.tokens().start() - 1, List.of("and", ","))) {
            int end = current.tokens().start() - 1;
            if (Tokens.is(a.tokens(), end - 1, ",")) {
                end--; // "Iran, Turkey, and Russia"
            }
            Mention found = null;
            for (Mention m : candidates) {
                if (m.sentence() == s.index() && m.tokens().end() == end && fits.test(m)) {
                    found = m;
                }
            }
            if (found == null) {
                return new Coordination(before, current.tokens().start() - 1);
            }
            before.add(0, found);
            current = found;
        }
        return new Coordination(before, -1);
    }

    private static final List<String> PASSIVE_AUXILIARIES = List.of("was", "were", "been", "being", "is", "are", "be");
    private static final List<String> OBJECT_PRONOUNS = List.of("him", "her", "them", "us", "me");

    /**
     * A welcome of persons is a reception, not a stance: "she was welcomed by President Tinubu with a
     * ceremony", "Tinubu welcomed the minister at the airport", "welcomed him".
     */
    private static boolean greeting(AnalysedArticle a, PhraseMatcher.Match<String> cue, Context c) {
        if (!cue.value().equals("welcome")) {
            return false;
        }
        String before = cue.start() > 0 ? a.tokens().get(cue.start() - 1).pos() : "";
        if (before.equals("DET") || before.equals("ADJ")) {
            return true; // "a welcome ceremony", "a warm welcome"
        }
        if (Tokens.isAny(a.tokens(), cue.start() - 1, PASSIVE_AUXILIARIES)) {
            return true;
        }
        int next = cue.end();
        if (Tokens.isAny(a.tokens(), next, OBJECT_PRONOUNS)) {
            return true;
        }
        for (PersonResolver.Resolved r : c.persons()) {
            int start = r.mention().start();
            if (start == next || start == next + 1 && Tokens.isAny(a.tokens(), next, List.of("the", "his", "her", "their"))) {
                return true;
            }
        }
        return false;
    }

    private List<Holder> holders(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue, Quote quote, Context c) {
        List<Holder> found = holdersNear(a, s, cue, quote, c);
        if (found.isEmpty() && participleAfterComma(a, cue.start())) {
            // "The Pakistan Foreign Office reiterated its stance, emphasising the urgent need for …":
            // the participle's subject is the main verb's, however far before the comma it stands.
            int verb = mainVerbBefore(a, s, cue.start() - 1);
            if (verb >= 0) {
                return holdersNear(a, s, new PhraseMatcher.Match<>(verb, verb + 1, a.tokens().get(verb).text(), cue.value()), quote, c);
            }
        }
        return found;
    }

    /** "…, rejecting Western accusations": a participle right after a comma. */
    private static boolean participleAfterComma(AnalysedArticle a, int cue) {
        return a.tokens().get(cue).text().endsWith("ing") && Tokens.is(a.tokens(), cue - 1, ",");
    }

    /**
     * The finite verb of the clause a comma at {@code comma} ends: the nearest verb before it that is
     * not itself a participle, with no other comma between (else -1).
     */
    private static int mainVerbBefore(AnalysedArticle a, Sentence s, int comma) {
        for (int k = comma - 1; k >= s.tokens().start(); k--) {
            Token t = a.tokens().get(k);
            if (t.text().equals(",")) {
                return -1;
            }
            if (t.pos().equals("VERB") && !t.text().endsWith("ing")) {
                return k;
            }
        }
        return -1;
    }

    private List<Holder> holdersNear(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue, Quote quote, Context c) {
        int lo = Math.max(s.tokens().start(), cue.start() - SUBJECT_GAP - 1);
        // "…, rejecting Western accusations": a participle takes the subject of its sentence.
        boolean participle = participleAfterComma(a, cue.start());
        // The state closest before the cue: "Kazakhstan supports", "Iran has never"; with the states
        // coordinated with it ("Iran and Kazakhstan have reiterated their commitment").
        Mention closest = null;
        for (Mention m : c.actors()) {
            if (!participle && m.sentence() == s.index() && m.tokens().end() <= cue.start() && m.tokens().end() >= lo
                    && actorName(m) && !objectOfPreposition(a, m) && !modifiesNoun(a, m, cue.start())
                    && !Tokens.inParentheses(a.tokens(), s.tokens().start(), m.tokens().start()) && (closest == null || m.tokens().end() > closest.tokens().end())) {
                closest = m;
            }
        }
        if (closest != null) {
            int after = closest.tokens().end();
            if (c.persons().stream().anyMatch(r -> r.mention().sentence() == s.index() && r.mention().start() >= after
                    && r.mention().end() <= cue.start())) {
                closest = null; // "including Iraq and Syria, and the Secretary commended": the person is the subject
            } else {
                for (int k = after; k < cue.start(); k++) {
                    if (a.tokens().get(k).pos().equals("CCONJ")) {
                        // "peace between Russia and Ukraine, and condemned": the state ends an earlier conjunct.
                        closest = null;
                        break;
                    }
                }
            }
        }
        if (closest != null) {
            return stateHolders(a, s, closest, quote, c);
        }
        List<Mention> governments = governmentSubjects(a, s, cue.start(), c);
        if (!governments.isEmpty()) {
            // "The Chinese government strongly condemned", "Israeli officials insist that", "U.S. and
            // Israeli officials have both expressed disapproval": each state's.
            return governments.stream().map(m -> new Holder(m.entity(), quote != null ? quote.speaker() : null)).toList();
        }
        Mention nationOf = adjectiveOfNounCue(a, s, cue, c);
        if (nationOf != null) {
            // "over Chinese disapproval of India's plan", "Turkish support for": the nation's stance.
            return List.of(new Holder(nationOf.entity(), quote != null ? quote.speaker() : null));
        }
        Entity capital = capitalSubject(a, s, lo, cue.start());
        if (capital != null) {
            // "Fidan said Ankara rejected …": the capital for its government.
            return List.of(new Holder(capital, quote != null ? quote.speaker() : reporter(a, s, lo, c)));
        }
        List<Holder> group = quote == null ? subjectWithGroup(a, s, cue.start(), c) : null;
        if (group == null && quote == null && (shared(a, cue.start())
                && !Tokens.anyOf(a.tokens(), lo, cue.start(), ONE_SPEAKER) || expressedWithoutAgent(a, s, cue)
                || passiveWithoutAgent(a, s, cue))) {
            // (Not "He emphasized our shared commitment to": one speaker's statement of it.)
            group = participantHolders(s, c);
        }
        if (group != null) {
            return group;
        }
        for (int i = cue.start() - 1; i >= lo; i--) {
            if (quote != null && Tokens.isAny(a.tokens(), i, WE)) {
                return List.of(new Holder(c.stateOf().get(quote.speaker().key()), quote.speaker()));
            }
            if (quote == null && Tokens.is(a.tokens(), i, "we")) {
                List<Holder> we = weOutsideQuotations(a, s, i, c);
                if (!we.isEmpty()) {
                    return we;
                }
            }
            if (quote == null && Tokens.isAny(a.tokens(), i, IT)) {
                // "The Southern African Development Community has said it is calling for …": "it" is
                // the state or organization last named as a subject.
                Mention named = actorBefore(a, s, i, c);
                if (named != null && (named.sentence() < s.index() || saidBetween(a, named.tokens().end(), i))) {
                    return List.of(new Holder(named.entity(), reporter(a, s, named.tokens().start(), c)));
                }
            }
            if (quote == null && (Salience.isPronoun(a, i) || Tokens.isAny(a.tokens(), i, POSSESSIVES))) {
                Entity p = c.salience().resolve(i, s.index());
                return p == null ? List.of() : List.of(new Holder(c.stateOf().get(p.key()), p));
            }
        }
        if (quote != null) {
            return List.of();
        }
        PersonResolver.Resolved subject = null;
        for (PersonResolver.Resolved r : c.persons()) {
            // A possessor is no verb's subject ("Israel, citing a member of Carter's delegation,
            // denied"), while it holds a noun's stance ("Merkel's statement of support for").
            if (r.mention().sentence() == s.index() && r.mention().end() <= cue.start()
                    && !(Tokens.isPossessive(a.tokens(), r.mention().end()) && a.tokens().get(cue.start()).pos().equals("VERB"))) {
                boolean adjacent = r.mention().end() >= lo;
                // A participle after a comma takes the sentence's subject, not the person its comma follows:
                // "Blinken spoke with Odobescu, emphasizing that" is Blinken's.
                if (adjacent && !participle || participle && subject == null) {
                    subject = r;
                }
            }
        }
        if (subject == null && !participle) {
            Subject distant = distantSubject(a, s, cue.start(), c);
            if (distant != null && distant.state() != null) {
                // "Japan, like many countries, has expressed concern", "China has pledged new support for".
                // Unlike a subject next to the cue, one found at a distance holds the position even when
                // a coordination with something other than a state ends with it.
                List<Holder> coordinated = stateHolders(a, s, distant.state(), null, c);
                return coordinated.isEmpty() ? List.of(new Holder(distant.state().entity(),
                        reporter(a, s, distant.state().tokens().start(), c))) : coordinated;
            }
            subject = distant == null ? null : distant.person();
            if (subject == null && distant == null && coordinatedVerb(a, s, cue.start())
                    && Salience.isPronoun(a, s.tokens().start())) {
                // "He also stressed …, and condemned …": the pronoun opening the sentence is the subject.
                Entity p = c.salience().resolve(s.tokens().start(), s.index());
                if (p != null && c.stateOf().get(p.key()) != null) {
                    return List.of(new Holder(c.stateOf().get(p.key()), p));
                }
            }
        }
        if (subject != null) {
            List<Holder> all = new ArrayList<>();
            // "The Secretary and King Abdullah II expressed their support": each coordinated person holds it.
            for (PersonResolver.Resolved before = personBefore(a, s, c, subject, false); before != null;
                 before = personBefore(a, s, c, before, true)) {
                all.add(0, new Holder(c.stateOf().get(before.person().key()), before.person()));
            }
            all.add(new Holder(c.stateOf().get(subject.person().key()), subject.person()));
            return all;
        }
        // "Both leaders called on…": every participant of the event just reported.
        for (int i = s.tokens().start(); i < cue.start(); i++) {
            var back = Groups.at(lexicon, a, i);
            if (back != null && back.value().equals("participants") && back.end() >= lo) {
                return participants(s, c);
            }
            if (back != null && back.value().equals("states") && back.end() >= lo
                    && !(i > s.tokens().start() && a.tokens().get(i - 1).pos().equals("ADP"))) {
                // (Not "the agencies of the two countries concern cooperation on …".)
                // "Both countries support …": the states the participants serve, no one speaking.
                List<Holder> all = new ArrayList<>();
                Salience.participantsBefore(c.events(), s.index()).stream().map(p -> c.stateOf().get(p.key()))
                        .filter(java.util.Objects::nonNull).distinct().forEach(st -> all.add(new Holder(st, null)));
                return all.size() >= 2 ? all : List.of();
            }
        }
        return List.of();
    }

    private static final List<String> IT = List.of("it");

    /** Whether a speech verb stands between a subject and "it": "SADC has said it is calling for" (not "gave no indication it is"). */
    private boolean saidBetween(AnalysedArticle a, int from, int it) {
        for (int k = from; k < it; k++) {
            if (lexicon.speechVerbs().matchAt(a.tokens(), k, a.article().text()) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The state or organization "it" stands for: the last one named before it in its sentence and not
     * after a preposition, else the first one of the sentence before; null.
     */
    private static Mention actorBefore(AnalysedArticle a, Sentence s, int it, Context c) {
        Mention last = null;
        Mention previous = null;
        for (Mention m : c.actors()) {
            if (!actorName(m) || objectOfPreposition(a, m)) {
                continue;
            }
            if (m.sentence() == s.index() && m.tokens().end() <= it
                    && (last == null || m.tokens().start() > last.tokens().start())) {
                last = m;
            } else if (m.sentence() == s.index() - 1 && (previous == null || m.tokens().start() < previous.tokens().start())) {
                previous = m;
            }
        }
        return last != null ? last : previous;
    }

    /** Pronouns of one speaker as a subject. */
    private static final List<String> ONE_SPEAKER = List.of("he", "she");

    /** Adjectives that make a stance noun every party's: "our shared commitment to", "common support for". */
    private static final List<String> SHARED = List.of("shared", "common", "mutual", "joint");

    /**
     * Whether the cue only describes a noun: a compound with the word before it ("the Iran-backed
     * Houthi militia", "a US-supported plan": who backs it is said in passing, no one's stance
     * is reported), or "of mutual concern" after a noun ("issues of mutual concern": topics, not a
     * worry).
     */
    private static boolean attributive(AnalysedArticle a, PhraseMatcher.Match<String> cue) {
        var t = a.tokens();
        int k = cue.start();
        boolean compound = Tokens.joinsWords(t, k - 1);
        boolean ofShared = Tokens.isAny(t, k - 1, SHARED) && Tokens.is(t, k - 2, "of");
        return compound || ofShared;
    }

    /**
     * Whether the state just read is the backer in a compound ("the Iran-backed militia's attack"):
     * a hyphen joins it to a word of support; what is condemned or urged is the militia's.
     */
    private boolean backer(AnalysedArticle a, int after) {
        var t = a.tokens();
        if (!Tokens.joinsWords(t, after)) {
            return false;
        }
        var cue = lexicon.stances().matchAt(t, after + 1, a.article().text());
        return cue != null && cue.start() == after + 1 && cue.value().equals("support");
    }

    /** Whether a shared-adjective stands right before the cue ("their shared commitment to"). */
    private static boolean shared(AnalysedArticle a, int cue) {
        return Tokens.isAny(a.tokens(), cue - 1, SHARED);
    }

    private static final List<String> BE_PAST = List.of("was", "were");
    /** Words that may stand before a stance noun heading its sentence: "Serious concerns", "The support". */
    private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "ADV", "DET");
    private static final List<String> EXPRESSED = List.of("expressed", "voiced", "reaffirmed", "reiterated", "stated");

    /**
     * "Serious concerns were expressed due to …", "Support was voiced for …": a stance noun expressed
     * in the passive, with no "by" naming who, at the head of a readout's sentence: the parties of
     * the contact it reports.
     */
    private static boolean expressedWithoutAgent(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue) {
        int be = cue.end();
        if (!Tokens.isAny(a.tokens(), be, BE_PAST) || !Tokens.isAny(a.tokens(), be + 1, EXPRESSED)) {
            return false;
        }
        for (int k = s.tokens().start(); k < cue.start(); k++) {
            if (!MODIFIER_TAGS.contains(a.tokens().get(k).pos())) {
                return false; // the noun heads the sentence: "Serious concerns were …"
            }
        }
        return !Tokens.anyOf(a.tokens(), be + 2, s.tokens().end(), List.of("by"));
    }

    /**
     * Whether the cue is a passive verb closing its sentence with no agent: "The expediency of stepping
     * up the efforts of the OSCE Minsk Group was supported." — in a readout, the stance of the parties
     * to the contact just reported, about the subject.
     */
    private static boolean passiveWithoutAgent(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue) {
        var t = a.tokens();
        return cue.start() > s.tokens().start() + 1 && Tokens.isAny(t, cue.start() - 1, BE_PAST)
                && t.get(cue.start()).pos().equals("VERB") && t.get(cue.start()).text().endsWith("ed")
                && Tokens.isAny(t, cue.end(), List.of(".", ";")) && cue.end() == s.tokens().end() - 1;
    }

    /** The subject of a passive cue, what the stance is about: "The expediency of stepping up … efforts". */
    private static String passiveSubject(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue) {
        return Tokens.span(a.tokens(), s.tokens().start(), cue.start() - 1).coveredText(a.article().text()).strip()
                .replaceFirst("^(The|the|A|a|An|an)\\s+", "");
    }

    /** The cue with "were expressed (due to)" after it, when so expressed: what the stance is about follows. */
    private static PhraseMatcher.Match<String> passiveSkipped(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue) {
        if (!expressedWithoutAgent(a, s, cue)) {
            return cue;
        }
        int end = cue.end() + 2;
        if (Tokens.is(a.tokens(), end, "due") && Tokens.is(a.tokens(), end + 1, "to")) {
            end += 2;
        }
        return new PhraseMatcher.Match<>(cue.start(), end, cue.phrase(), cue.value());
    }

    /** Every participant of the contact last reported, as the holder speaking for the state each serves (null when none). */
    private static List<Holder> participants(Sentence s, Context c) {
        return Salience.participantsBefore(c.events(), s.index()).stream()
                .map(p -> new Holder(c.stateOf().get(p.key()), p)).toList();
    }

    /** The participants of the contact last reported who serve a state; null when fewer than two. */
    private static List<Holder> participantHolders(Sentence s, Context c) {
        List<Holder> all = participants(s, c).stream().filter(h -> h.state() != null).toList();
        return all.size() >= 2 ? all : null;
    }

    /**
     * "Deputy Secretary Sherman and her counterparts condemned …": a person coordinated with a phrase
     * for a contact's participants ({@code continuation-cues.tsv}: "her counterparts") just before
     * the stance holds it with every participant of the contact last reported; null when the
     * subject is not such.
     */
    private List<Holder> subjectWithGroup(AnalysedArticle a, Sentence s, int cue, Context c) {
        for (PersonResolver.Resolved r : c.persons()) {
            int and = r.mention().end();
            if (r.mention().sentence() != s.index() || and >= cue || !Tokens.is(a.tokens(), and, "and")) {
                continue;
            }
            var group = Groups.at(lexicon, a, and + 1);
            if (group == null || !group.value().equals("participants") || group.end() > cue
                    || cue - group.end() > SUBJECT_GAP) {
                continue;
            }
            List<Holder> all = new ArrayList<>();
            all.add(new Holder(c.stateOf().get(r.person().key()), r.person()));
            participants(s, c).stream().filter(h -> !r.person().equals(h.speaker())).forEach(all::add);
            return all;
        }
        return null;
    }

    /** Nouns of an endeavour whose "to" clause is a stance its subject takes: "efforts to urge Russia to …". */
    private static final List<String> EFFORTS = List.of("efforts", "effort", "attempts", "endeavours", "endeavors", "commitment");
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("ADJ", "DET", "PRON", "ADV", "CCONJ", "VERB");

    /**
     * "They discussed ongoing, coordinated efforts to urge Russia to …": a stance in the "to" clause
     * of an endeavour noun is held by the subject of the verb that governs the noun, so its holders
     * are looked for before that verb (the cue itself otherwise).
     */
    private static PhraseMatcher.Match<String> effortsGovernor(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue) {
        int to = cue.start() - 1;
        if (!Tokens.is(a.tokens(), to, "to") || !Tokens.isAny(a.tokens(), to - 1, EFFORTS)) {
            return cue;
        }
        // The words before the noun: its modifiers ("ongoing, coordinated", "their") and, first of
        // them, the verb that takes it ("discussed", "continued").
        int verb = -1;
        for (int k = to - 2; k >= s.tokens().start(); k--) {
            var t = a.tokens().get(k);
            if (!(NOUN_PHRASE_TAGS.contains(t.pos()) || t.text().equals(","))) {
                break;
            }
            if (t.pos().equals("VERB")) {
                verb = k;
            }
        }
        return verb < 0 ? cue : new PhraseMatcher.Match<>(verb, verb + 1, cue.phrase(), cue.value());
    }

    /**
     * Whose "we" a narrative (not quoted) sentence speaks in: the subject of a reporting verb before it
     * ("The Secretary …, emphasizing that we remain committed to": the United States, the Secretary
     * speaking), else the text's voice ("The below is attributable to Spokesperson Ned Price: … We
     * stand with Ukraine"); none when neither is known.
     */
    private List<Holder> weOutsideQuotations(AnalysedArticle a, Sentence s, int we, Context c) {
        for (int k = we - 1; k > s.tokens().start(); k--) {
            var verb = lexicon.speechVerbs().matchAt(a.tokens(), k, a.article().text());
            if (verb != null && verb.end() <= we) {
                List<Holder> reporters = holders(a, s, verb, null, c).stream().filter(h -> h.state() != null).toList();
                if (!reporters.isEmpty()) {
                    return reporters;
                }
                break;
            }
        }
        Entity after = trailingSpeaker(a, s, we, c);
        if (after != null && c.stateOf().get(after.key()) != null) {
            // "We have always supported the territorial integrity of countries, said President Iohannis."
            return List.of(new Holder(c.stateOf().get(after.key()), after));
        }
        Entity state = c.voice() == null ? null : c.stateOf().get(c.voice().key());
        return state == null ? List.of() : List.of(new Holder(state, c.voice()));
    }

    /** The most words an attribution after a statement takes: ", said President Klaus Iohannis as he made a joint statement with …". */
    private static final int ATTRIBUTION_WORDS = 24;

    /**
     * The person a statement given without quotation marks is attributed to at its end, after a
     * comma: ", said President Klaus Iohannis", ", Iohannis said", ", he told reporters"; or null.
     */
    private Entity trailingSpeaker(AnalysedArticle a, Sentence s, int from, Context c) {
        var t = a.tokens();
        for (int k = s.tokens().end() - 2; k > from && k >= s.tokens().end() - ATTRIBUTION_WORDS; k--) {
            if (!Tokens.is(t, k, ",")) {
                continue;
            }
            int comma = k;
            var verb = java.util.stream.IntStream.range(comma + 1, Math.min(s.tokens().end(), comma + 3))
                    .mapToObj(v -> lexicon.speechVerbs().matchAt(t, v, a.article().text())).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            if (verb == null) {
                return null;
            }
            for (PersonResolver.Resolved r : c.persons()) {
                boolean named = r.mention().sentence() == s.index() && (r.mention().start() == verb.end()
                        || r.mention().start() > comma && r.mention().end() == verb.start());
                if (named) {
                    return r.person();
                }
            }
            return verb.start() == comma + 2 && Salience.isPronoun(a, comma + 1)
                    ? c.salience().resolve(comma + 1, s.index()) : null;
        }
        return null;
    }

    /** Adverbs and auxiliaries between a government's name and its stance: "has strongly", "also". */
    private static final int GOVERNMENT_GAP = 3;

    /**
     * A state's government as the subject right before the cue: the state's adjective or
     * possessive name, then a government noun ("The Chinese government", "Israeli officials",
     * "Russia's foreign ministry"), then at most a few adverbs or auxiliaries; or null.
     */
    private List<Mention> governmentSubjects(AnalysedArticle a, Sentence s, int cue, Context c) {
        var t = a.tokens();
        int end = cue;
        while (end > s.tokens().start() && cue - end < GOVERNMENT_GAP) {
            if (t.get(end - 1).pos().equals("ADV") || t.get(end - 1).pos().equals("AUX")
                    || AUXILIARIES.contains(t.get(end - 1).text().toLowerCase(java.util.Locale.ROOT))
                    || Tokens.isAny(t, end - 1, FLOATING_QUANTIFIERS)) {
                end--;
                continue;
            }
            // "Turkey's Foreign Ministry on Wednesday condemned": a time between the subject and its verb.
            int at = end;
            var time = c.dates() == null ? null : c.dates().in(s).stream().filter(d -> d.end() == at).findFirst().orElse(null);
            if (time == null) {
                break;
            }
            end = Tokens.is(t, time.start() - 1, "on") ? time.start() - 1 : time.start();
        }
        int from = Math.max(s.tokens().start(), end - 4);
        for (var noun : lexicon.governmentNouns().findAll(t, from, end, a.article().text())) {
            if (noun.end() != end) {
                continue;
            }
            int before = noun.start();
            for (Mention m : c.states()) {
                if (m.sentence() != s.index()) {
                    continue;
                }
                if (qualifies(t, m, before) && !(m.tokens().end() == before && insideLongerName(a, s, m))) {
                    List<Mention> coordinated = new ArrayList<>(coordinatedAdjectives(a, s, m, c));
                    coordinated.add(m);
                    return coordinated;
                }
            }
            if (before == s.tokens().start() + 1 && Tokens.is(t, s.tokens().start(), "The")
                    && !noun.phrase().endsWith("s") && Groups.at(lexicon, a, s.tokens().start()) == null) {
                // "The ministry called on Israel to …" after "Turkey's Foreign Ministry condemned …": the
                // state whose government the article last named so.
                Mention antecedent = qualifiedGovernmentBefore(a, s, before, c);
                if (antecedent != null) {
                    return List.of(antecedent);
                }
            }
        }
        return List.of();
    }

    /**
     * Whether the state mention stands right before a government noun starting at {@code noun} as
     * its qualifier: the state's adjective or its name used as one ("The Chinese government", "The
     * UK government"), or its possessive ("Russia's foreign ministry").
     */
    private static boolean qualifies(List<Token> t, Mention m, int noun) {
        boolean adjective = (m.rule().equals("state.adjective.v1") || m.rule().equals("state.name.v1"))
                && m.tokens().end() == noun;
        boolean possessive = m.rule().equals("state.name.v1") && m.tokens().end() == noun - 1
                && Tokens.isPossessive(t, noun - 1);
        return adjective || possessive;
    }

    /**
     * The state of the government noun last named with its state before token {@code limit} of the
     * article ("Turkey's Foreign Ministry", "the Chinese government", "the Ministry of Foreign
     * Affairs of Sri Lanka"), or null.
     */
    private Mention qualifiedGovernmentBefore(AnalysedArticle a, Sentence s, int limit, Context c) {
        var t = a.tokens();
        for (int k = s.index(); k >= 0; k--) {
            Sentence before = a.sentences().get(k);
            Mention last = null;
            for (var noun : lexicon.governmentNouns().findAll(t, before.tokens().start(), before.tokens().end(), a.article().text())) {
                if (noun.end() > limit) {
                    break;
                }
                for (Mention m : c.states()) {
                    if (m.sentence() != k) {
                        continue;
                    }
                    boolean after = m.rule().equals("state.name.v1") && Tokens.is(t, noun.end(), "of")
                            && m.tokens().start() == noun.end() + 1;
                    if (qualifies(t, m, noun.start()) || after) {
                        last = m;
                    }
                }
            }
            if (last != null) {
                return last;
            }
        }
        return null;
    }

    /** Whether a capitalised word stands before the mention: "the other Latin American leaders" is no state's. */
    private static boolean insideLongerName(AnalysedArticle a, Sentence s, Mention m) {
        var t = a.tokens();
        int prev = m.tokens().start() - 1;
        return prev >= s.tokens().start() && t.get(prev).isCapitalized()
                && (prev > s.tokens().start() || t.get(prev).pos().equals("PROPN"));
    }

    /** Words that float between a plural subject and its verb: "Israeli officials have both expressed". */
    private static final List<String> FLOATING_QUANTIFIERS = List.of("both", "all", "each");

    /**
     * The states' adjectives or names coordinated before a state's adjective that modifies a noun:
     * "U.S. and" in "U.S. and Israeli officials", "French, German and" in "French, German and
     * Italian diplomats".
     */
    private static List<Mention> coordinatedAdjectives(AnalysedArticle a, Sentence s, Mention last, Context c) {
        return coordinationBefore(a, s, last, c.states(), m -> !m.entity().equals(last.entity())).before();
    }

    /**
     * The state whose adjective modifies a stance named by a noun: "Chinese disapproval of",
     * "growing Turkish support for". Only a noun cue: before a verb the adjective modifies its subject
     * ("Russian troops condemned" is no state's word).
     */
    private static Mention adjectiveOfNounCue(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue, Context c) {
        var t = a.tokens();
        if (!t.get(cue.start()).pos().equals("NOUN")) {
            return null;
        }
        for (Mention m : c.states()) {
            if (m.sentence() == s.index() && m.rule().equals("state.adjective.v1") && m.tokens().end() == cue.start()) {
                return insideLongerName(a, s, m) ? null : m;
            }
        }
        return null;
    }

    /** The subject a stance is told of: a person of the article, or a state named as such. */
    private record Subject(PersonResolver.Resolved person, Mention state) {
    }

    /** Auxiliaries by word: the tagger gives "has" in "has expressed" as a verb. */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("has", "have", "had", "is", "are", "was",
            "were", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "did", "does", "do");

    /** Tags of the words between a verb and a noun cue it governs: "has pledged new political and economic support". */
    private static final java.util.Set<String> NOUN_CUE_MODIFIERS = java.util.Set.of("ADJ", "DET", "CCONJ", "NUM");

    /**
     * The person or state whose clause the cue is the verb of when words stand between them: an
     * apposition ("The Israeli UN envoy, Professor Gabriela Shalev, decried"), a time ("Witold
     * Waszczykowski, Polish foreign minister, earlier this week remarked"), a parenthesis ("Japan,
     * like many countries, has expressed concern"), adverbs and auxiliaries; for a cue that is a noun,
     * also the verb that governs it and the noun's modifiers ("China has pledged new political and
     * economic support"). From the parse when the sentence has one (the clause's subject), else from
     * the surface.
     */
    private static Subject distantSubject(AnalysedArticle a, Sentence s, int cue, Context c) {
        boolean noun = a.tokens().get(cue).pos().equals("NOUN");
        if (c.clauses().parsed(cue)) {
            int predicate = cue;
            if (noun && List.of("obj", "obl").contains(c.clauses().relation(cue)) && c.clauses().head(cue) >= 0) {
                predicate = c.clauses().head(cue);
            }
            int subject = c.clauses().clauseSubject(predicate);
            return subject < 0 ? null : covering(c, s, subject);
        }
        int k = cue - 1;
        int lo = s.tokens().start();
        boolean verbPassed = !noun;
        while (k >= lo) {
            Token t = a.tokens().get(k);
            String pos = t.pos();
            if (pos.startsWith("ADV") || pos.startsWith("AUX") || AUXILIARIES.contains(t.text().toLowerCase(java.util.Locale.ROOT))
                    || inDate(a, c, s, k)) {
                k--;
            } else if (!verbPassed && (NOUN_CUE_MODIFIERS.contains(pos) || pos.equals("VERB"))) {
                verbPassed = pos.equals("VERB");
                k--;
            } else if (t.text().equals(")")) {
                k = skipBack(a, k, lo, "(");
            } else if (t.text().equals(",")) {
                // ", Polish foreign minister," or ", Professor Gabriela Shalev," — back to the comma that opens it.
                int open = skipBack(a, k, lo, ",");
                if (open < lo || !verbPassed) {
                    return null;
                }
                Subject inside = endingAt(c, s, k);
                if (inside != null) {
                    return inside;
                }
                return endingAt(c, s, open);
            } else if (verbPassed && pos.equals("CCONJ")) {
                return firstConjunctSubject(a, s, k, c); // "Obama repeated a promise …, and urged that"
            } else {
                return verbPassed ? endingAt(c, s, k + 1) : null;
            }
        }
        return null;
    }

    /**
     * The holders when a state or organization is the subject: it and the states coordinated with
     * it ("Iran and Turkey reaffirmed …": each holds the position), or it alone, told by the quote's
     * speaker or the person reporting it.
     */
    private static List<Holder> stateHolders(AnalysedArticle a, Sentence s, Mention subject, Quote quote, Context c) {
        List<Mention> coordinated = Tokens.isAny(a.tokens(), subject.tokens().start() - 1, List.of("and", ","))
                ? coordinatedStates(a, s, subject, c) : List.of(subject);
        if (coordinated.size() != 1) {
            return coordinated.stream().map(m -> new Holder(m.entity(), null)).toList();
        }
        return List.of(new Holder(subject.entity(), quote != null ? quote.speaker()
                : reporter(a, s, subject.tokens().start(), c)));
    }

    /** Whether the cue is the verb of a phrase coordinated after another: ", and condemned", "but also told". */
    private static boolean coordinatedVerb(AnalysedArticle a, Sentence s, int cue) {
        if (!a.tokens().get(cue).pos().equals("VERB")) {
            return false; // "the help and support of": nouns coordinated, not clauses
        }
        int k = cue - 1;
        while (k >= s.tokens().start() && a.tokens().get(k).pos().startsWith("ADV")) {
            k--;
        }
        return k >= s.tokens().start() && a.tokens().get(k).pos().equals("CCONJ");
    }

    /**
     * The subject of the clause a coordinated verb phrase joins ("A condemned the attacks, but also
     * told Israel …"): the first person or actor the sentence names, not after a preposition, with
     * a verb between it and the conjunction.
     */
    private static Subject firstConjunctSubject(AnalysedArticle a, Sentence s, int conjunction, Context c) {
        List<Mention> actors = c.actors();
        for (int i = s.tokens().start(); i < conjunction; i++) {
            int before = i - 1;
            if (before >= s.tokens().start() && a.tokens().get(before).pos().equals("DET")) {
                before--;
            }
            if (before >= s.tokens().start() && a.tokens().get(before).pos().equals("ADP")) {
                continue;
            }
            Subject found = null;
            int end = -1;
            for (PersonResolver.Resolved r : c.persons()) {
                if (r.mention().sentence() == s.index() && r.mention().start() == i) {
                    found = new Subject(r, null);
                    end = r.mention().end();
                }
            }
            for (Mention m : actors) {
                if (found == null && m.sentence() == s.index() && m.tokens().start() == i && actorName(m)) {
                    found = new Subject(null, m);
                    end = m.tokens().end();
                }
            }
            if (found != null) {
                for (int k = end; k < conjunction; k++) {
                    if (a.tokens().get(k).pos().equals("VERB")) {
                        return found;
                    }
                }
                return null;
            }
        }
        return null;
    }
    private static boolean inDate(AnalysedArticle a, Context c, Sentence s, int k) {
        if (c.dates() == null) {
            return false;
        }
        for (diplograph.extract.mention.DateMention d : c.dates().in(s)) {
            // "on Friday": the preposition before a date goes with it.
            if (d.start() <= k && k < d.end() || k == d.start() - 1 && a.tokens().get(k).pos().equals("ADP")) {
                return true;
            }
        }
        return false;
    }

    /** The longest apposition or parenthesis a subject stands behind, in tokens ("William Ruto, a political leader of one of the ethnic groups named by the report, dismissed"). */
    private static final int APPOSITION_REACH = 24;

    private static int skipBack(AnalysedArticle a, int from, int lo, String mark) {
        for (int k = from - 1; k >= lo && k >= from - APPOSITION_REACH; k--) {
            if (a.tokens().get(k).text().equals(mark)) {
                return mark.equals("(") ? k - 1 : k;
            }
        }
        return lo - 1;
    }

    private static Subject endingAt(Context c, Sentence s, int end) {
        PersonResolver.Resolved r = PersonResolver.Resolved.endingAt(c.persons(), s.index(), end);
        if (r != null) {
            return new Subject(r, null);
        }
        for (Mention m : c.actors()) {
            if (m.sentence() == s.index() && m.tokens().end() == end && actorName(m)) {
                return new Subject(null, m);
            }
        }
        return null;
    }

    private static Subject covering(Context c, Sentence s, int token) {
        PersonResolver.Resolved r = PersonResolver.Resolved.covering(c.persons(), s.index(), token);
        if (r != null) {
            return new Subject(r, null);
        }
        for (Mention m : c.actors()) {
            if (m.sentence() == s.index() && m.tokens().start() <= token && token < m.tokens().end()
                    && actorName(m)) {
                return new Subject(null, m);
            }
        }
        return null;
    }

    /**
     * The person reporting a state's position: "He noted that Kazakhstan is keen…". The subject of
     * the reporting verb, not the one it is told to: "He also told Olmert that the United States
     * backs …" is reported by "he".
     */
    private static Entity reporter(AnalysedArticle a, Sentence s, int stateToken, Context c) {
        for (int i = s.tokens().start(); i < stateToken; i++) {
            boolean object = i > s.tokens().start() && (a.tokens().get(i - 1).pos().equals("VERB")
                    || a.tokens().get(i - 1).pos().equals("ADP"));
            for (PersonResolver.Resolved r : c.persons()) {
                if (r.mention().sentence() == s.index() && r.mention().start() == i && r.mention().end() <= stateToken
                        && !object) {
                    return r.person();
                }
            }
            if (Salience.isPronoun(a, i) && !object) {
                return c.salience().resolve(i, s.index());
            }
        }
        for (PersonResolver.Resolved r : c.persons()) {
            if (r.mention().sentence() == s.index() && r.mention().end() <= stateToken) {
                return r.person();
            }
        }
        for (int i = s.tokens().start(); i < stateToken; i++) {
            if (Salience.isPronoun(a, i)) {
                return c.salience().resolve(i, s.index());
            }
        }
        return null;
    }

    /**
     * The state a position is directed at: the one the complement opens with ("supports Ukraine's
     * sovereignty", "called on Russia to", "praised Chávez's agenda": a person's state), or the
     * other one of a "with"/"between"/"for" phrase ("cooperation with Russia", "support for
     * Ukraine"). A state deeper in the complement ("condemned rocket attacks against Israel") is
     * what the position is about, not whom it addresses.
     */
    private Entity target(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue, Holder h, Quote quote, Context c) {
        Mention[] pair = APPROVING.contains(cue.value()) ? relationPair(a, s, cue, c) : null;
        if (pair != null && (pair[0].entity().equals(h.state()) || pair[1].entity().equals(h.state()))) {
            // "praise for U.S.-China relations": the holder's relation, addressed to the other side.
            Entity other = pair[0].entity().equals(h.state()) ? pair[1].entity() : pair[0].entity();
            return other.equals(h.state()) ? null : other;
        }
        int reach = Math.min(s.tokens().end(), cue.end() + TARGET_REACH);
        int opening = cue.end();
        // Past determiners, modifiers and verbs to the complement's first noun: "the constructive and
        // mutually beneficial Russian-Italian relations", "continuing to support Ukraine's sovereignty".
        while (opening < reach && (OPENERS.contains(a.tokens().get(opening).text().toLowerCase(java.util.Locale.ROOT))
                || OPENER_TAGS.contains(a.tokens().get(opening).pos()) && !a.tokens().get(opening).isCapitalized())) {
            opening++;
        }
        if (pair != null && opening >= pair[0].tokens().start()) {
            return null; // "praised French-German cooperation": a relation of others opens the complement, addressed to neither
        }
        for (int i = cue.end(); i < reach; i++) {
            if (quote != null && Tokens.isAny(a.tokens(), i, YOUR) && h.speaker() != null) {
                Entity counterpart = counterpartState(c, h);
                if (counterpart != null) {
                    return counterpart;
                }
            }
            if (Tokens.isAny(a.tokens(), i, List.of(".", ";"))) {
                break;
            }
            boolean addressed = i == opening || i > cue.end()
                    && TARGET_PREPOSITIONS.contains(a.tokens().get(i - 1).text().toLowerCase(java.util.Locale.ROOT))
                    || i > cue.end() + 1 && Tokens.is(a.tokens(), i - 1, "and") && betweenBefore(a, cue.end(), i);
            if (!addressed) {
                continue;
            }
            boolean between = i != opening && (Tokens.is(a.tokens(), i - 1, "between") || Tokens.is(a.tokens(), i - 1, "and"));
            if (between && !holderBetween(a, c, i, h)) {
                continue; // "support for talks between Turkey and Greece": a relation of others, addressed to neither
            }
            for (Mention m : c.states()) {
                if (m.tokens().start() == i && !m.entity().equals(h.state()) && !backer(a, m.tokens().end())) {
                    return m.entity();
                }
            }
            Entity capital = capitalState(a, i);
            if (capital != null && !capital.equals(h.state())) {
                return capital; // "urged Washington to", "criticised Moscow's decision": the capital for its government
            }
            if (i != opening && TARGET_PREPOSITIONS.contains(a.tokens().get(i - 1).text().toLowerCase(java.util.Locale.ROOT))) {
                // "a strong relationship with the Government of Afghanistan": the state whose government it is.
                int g = Tokens.is(a.tokens(), i, "the") ? i + 1 : i;
                var government = lexicon.governmentNouns().matchAt(a.tokens(), g, a.article().text());
                Entity of = government == null ? null : stateOf(a, c, government.end());
                if (of != null && !of.equals(h.state())) {
                    return of;
                }
            }
            if (i == opening) {
                for (PersonResolver.Resolved r : c.persons()) {
                    Entity state = c.stateOf().get(r.person().key());
                    // (Not a former official's: "disapproval of Carter's visit" addresses no state.)
                    if (r.mention().start() == i && state != null && !state.equals(h.state())
                            && !c.outOfOffice().contains(r.person().key())) {
                        return state;
                    }
                }
                if (a.tokens().get(i).pos().equals("NOUN")) {
                    // "called on the government of Pakistan to", "supports the sovereignty of Ukraine":
                    // the state the complement's first noun is of.
                    Entity of = stateOf(a, c, i + 1);
                    if (of != null && !of.equals(h.state())) {
                        return of;
                    }
                    // "rejected statements from the White House National Security Advisor, Jake Sullivan":
                    // the state of the person the words come from.
                    Entity whose = sourceState(a, s, c, i + 1);
                    if (whose != null && !whose.equals(h.state())) {
                        return whose;
                    }
                }
            }
        }
        for (int k = cue.end(); k < opening; k++) {
            if (Tokens.isAny(a.tokens(), k, POSSESSIVES) && h.speaker() != null && quote == null
                    && APPROVING.contains(cue.value()) && a.tokens().get(cue.start()).pos().equals("VERB")) {
                // "Vladimir Putin supported his proposal": one backs, welcomes or praises another's (not
                // "sought support for his proposal", a noun the speaker asks for).
                Entity owner = c.salience().resolve(k, s.index(), java.util.Set.of(h.speaker()));
                Entity state = owner == null || c.outOfOffice().contains(owner.key()) ? null : c.stateOf().get(owner.key());
                if (state != null && !state.equals(h.state())) {
                    return state;
                }
                break;
            }
            if (Tokens.is(a.tokens(), k, "its")) {
                // "welcomed India's growing engagement and supported its participation": "its" is the
                // state last named before it, when that is not the holder.
                Entity antecedent = lastStateBefore(s, cue.start(), c, null);
                if (antecedent != null && antecedent.equals(h.state()) && APPROVING.contains(cue.value())) {
                    // "Ukraine continues to have the United States' steadfast support for its sovereignty":
                    // one backs another's sovereignty, not its own; the state named before the holder.
                    antecedent = lastStateBefore(s, cue.start(), c, h.state());
                }
                if (antecedent != null && !antecedent.equals(h.state())) {
                    return antecedent;
                }
                break;
            }
        }
        if (AGAINST.contains(cue.value())) {
            Entity agent = agentInComplement(a, s, opening, reach, h, c);
            if (agent != null) {
                return agent;
            }
        }
        Entity doer = definiteAntecedent(a, s, cue, opening, c);
        if (doer != null && !doer.equals(h.state())) {
            return doer;
        }
        if (cue.value().equals("concern") || cue.value().equals("call_for") || cue.value().equals("support")) {
            // "concerns regarding the military coup in Burma", "concern over … in Nicaragua": a concern
            // is about a situation, and the state it lies in is whom it concerns; so is a call for
            // something to happen there ("calling for a transparent vote in Mozambique's elections").
            // The situation may be a long list ("the recent arrests, harassment, and arbitrary restrictions
            // placed on presidential candidates, political parties, and independent media in Nicaragua"):
            // read on to the end of its clause, where another verb is coordinated.
            int situationEnd = Math.min(s.tokens().end(), cue.end() + CONCERN_REACH);
            for (int i = opening; i < situationEnd; i++) {
                if (Tokens.isAny(a.tokens(), i, List.of(".", ";"))
                        || a.tokens().get(i).pos().equals("VERB") && Tokens.isAny(a.tokens(), i - 1, List.of("and", ","))) {
                    break;
                }
                // A call or support for a measure on or against a state is addressed to it: "an arms embargo
                // on Israel", "the Five-Point Consensus on Myanmar", "sanctions against North Korea".
                boolean onState = !cue.value().equals("concern") && Tokens.isAny(a.tokens(), i - 1, List.of("on", "against"));
                boolean situation = !cue.value().equals("support") && (Tokens.is(a.tokens(), i - 1, "in") || regionOf(a, i));
                Entity where = situation || onState ? stateNamedAt(c, i) : null;
                if (where == null && situation && Tokens.is(a.tokens(), i - 1, "in") && a.tokens().get(i).isCapitalized()) {
                    // "democratic norms in Hong Kong", "in Xinjiang": the state the region belongs to.
                    var region = lexicon.regions().matchAt(a.tokens(), i, a.article().text());
                    where = region == null ? null : region.value();
                }
                if (where != null && !where.equals(h.state())) {
                    return where;
                }
            }
        }
        return null;
    }

    /**
     * The state that did what a definite complement names, as an earlier sentence says: "The United
     * Kingdom imposed sanctions on … . Sudan's Ministry of Foreign Affairs welcomed the sanctions":
     * the complement "the N" right after the cue, and the nearest earlier sentence where a state
     * named as such is the subject of a verb whose object is N. Null when none.
     */
    private Entity definiteAntecedent(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue, int opening, Context c) {
        var t = a.tokens();
        if (!Tokens.is(t, cue.end(), "the") || opening != cue.end() + 1 || opening >= s.tokens().end()
                || !t.get(opening).pos().equals("NOUN")) {
            return null;
        }
        String noun = t.get(opening).text().toLowerCase(java.util.Locale.ROOT);
        // One pass over the states: the latest earlier sentence wins, and in it the first mention.
        Mention nearest = null;
        for (Mention m : c.states()) {
            if (m.sentence() >= s.index() || !m.rule().equals("state.name.v1")
                    || nearest != null && m.sentence() <= nearest.sentence()) {
                continue;
            }
            int verb = m.tokens().end();
            boolean acts = verb < t.size() && t.get(verb).pos().equals("VERB");
            if (acts && verb + 1 < t.size() && t.get(verb + 1).text().toLowerCase(java.util.Locale.ROOT).equals(noun)) {
                nearest = m;
            }
        }
        return nearest == null ? null : nearest.entity();
    }

    /** The state named after "of" (and "the") at token {@code of}: "… of Pakistan", "… of the Philippines"; or null. */
    private static Entity stateOf(AnalysedArticle a, Context c, int of) {
        if (!Tokens.is(a.tokens(), of, "of")) {
            return null;
        }
        return stateNamedAt(c, Tokens.is(a.tokens(), of + 1, "the") ? of + 2 : of + 1);
    }

    /** Tokens of a title between "from" and the name it introduces: "the White House National Security Advisor,". */
    private static final int SOURCE_TITLE_WORDS = 7;

    /**
     * The state of the person a noun's words come from ("statements from the White House National
     * Security Advisor, Jake Sullivan", "remarks by Foreign Minister Lavrov"): after "from" or "by",
     * a person named behind capitalised words of a title at most; null when none, or out of office.
     */
    private static Entity sourceState(AnalysedArticle a, Sentence s, Context c, int preposition) {
        if (!Tokens.isAny(a.tokens(), preposition, List.of("from", "by"))) {
            return null;
        }
        int end = Math.min(s.tokens().end(), preposition + 2 + SOURCE_TITLE_WORDS);
        for (int k = preposition + 1; k < end; k++) {
            for (PersonResolver.Resolved r : c.persons()) {
                if (r.mention().sentence() == s.index() && r.mention().start() == k) {
                    return c.outOfOffice().contains(r.person().key()) ? null : c.stateOf().get(r.person().key());
                }
            }
            Token w = a.tokens().get(k);
            if (!(w.isCapitalized() || Tokens.is(a.tokens(), k, "the") || Tokens.is(a.tokens(), k, ","))) {
                return null;
            }
        }
        return null;
    }

    /** The state whose name starts at token {@code i} (not an adjective), or null. */
    private static Entity stateNamedAt(Context c, int i) {
        for (Mention m : c.states()) {
            if (m.tokens().start() == i && m.rule().equals("state.name.v1")) {
                return m.entity();
            }
        }
        return null;
    }

    /** Whether token {@code i} follows "of" in "in the … of": "in the Tigray region of Ethiopia". */
    private static boolean regionOf(AnalysedArticle a, int i) {
        if (!Tokens.is(a.tokens(), i - 1, "of")) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 2 - REGION_WORDS); k--) {
            if (Tokens.is(a.tokens(), k, "in")) {
                return true;
            }
            if (a.tokens().get(k).pos().equals("PUNCT") || a.tokens().get(k).pos().equals("VERB")) {
                return false;
            }
        }
        return false;
    }

    /** The state named last in the sentence before token {@code end}, or null. */
    private static Entity lastStateBefore(Sentence s, int end, Context c, Entity besides) {
        Mention last = null;
        for (Mention m : c.states()) {
            if (m.sentence() == s.index() && m.tokens().end() <= end && m.rule().equals("state.name.v1")
                    && !m.entity().equals(besides)
                    && (last == null || m.tokens().start() > last.tokens().start())) {
                last = m;
            }
        }
        return last == null ? null : last.entity();
    }

    /** Stances against something someone does: their target is who does it. */
    private static final java.util.Set<String> AGAINST = java.util.Set.of("condemn", "reject", "oppose", "concern");

    /**
     * The state that does what a stance is against, named in its complement: as a possessive
     * ("the activity of Russia's shadow fleet"), an adjective of a noun ("the overnight Russian
     * attack", "Thai forces"), or an agent ("tariffs imposed by Washington", "statements made by the
     * Interior Minister of Austria"). Null when none is named.
     */
    /** Capitalised words of an agent's title before "of" and its state: "by the Interior Minister of Austria". */
    private static final int AGENT_TITLE_WORDS = 4;

    private Entity agentInComplement(AnalysedArticle a, Sentence s, int from, int reach, Holder h, Context c) {
        for (int i = from; i < reach; i++) {
            if (Tokens.isAny(a.tokens(), i, List.of(".", ";"))) {
                return null;
            }
            for (Mention m : c.states()) {
                if (m.tokens().start() != i || m.entity().equals(h.state())) {
                    continue;
                }
                int next = m.tokens().end();
                boolean possessive = m.rule().equals("state.name.v1") && Tokens.isAny(a.tokens(), next, List.of("'s", "’s"));
                boolean adjective = m.rule().equals("state.adjective.v1") && next < s.tokens().end()
                        && a.tokens().get(next).pos().equals("NOUN");
                boolean agent = Tokens.is(a.tokens(), i - 1, "by");
                if (possessive || adjective || agent) {
                    return m.entity();
                }
            }
            if (Tokens.is(a.tokens(), i - 1, "by")) {
                Entity capital = capitalState(a, i);
                if (capital != null && !capital.equals(h.state())) {
                    return capital;
                }
                // "the statements made by the Interior Minister of Austria": the state of the agent's title.
                int j = Tokens.isAny(a.tokens(), i, List.of("the", "a")) ? i + 1 : i;
                while (j < reach && j - i <= AGENT_TITLE_WORDS && a.tokens().get(j).isCapitalized()) {
                    j++;
                }
                if (j > i && Tokens.is(a.tokens(), j, "of")) {
                    for (Mention m : c.states()) {
                        if (m.tokens().start() == j + 1 && m.rule().equals("state.name.v1") && !m.entity().equals(h.state())) {
                            return m.entity();
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The state whose capital is named at token {@code i} ("Washington", "Moscow"), or null. */
    private Entity capitalState(AnalysedArticle a, int i) {
        var place = lexicon.places().matchAt(a.tokens(), i, a.article().text());
        return place == null ? null : lexicon.stateOfCapital(place.value());
    }

    /** Words before the complement's first noun: "the", "its", "a". */
    private static final java.util.Set<String> OPENERS = java.util.Set.of("the", "a", "an", "its", "their", "his", "her",
            "to", "that", "for", "on", "of", "over", "about", "by", "with");
    private static final java.util.Set<String> OPENER_TAGS = java.util.Set.of("ADJ", "ADV", "CCONJ", "VERB", "AUX", "PART",
            "NUM", "DET");
    /** Prepositions whose object a position addresses. */
    private static final java.util.Set<String> TARGET_PREPOSITIONS = java.util.Set.of("with", "between", "for", "towards",
            "toward");

    /** Whether the holder is one side of the "between … and …" phrase around token {@code i}. */
    private static boolean holderBetween(AnalysedArticle a, Context c, int i, Holder h) {
        int from = i;
        while (from > 0 && from > i - 8 && !Tokens.is(a.tokens(), from - 1, "between")) {
            from--;
        }
        for (Mention m : c.states()) {
            if (m.tokens().start() >= from && m.tokens().start() <= i + 8 && m.entity().equals(h.state())) {
                return true;
            }
        }
        return false;
    }

    private static boolean betweenBefore(AnalysedArticle a, int from, int i) {
        for (int k = i - 1; k >= from && k >= i - 6; k--) {
            if (Tokens.is(a.tokens(), k, "between")) {
                return true;
            }
        }
        return false;
    }

    /** The state of the person the speaker was meeting: who "your" is in the speaker's quotation. */
    private static Entity counterpartState(Context c, Holder h) {
        for (int k = c.events().size() - 1; k >= 0; k--) {
            Event e = c.events().get(k);
            if (e.participants().contains(h.speaker())) {
                for (Entity p : e.participants()) {
                    Entity state = c.stateOf().get(p.key());
                    if (!p.equals(h.speaker()) && state != null && !state.equals(h.state())) {
                        return state;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The cue with the time that stands right after its verb ("rejected today the statements of",
     * "condemned on Tuesday the attack"): what follows the time is the verb's object, whose state
     * the position addresses and what it is about.
     */
    private static PhraseMatcher.Match<String> pastTime(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue, Context c) {
        if (c.dates() == null || !a.tokens().get(cue.end() - 1).pos().equals("VERB")) {
            return cue;
        }
        int at = Tokens.is(a.tokens(), cue.end(), "on") ? cue.end() + 1 : cue.end();
        for (var time : c.dates().in(s)) {
            if (time.start() == at && time.end() < s.tokens().end()) {
                return new PhraseMatcher.Match<>(cue.start(), time.end(), cue.phrase(), cue.value());
            }
        }
        return cue;
    }

    /** The words after the cue up to the end of the clause, at most a dozen. */
    private static String about(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> cue) {
        int start = cue.end();
        while (start < s.tokens().end() && DOUBLE_QUOTES.contains(a.tokens().get(start).text())) {
            start++; // the mark closing a cue quoted in part: expressed “grave concern” over …
        }
        int end = start;
        while (end < s.tokens().end() && end - start < ABOUT_MAX_TOKENS) {
            Token t = a.tokens().get(end);
            if (t.text().equals(".") || t.text().equals(";") || t.text().equals("”") || t.text().equals(",") && end > start + 3) {
                break;
            }
            // "… with a welcome ceremony and then proceeded to": a second verb ends the complement.
            if (end > start && Tokens.isAny(a.tokens(), end, CLAUSE_LINKS) && end + 1 < s.tokens().end()
                    && (verbal(a.tokens().get(end + 1)) || end + 2 < s.tokens().end()
                    && a.tokens().get(end + 1).pos().startsWith("ADV") && verbal(a.tokens().get(end + 2)))) {
                break;
            }
            end++;
        }
        if (end == start) {
            return cue.phrase();
        }
        String about = Tokens.span(a.tokens(), start, end).coveredText(a.article().text()).strip();
        return about.replaceFirst("^(the|a|an|to|for|on|over|about|by|that)\\s+", "");
    }

    private static final List<String> CLAUSE_LINKS = List.of("and", "but", "while", "which", "who", "as");
    private static final List<String> DOUBLE_QUOTES = List.of("”", "\"", "»");

    private static boolean verbal(Token t) {
        return (t.pos().equals("VERB") || t.pos().equals("AUX")) && !t.text().endsWith("ing");
    }

    static Quote quoteAround(List<Quote> quotes, int c) {
        for (Quote q : quotes) {
            CharSpan span = q.evidence().span();
            if (span.contains(c)) {
                return q;
            }
        }
        return null;
    }

    static boolean same(Position x, Position y) {
        return x.holder().equals(y.holder()) && x.stance().equals(y.stance()) && Objects.equals(x.target(), y.target())
                && Objects.equals(x.speaker(), y.speaker()) && x.about().equals(y.about());
    }
}
