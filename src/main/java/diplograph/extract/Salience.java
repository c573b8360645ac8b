package diplograph.extract;

import diplograph.model.AnalysedArticle;
import diplograph.model.CharSpan;
import diplograph.model.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * Who "he" or "she" is: the person most recently mentioned before a point of the article,
 * outside quotations (a name inside someone's quote is not who is speaking or acting).
 */
final class Salience {

    private static final List<String> PRONOUNS = List.of("he", "she");

    private final List<PersonResolver.Resolved> outsideQuotes = new ArrayList<>();

    Salience(AnalysedArticle a, List<PersonResolver.Resolved> persons, List<CharSpan> quotations) {
        for (PersonResolver.Resolved r : persons) {
            int begin = a.tokens().get(r.mention().start()).span().begin();
            if (quotations.stream().noneMatch(q -> q.begin() <= begin && begin < q.end())) {
                outsideQuotes.add(r);
            }
        }
    }

    static boolean isPronoun(AnalysedArticle a, int token) {
        return Tokens.isAny(a.tokens(), token, PRONOUNS);
    }

    /** The person last mentioned, outside quotations, before token {@code token}; or null. */
    Entity lastBefore(int token) {
        Entity last = null;
        for (PersonResolver.Resolved r : outsideQuotes) {
            if (r.mention().end() > token) {
                break;
            }
            last = r.person();
        }
        return last;
    }
}
