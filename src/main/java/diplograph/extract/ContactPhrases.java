package diplograph.extract;

import diplograph.lexicon.Lexicon;
import diplograph.lexicon.PhraseMatcher;
import diplograph.model.AnalysedArticle;
import diplograph.model.EventKind;
import diplograph.model.Sentence;
import diplograph.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the phrases of a sentence that report a contact: an event verb of the lexicon ("met with",
 * "spoke"), a light verb with a contact noun ("had an extended telephone conversation with", "held
 * talks"), or a contact noun before "between" ("talks were held in Sochi between A and B").
 */
final class ContactPhrases {

    /**
     * An event phrase.
     *
     * @param start    first token
     * @param end      token after the phrase (after "with" or "between" when they close it)
     * @param kind     the kind it reports
     * @param inPerson the kind when the sentence places the contact ("spoke with X in Rome"), or null
     * @param between  whether all participants follow the phrase ("talks between A and B")
     */
    record Phrase(int start, int end, EventKind kind, EventKind inPerson, boolean between) {
    }

    /** Articles, adjectives and adverbs between a light verb and its noun: "had an extended". */
    private static final int MAX_MODIFIERS = 4;
    /** How far "between" may follow its noun: "talks were held in Sochi between". */
    private static final int BETWEEN_GAP = 6;

    private final Lexicon lexicon;

    ContactPhrases(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Phrase> find(AnalysedArticle a, Sentence s) {
        List<Phrase> found = new ArrayList<>();
        int end = s.tokens().end();
        for (int i = s.tokens().start(); i < end; ) {
            Phrase p = at(a, i, end);
            if (p != null) {
                found.add(p);
                i = p.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private Phrase at(AnalysedArticle a, int i, int end) {
        List<Token> t = a.tokens();
        String text = a.article().text();
        PhraseMatcher.Match<EventKind> verb = lexicon.triggers().matchAt(t, i, text);
        Phrase construction = lightVerbAt(a, i, end);
        if (construction != null && (verb == null || construction.end() >= verb.end())) {
            return construction;
        }
        if (verb != null && verb.end() <= end) {
            return new Phrase(i, verb.end(), verb.value(), lexicon.inPersonKind(verb.phrase()), false);
        }
        PhraseMatcher.Match<EventKind> noun = lexicon.contactNouns().matchAt(t, i, text);
        if (noun != null) {
            for (int k = noun.end(); k < Math.min(end, noun.end() + BETWEEN_GAP); k++) {
                if (Tokens.is(t, k, "between")) {
                    return new Phrase(i, k + 1, noun.value(), null, true);
                }
                if (t.get(k).pos().equals("PUNCT")) {
                    break;
                }
            }
        }
        return null;
    }

    /** "had an extended telephone conversation with", "held talks". */
    private Phrase lightVerbAt(AnalysedArticle a, int i, int end) {
        List<Token> t = a.tokens();
        String text = a.article().text();
        PhraseMatcher.Match<String> light = lexicon.lightVerbs().matchAt(t, i, text);
        if (light == null) {
            return null;
        }
        int j = light.end();
        for (int m = 0; m <= MAX_MODIFIERS && j < end; m++) {
            PhraseMatcher.Match<EventKind> noun = lexicon.contactNouns().matchAt(t, j, text);
            if (noun != null && noun.end() <= end) {
                int e = Tokens.is(t, noun.end(), "with") ? noun.end() + 1 : noun.end();
                return new Phrase(i, e, noun.value(), null, false);
            }
            String pos = t.get(j).pos();
            if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("ADV") || pos.equals("NUM"))) {
                return null;
            }
            j++;
        }
        return null;
    }
}
