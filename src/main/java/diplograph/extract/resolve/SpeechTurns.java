package diplograph.extract.resolve;

import diplograph.extract.Tokens;
import diplograph.lexicon.Lexicon;
import diplograph.model.AnalysedArticle;
import diplograph.model.CharSpan;
import diplograph.model.Evidence;
import diplograph.model.Quote;
import diplograph.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The turns of a transcript. A speaker's label — a person named right before a colon and a capital,
 * not as the object of a verb or preposition ("President of Russia Vladimir Putin: Mr Nazarbayev,
 * we are glad …") — opens a turn that runs to the next label or to the end of the text, when the
 * text gives the floor to two speakers at least. What a turn says is its speaker's own words, as a
 * quotation's are: "we" there is the speaker's state.
 */
public final class SpeechTurns {

    /** Tags of a word that makes the name after it an object: "with Putin:". */
    private static final Set<String> GOVERNING = Set.of("ADP");
    /** Words before a name that make it an object whatever their tag: "attributable to Ned Price:". */
    private static final List<String> OBJECT_MARKERS = List.of("to", "by", "from", "with", "for");

    /** Tokens of a note between a label's name and its colon: "(retranslated)". */
    private static final int PARENTHESIS_WORDS = 5;

    private SpeechTurns() {
    }

    /** Each turn as a quotation of its speaker, in the order of the text; none when no label is found. */
    public static List<Quote> find(AnalysedArticle a, List<PersonResolver.Resolved> persons, Lexicon lexicon) {
        List<Token> t = a.tokens();
        List<PersonResolver.Resolved> labels = new ArrayList<>();
        for (PersonResolver.Resolved r : persons) {
            int colon = r.mention().end();
            if (Tokens.is(t, colon, "(")) {
                // "Narendra Modi (retranslated):", "(in English):"
                int close = colon + 1;
                while (close < Math.min(t.size(), colon + PARENTHESIS_WORDS) && !Tokens.is(t, close, ")")) {
                    close++;
                }
                colon = Tokens.is(t, close, ")") ? close + 1 : colon;
            }
            int before = r.mention().start() - 1;
            if (Tokens.is(t, colon, ":") && colon + 1 < t.size() && t.get(colon + 1).isCapitalized()
                    && (before < 0 || !GOVERNING.contains(t.get(before).pos()) && !Tokens.isAny(t, before, OBJECT_MARKERS)
                    // "Putin told Lavrov: …" is told to Lavrov; a heading before a label is not ("… talks President …:").
                    && lexicon.speechVerbs().matchAt(t, before, a.article().text()) == null)) {
                labels.add(r);
            }
        }
        if (labels.stream().map(PersonResolver.Resolved::person).distinct().count() < 2) {
            return List.of(); // a transcript gives the floor to two speakers at least; one label is a heading
        }
        labels.sort(java.util.Comparator.comparingInt(r -> r.mention().start()));
        List<Quote> turns = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            PersonResolver.Resolved label = labels.get(i);
            int colon = label.mention().end();
            while (!Tokens.is(t, colon, ":")) {
                colon++;
            }
            int begin = t.get(colon + 1).span().begin();
            int end = i + 1 < labels.size() ? t.get(labels.get(i + 1).mention().start()).span().begin()
                    : a.article().text().length();
            if (end <= begin) {
                continue;
            }
            CharSpan span = new CharSpan(begin, end);
            turns.add(new Quote(label.person(), span.coveredText(a.article().text()),
                    new Evidence(label.mention().sentence(), span, "quote.turn.v1", 0.8)));
        }
        return turns;
    }
}
