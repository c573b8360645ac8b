package diplograph.extract;

import diplograph.lexicon.Lexicon;
import diplograph.lexicon.PhraseMatcher;
import diplograph.model.AnalysedArticle;
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
        var listed = lexicon.continuations().matchAt(a.tokens(), i, a.article().text());
        if (listed != null) {
            return listed;
        }
        if (Tokens.isAny(a.tokens(), i, List.of("the", "The")) && Tokens.is(a.tokens(), i + 1, "two")
                && i + 2 < a.tokens().size() && VERB_TAGS.contains(a.tokens().get(i + 2).pos())) {
            return new PhraseMatcher.Match<>(i, i + 2, "the two", PARTICIPANTS);
        }
        return null;
    }
}
