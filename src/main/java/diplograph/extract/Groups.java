package diplograph.extract;

import diplograph.lexicon.Lexicon;
import diplograph.lexicon.PhraseMatcher;
import diplograph.model.AnalysedArticle;
import diplograph.model.Token;
import java.util.List;
import java.util.Set;

/**
 * Phrases that stand for the participants of a contact or for the contact itself, as
 * {@code continuation-cues.tsv} lists them ("the two leaders", "the sides", "the talks"), and "the
 * two" alone where a verb follows it ("The two discussed …", "the two also agreed"): readouts name
 * the pair so, while "the two countries" names states.
 */
public final class Groups {

    /** The value of a phrase that stands for the participants. */
    public static final String PARTICIPANTS = "participants";

    private static final Set<String> VERB_TAGS = Set.of("VERB", "AUX", "ADV");

    private Groups() {
    }

    /** The phrase at token {@code i}, or null. */
    public static PhraseMatcher.Match<String> at(Lexicon lexicon, AnalysedArticle a, int i) {
        return at(lexicon, a.tokens(), i, a.article().text());
    }

    /** The phrase at token {@code i} of {@code tokens} (offsets into {@code text}), or null. */
    public static PhraseMatcher.Match<String> at(Lexicon lexicon, List<Token> tokens, int i, String text) {
        var listed = lexicon.continuations().matchAt(tokens, i, text);
        if (listed != null) {
            return listed;
        }
        if (Tokens.isAny(tokens, i, List.of("the", "The")) && Tokens.is(tokens, i + 1, "two")
                && i + 2 < tokens.size() && VERB_TAGS.contains(tokens.get(i + 2).pos())) {
            return new PhraseMatcher.Match<>(i, i + 2, "the two", PARTICIPANTS);
        }
        return pluralTitleAt(lexicon, tokens, i, text);
    }

    /** Words of a title before its plural: "the two [defence] ministers", "the [top] diplomats". */
    private static final int TITLE_WORDS = 3;

    /**
     * A plural of a title of {@code titles.tsv} that counts two ("the two top diplomats", "both
     * defence ministers") or says whose two states ("the top diplomats of the two nations", "the
     * foreign ministers of both countries"): the persons of a contact, whatever their title.
     */
    private static PhraseMatcher.Match<String> pluralTitleAt(Lexicon lexicon, List<Token> tokens, int i, String text) {
        int from;
        boolean counted;
        if (Tokens.isAny(tokens, i, List.of("the", "The")) && Tokens.is(tokens, i + 1, "two")) {
            from = i + 2;
            counted = true;
        } else if (Tokens.isAny(tokens, i, List.of("both", "Both"))) {
            from = i + 1;
            counted = true;
        } else if (Tokens.isAny(tokens, i, List.of("the", "The"))) {
            from = i + 1;
            counted = false;
        } else {
            return null;
        }
        for (int end = from + 1; end <= Math.min(tokens.size(), from + TITLE_WORDS); end++) {
            String singular = Tokens.singularOfPlural(tokens, text, from, end);
            if (singular == null || !Character.isLetter(tokens.get(end - 1).text().charAt(0)) || lexicon.title(singular) == null) {
                continue;
            }
            if (counted) {
                return new PhraseMatcher.Match<>(i, end, Tokens.span(tokens, i, end).coveredText(text), PARTICIPANTS);
            }
            var whose = Tokens.is(tokens, end, "of") ? lexicon.continuations().matchAt(tokens, end + 1, text) : null;
            if (whose != null && whose.value().equals("states")) {
                return new PhraseMatcher.Match<>(i, whose.end(), Tokens.span(tokens, i, whose.end()).coveredText(text), PARTICIPANTS);
            }
            return null;
        }
        return null;
    }

    /** Whether any of these tokens opens such a phrase. */
    public static boolean any(Lexicon lexicon, List<Token> tokens, String text) {
        for (int i = 0; i < tokens.size(); i++) {
            if (at(lexicon, tokens, i, text) != null) {
                return true;
            }
        }
        return false;
    }
}
