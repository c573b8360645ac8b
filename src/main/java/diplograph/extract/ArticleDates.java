package diplograph.extract;

import diplograph.model.Sentence;
import java.util.List;

/** The date expressions of every sentence of one article, found once and read by every extractor. */
record ArticleDates(List<List<DateMention>> bySentence) {

    ArticleDates {
        bySentence = List.copyOf(bySentence);
    }

    /** The dates found in sentence {@code s}. */
    List<DateMention> in(Sentence s) {
        return bySentence.get(s.index());
    }
}
