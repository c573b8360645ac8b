package diplograph.extract.fact;

import diplograph.extract.Tokens;
import diplograph.extract.fact.PositionExtractor.Context;
import diplograph.lexicon.Lexicon;
import diplograph.lexicon.PhraseMatcher;
import diplograph.model.AnalysedArticle;
import diplograph.model.Entity;
import diplograph.model.Evidence;
import diplograph.model.Mention;
import diplograph.model.Position;
import diplograph.model.Quote;
import diplograph.model.Sentence;
import java.util.List;
import java.util.Set;

/**
 * Positions taken by judging something (lexicon {@code judgement-cues.tsv}): reported through a
 * speech verb's clause ("Netanyahu said the deal was a historic mistake"), held through a verb of
 * regard or naming ("Putin views the arrival of US troops in Poland as a threat", "calls … a sham"),
 * or said in a speaker's own words, quoted or in a transcript's turn ("the developments in
 * Afghanistan are of course a matter of serious concern for us"). The holder is found as for every
 * other stance, by {@link PositionExtractor}.
 */
final class JudgementReader {

    /** Who holds a stance told by a verb: the subject's states and speakers. */
    interface Holders {
        List<PositionExtractor.Holder> of(AnalysedArticle a, Sentence s, PhraseMatcher.Match<String> verb, Context c);
    }

    private final Lexicon lexicon;
    private final Holders holders;

    JudgementReader(Lexicon lexicon, Holders holders) {
        this.lexicon = lexicon;
        this.holders = holders;
    }

    /** Verbs by which a subject says what it takes something for: "views the arrival of troops as a threat". */
    private static final List<String> REGARDING = List.of("views", "view", "viewed", "sees", "see", "saw", "regards",
            "regard", "regarded", "considers", "consider", "considered", "perceives", "perceive", "perceived",
            "describes", "describe", "described");
    /** Verbs that name what they take something for without "as": "called the vote a sham". */
    private static final List<String> CALLING = List.of("calls", "call", "called", "deems", "deem", "deemed",
            "brands", "brand", "branded", "labels", "label", "labelled", "labeled", "terms", "termed");
    /** Words that make "call" another verb: "called on", "called for", "called off". */
    private static final List<String> PARTICLES = List.of("on", "for", "upon", "off", "in", "out", "up", "back", "to");
    /** Verbs of belief inside a reported clause: "said she believes the process is the best way". */
    private static final List<String> COGNITION = List.of("believes", "believe", "believed", "thinks", "think",
            "thought", "feels", "feel", "felt");
    private static final List<String> COPULAS = List.of("is", "was", "are", "were", "be");
    /** Participles between a copula and the judgement: "would be considered unacceptable", "is seen as a threat". */
    private static final List<String> DEEMED = List.of("considered", "seen", "regarded", "viewed", "deemed", "perceived");
    private static final List<String> NEGATIONS = List.of("not", "no", "never", "n't", "hardly");
    /** Tokens from the verb to the copula or "as": the judged phrase. */
    private static final int JUDGED_REACH = 14;
    /** Words between the copula (or "as") and the judgement's head: "a “historic mistake”". */
    private static final int PREDICATE_GAP = 4;

    /**
     * A judgement reported or held: a speech verb whose clause says what something is ("Netanyahu
     * said the deal was a historic mistake", "said that any attack on the nation's sovereignty would
     * be considered unacceptable"), or a verb of regard ("Putin views the arrival of US troops in
     * Poland as a threat"). The stance is the judgement's (judgement-cues.tsv), the holder the verb's
     * subject's state, the position is about the judged phrase and targets the first other state it
     * names. Not negated ("was not a threat"), nor a question, nor inside a quotation.
     */
    void read(AnalysedArticle a, Sentence s, Context c, List<Position> found) {
        var t = a.tokens();
        String text = a.article().text();
        if (Tokens.is(t, s.tokens().end() - 1, "?")) {
            return;
        }
        spokenJudgement(a, s, c, found);
        for (int v = s.tokens().start() + 1; v < s.tokens().end(); v++) {
            if (PositionExtractor.insideQuotation(c, t.get(v).span().begin())) {
                continue;
            }
            var speech = lexicon.speechVerbs().matchAt(t, v, text);
            boolean verbal = t.get(v).pos().equals("VERB")
                    // "Putin views the arrival …": the tagger may take a verb after a name for a plural noun.
                    || t.get(v).pos().equals("NOUN") && t.get(v - 1).pos().equals("PROPN")
                    && v + 1 < s.tokens().end() && Set.of("DET", "PROPN", "PRON").contains(t.get(v + 1).pos());
            boolean regarding = speech == null && verbal && Tokens.isAny(t, v, REGARDING);
            // "calls US troops in Poland a threat"; not "called on", "called for", "called off".
            boolean calling = speech == null && verbal && Tokens.isAny(t, v, CALLING)
                    && !Tokens.isAny(t, v + 1, PARTICLES);
            if (speech == null && !regarding && !calling) {
                continue;
            }
            var verb = speech != null ? speech : new PhraseMatcher.Match<>(v, v + 1, t.get(v).text(), "");
            int from = Tokens.is(t, verb.end(), "that") ? verb.end() + 1 : verb.end();
            if (from >= s.tokens().end() || PositionExtractor.QUOTE_MARKS.contains(t.get(from).text()) || Tokens.is(t, from, ",")) {
                continue;
            }
            for (int k = from + 1; k < Math.min(s.tokens().end(), from + JUDGED_REACH); k++) {
                if (Tokens.isAny(t, k, List.of(";", "."))) {
                    break;
                }
                if (speech != null && (lexicon.speechVerbs().matchAt(t, k, text) != null || Tokens.isAny(t, k, COGNITION))) {
                    // "said she believes the Annapolis process is …": the judgement is in the inner clause.
                    from = Tokens.is(t, k + 1, "that") ? k + 2 : k + 1;
                    k = from;
                    continue;
                }
                int predicate;
                if (speech != null && Tokens.isAny(t, k, COPULAS)) {
                    predicate = k + 1;
                    if (Tokens.isAny(t, predicate, DEEMED)) {
                        predicate += Tokens.is(t, predicate + 1, "as") ? 2 : 1;
                    }
                } else if ((regarding || calling) && Tokens.is(t, k, "as")) {
                    predicate = k + 1;
                } else if (calling && (Tokens.isAny(t, k, List.of("a", "an")) || PositionExtractor.QUOTE_MARKS.contains(t.get(k).text()))) {
                    predicate = k;
                } else if (t.get(k).pos().equals("VERB") && speech == null) {
                    break; // another verb: the object ends before it
                } else {
                    continue;
                }
                PhraseMatcher.Match<String> judged = judgementAt(a, s, predicate);
                if (judged != null && !Tokens.isAny(t, k - 1, NEGATIONS)) {
                    int end = k;
                    while (end > from + 1 && Set.of("AUX", "PART").contains(t.get(end - 1).pos())) {
                        end--; // "would be considered unacceptable": the modal is no part of what is judged
                    }
                    for (PositionExtractor.Holder h : holders.of(a, s, verb, c)) {
                        if (h.state() != null) {
                            add(a, s, c, found, h.state(), h.speaker(), judged.value(), from, end, k, "position.judgement.v1");
                        }
                    }
                }
                break; // the first copula or "as" is the clause's
            }
        }
    }

    /** Words that stand for something said before rather than name what is judged: "This is a good first step". */
    private static final List<String> POINTING_SUBJECTS = List.of("this", "that", "these", "those", "it", "what",
            "which", "there", "they", "he", "she");

    /**
     * A judgement in a speaker's own words, quoted or in a transcript's turn: "In this context, the
     * developments in Afghanistan are of course a matter of serious concern for us" (the speaker's
     * state's concern, at Afghanistan). The sentence's subject, after an opening phrase set off by a
     * comma, is what is judged; not a pronoun or a demonstrative, which point at words said before.
     */
    private void spokenJudgement(AnalysedArticle a, Sentence s, Context c, List<Position> found) {
        var t = a.tokens();
        Quote quote = PositionExtractor.quoteAround(c.quotes(), t.get(s.tokens().start()).span().begin());
        if (quote == null || c.stateOf().get(quote.speaker().key()) == null) {
            return;
        }
        int from = s.tokens().start();
        if (PositionExtractor.QUOTE_MARKS.contains(t.get(from).text())) {
            from++;
        }
        for (int k = from + 1; k < Math.min(s.tokens().end(), from + JUDGED_REACH); k++) {
            if (Tokens.is(t, k, ",") && k < from + OPENING_PHRASE) {
                from = k + 1; // "In this context, …", "Of course, …"
                continue;
            }
            if (!Tokens.isAny(t, k, COPULAS)) {
                continue;
            }
            if (k == from || Tokens.isAny(t, from, POINTING_SUBJECTS) || Tokens.isAny(t, from, PositionExtractor.WE)) {
                return;
            }
            PhraseMatcher.Match<String> judged = judgementAt(a, s, k + 1);
            if (judged != null) {
                add(a, s, c, found, c.stateOf().get(quote.speaker().key()), quote.speaker(), judged.value(), from, k, k,
                        "position.quote_judgement.v1");
            }
            return; // the first copula is the sentence's
        }
    }

    /** Tokens of an opening phrase set off by a comma before a sentence's subject. */
    private static final int OPENING_PHRASE = 5;

    /**
     * The judgement whose head stands within a few words from {@code predicate} ("a “historic
     * mistake”"), or null: none there, or a negation or a clause's end before it ("was not a threat").
     */
    private PhraseMatcher.Match<String> judgementAt(AnalysedArticle a, Sentence s, int predicate) {
        var t = a.tokens();
        for (int p = predicate; p < Math.min(s.tokens().end(), predicate + PREDICATE_GAP); p++) {
            if (Tokens.isAny(t, p, NEGATIONS) || Tokens.isAny(t, p, List.of(",", ";", "."))) {
                return null;
            }
            var judged = lexicon.judgements().matchAt(t, p, a.article().text());
            if (judged != null) {
                return judged;
            }
        }
        return null;
    }

    /**
     * The position of {@code state} (through the body it speaks for) about the words {@code [from,
     * end)}, at the first other state named before {@code link}, once.
     */
    private void add(AnalysedArticle a, Sentence s, Context c, List<Position> found, Entity state, Entity speaker,
                     String stance, int from, int end, int link, String rule) {
        Entity holder = lexicon.speaksFor(state);
        Entity target = null;
        for (Mention m : c.states()) {
            if (m.sentence() == s.index() && m.tokens().start() >= from && m.tokens().end() <= link
                    && !m.entity().equals(holder) && !m.entity().equals(state) && target == null) {
                target = m.entity();
            }
        }
        String about = Tokens.span(a.tokens(), from, end).coveredText(a.article().text()).strip()
                .replaceFirst("^(the|a|an)\\s+", "");
        Position p = new Position(holder, speaker, stance, about, target, new Evidence(s.index(), s.span(), rule, 0.7));
        if (found.stream().noneMatch(x -> PositionExtractor.same(x, p))) {
            found.add(p);
        }
    }
}
