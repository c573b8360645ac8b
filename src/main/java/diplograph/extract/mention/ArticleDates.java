package diplograph.extract.mention;

import diplograph.model.Sentence;
import java.util.List;

/** The date expressions of every sentence of one article, found once and read by every extractor. */
public record ArticleDates(List<List<DateMention>> bySentence) {

    public ArticleDates {
        bySentence = List.copyOf(bySentence);
    }

    /** The dates found in sentence {@code s}. */
    public List<DateMention> in(Sentence s) {
        return bySentence.get(s.index());
    }
}
