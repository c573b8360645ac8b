package diplograph.extract.mention;

import diplograph.extract.Tokens;
import diplograph.lexicon.Lexicon;
import diplograph.lexicon.PhraseMatcher;
import diplograph.model.AnalysedArticle;
import diplograph.model.Entity;
import diplograph.model.Mention;
import diplograph.model.Sentence;
import diplograph.model.TokenSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds international organizations by name or acronym ("International Atomic Energy Agency",
 * "IAEA"). An acronym must be written as the table writes it, so "who" is not the WHO.
 */
public final class OrganizationFinder {

    private final Lexicon lexicon;

    public OrganizationFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Mention> find(AnalysedArticle a) {
        List<Mention> found = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            for (int i = s.tokens().start(); i < s.tokens().end(); ) {
                PhraseMatcher.Match<Entity> m = at(a, i, s.tokens().end());
                if (m != null) {
                    TokenSpan ts = new TokenSpan(i, m.end());
                    found.add(new Mention(s.index(), ts, Tokens.span(a, ts), m.value(), "organization.name.v1"));
                    i = m.end();
                } else {
                    i++;
                }
            }
        }
        return found;
    }

    /** The organization named at token i: capitalised, and an acronym in its own case. */
    PhraseMatcher.Match<Entity> at(AnalysedArticle a, int i, int end) {
        var m = lexicon.organizations().matchAt(a.tokens(), i, a.article().text());
        if (m == null || m.end() > end || !a.tokens().get(i).isCapitalized()) {
            return null;
        }
        String written = Tokens.span(a.tokens(), i, m.end()).coveredText(a.article().text());
        Entity org = m.value();
        if (org.code() != null && written.equalsIgnoreCase(org.code()) && !written.equals(org.code())) {
            return null;
        }
        return m;
    }
}
