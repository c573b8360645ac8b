package diplograph.extract.mention;

import diplograph.model.Sentence;
import java.util.List;

/** The date expressions of every sentence of one article, found once and read by every extractor. */
public record ArticleDates(List<List<DateMention>> bySentence) {

    public ArticleDates {
        bySentence = List.copyOf(bySentence);
    }

    /**
     * These dates without those inside the given character spans: a date in a quotation is the
     * speaker's ("'On Saturday I learned that he is well,' Chavez said in a call with B") and does
     * not date what the reporting sentence tells.
     */
    public ArticleDates outside(List<diplograph.model.CharSpan> spans, List<diplograph.model.Token> tokens) {
        if (spans.isEmpty()) {
            return this;
        }
        return new ArticleDates(bySentence.stream().map(ds -> ds.stream().filter(d -> {
            int begin = tokens.get(d.start()).span().begin();
            return spans.stream().noneMatch(q -> q.contains(begin));
        }).toList()).toList());
    }

    /** The dates found in sentence {@code s}. */
    public List<DateMention> in(Sentence s) {
        return bySentence.get(s.index());
    }
}
