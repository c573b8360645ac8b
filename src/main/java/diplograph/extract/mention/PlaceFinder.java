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

    /** The first place after a preposition at or after token {@code from}, else the first in the sentence. */
    public Entity placeIn(AnalysedArticle a, Sentence s, int from) {
        Entity after = firstFrom(a, s, from);
        return after != null ? after : firstFrom(a, s, s.tokens().start());
    }

    private Entity firstFrom(AnalysedArticle a, Sentence s, int from) {
        return firstBetween(a, Math.max(from, s.tokens().start()), s.tokens().end());
    }

    /** The first gazetteer place after "in" or "at" whose preposition stands in {@code [from, to - 1)}. */
    public Entity firstBetween(AnalysedArticle a, int from, int to) {
        var t = a.tokens();
        for (int i = from; i + 1 < to; i++) {
            if (Tokens.isAny(t, i, PREPOSITIONS)) {
                PhraseMatcher.Match<Entity> m = lexicon.places().matchAt(t, i + 1, a.article().text());
                if (m != null && t.get(i + 1).isCapitalized()) {
                    return m.value();
                }
            }
        }
        return null;
    }
}
