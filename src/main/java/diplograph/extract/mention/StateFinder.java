package diplograph.extract.mention;

import diplograph.extract.Tokens;
import diplograph.lexicon.Lexicon;
import diplograph.model.AnalysedArticle;
import diplograph.model.Entity;
import diplograph.model.Mention;
import diplograph.model.Sentence;
import diplograph.model.TokenSpan;
import java.util.ArrayList;
import java.util.List;

/** Finds states named in the article by any of their names or adjectives ("Iran", "Iranian"). */
public final class StateFinder {

    private final Lexicon lexicon;

    public StateFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public List<Mention> find(AnalysedArticle a) {
        List<Mention> found = new ArrayList<>();
        String text = a.article().text();
        for (Sentence s : a.sentences()) {
            int end = s.tokens().end();
            for (int i = s.tokens().start(); i < end; ) {
                var m = lexicon.stateNames().matchAt(a.tokens(), i, text);
                String rule = "state.name.v1";
                if (m == null) {
                    m = lexicon.stateAdjectives().matchAt(a.tokens(), i, text);
                    rule = "state.adjective.v1";
                }
                if (m != null && m.end() <= end && a.tokens().get(i).isCapitalized()
                        || m != null && m.end() <= end && isCapitalizedAfterThe(a, i, m.end())) {
                    TokenSpan ts = new TokenSpan(i, m.end());
                    found.add(new Mention(s.index(), ts, Tokens.span(a, ts), m.value(), rule));
                    i = m.end();
                } else {
                    Mention folded = foldedName(a, s, i);
                    if (folded != null) {
                        found.add(folded);
                        i = folded.tokens().end();
                    } else {
                        i++;
                    }
                }
            }
        }
        return withSharedNames(a, found);
    }

    /**
     * The mentions with those of a name several states share ("business between Brazil and Korea"),
     * each taken for the one of its states the article names otherwise; none when it names none or
     * several of them. Not a word of a longer name ("Korea Herald").
     */
    private List<Mention> withSharedNames(AnalysedArticle a, List<Mention> found) {
        java.util.Set<Entity> named = new java.util.HashSet<>();
        boolean[] covered = new boolean[a.tokens().size()];
        for (Mention m : found) {
            named.add(m.entity());
            for (int i = m.tokens().start(); i < m.tokens().end(); i++) {
                covered[i] = true;
            }
        }
        List<Mention> all = new ArrayList<>(found);
        String text = a.article().text();
        for (Sentence s : a.sentences()) {
            for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
                var m = covered[i] || !a.tokens().get(i).isCapitalized() ? null
                        : lexicon.ambiguousStateNames().matchAt(a.tokens(), i, text);
                if (m == null || m.end() > s.tokens().end()
                        || m.end() < s.tokens().end() && a.tokens().get(m.end()).isCapitalized()) {
                    continue;
                }
                List<Entity> meant = m.value().stream().filter(named::contains).toList();
                if (meant.size() == 1) {
                    TokenSpan ts = new TokenSpan(i, m.end());
                    all.add(new Mention(s.index(), ts, Tokens.span(a, ts), meant.get(0), "state.name.v1"));
                }
            }
        }
        if (all.size() > found.size()) {
            all.sort(java.util.Comparator.comparingInt((Mention m) -> m.tokens().start()));
        }
        return all;
    }

    /** The most words a state's name written with other diacritics may have: "Việt Nam", "Côte d'Ivoire". */
    private static final int FOLDED_WORDS = 3;

    /**
     * A state's name written with diacritics the reference does not give ("Việt Nam"), compared
     * without diacritics, spaces and hyphens, longest first; null when none starts at {@code i}. Only
     * for capitalised words with a letter outside ASCII: the rest the name matcher has seen.
     */
    private Mention foldedName(AnalysedArticle a, Sentence s, int i) {
        var t = a.tokens();
        int most = Math.min(FOLDED_WORDS, s.tokens().end() - i);
        if (!t.get(i).isCapitalized()
                || t.subList(i, i + most).stream().allMatch(w -> w.text().chars().allMatch(ch -> ch < 128))) {
            return null; // (most tokens: no name to fold, and no text to cut)
        }
        for (int len = most; len >= 1; len--) {
            TokenSpan ts = new TokenSpan(i, i + len);
            var span = Tokens.span(a, ts);
            String words = span.coveredText(a.article().text());
            if (words.chars().allMatch(ch -> ch < 128)) {
                continue;
            }
            Entity state = lexicon.stateFolded(words);
            if (state != null) {
                return new Mention(s.index(), ts, span, state, "state.name.v1");
            }
        }
        return null;
    }

    /** "the United States": the article is lowercase, the name is not. */
    private static boolean isCapitalizedAfterThe(AnalysedArticle a, int i, int end) {
        return Tokens.is(a.tokens(), i, "the") && i + 1 < end && a.tokens().get(i + 1).isCapitalized();
    }
}
