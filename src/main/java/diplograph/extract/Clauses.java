package diplograph.extract;

import diplograph.model.AnalysedArticle;
import diplograph.model.Dependencies;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Questions asked of an article's dependency parse by the rules: the subject of a predicate
 * (inherited by a participle or an infinitive from the clause it hangs on), what is coordinated
 * with a word, which phrases with a given preposition hang from it. Every answer is an
 * article-absolute token index, or -1. Built once per article; an article without a parse answers
 * every question with nothing, so rules fall back to reading the surface.
 */
public final class Clauses {

    private final AnalysedArticle article;
    private final Dependencies parse;
    private final int[][] children;
    private final boolean parsed;

    public Clauses(AnalysedArticle a) {
        this.article = a;
        this.parse = a.dependencies();
        int n = parse.size();
        int[] count = new int[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            if (parse.head(i) >= 0) {
                count[parse.head(i)]++;
                any = true;
            }
        }
        this.parsed = any;
        this.children = new int[n][];
        for (int i = 0; i < n; i++) {
            children[i] = new int[count[i]];
        }
        int[] filled = new int[n];
        for (int i = 0; i < n; i++) {
            int h = parse.head(i);
            if (h >= 0) {
                children[h][filled[h]++] = i;
            }
        }
    }

    /** Whether the article was parsed (a hand-built fixture may not be). */
    public boolean parsed() {
        return parsed;
    }

    /** Whether the sentence of token {@code i} was parsed (the analyser parses only some). */
    public boolean parsed(int i) {
        return !parse.relation(i).equals(Dependencies.UNPARSED);
    }

    public int head(int i) {
        return parse.head(i);
    }

    /** The relation without its subtype: "nsubj" for "nsubj:pass". */
    public String relation(int i) {
        return parse.baseRelation(i);
    }

    /** The relation with its subtype: "nsubj:pass", "acl:relcl". */
    public String fullRelation(int i) {
        return parse.relation(i);
    }

    /** The dependents of {@code i}, in text order. */
    public int[] children(int i) {
        return children[i];
    }

    /** The first dependent of {@code i} with one of these (base) relations, or -1. */
    public int child(int i, String... relations) {
        for (int c : children[i]) {
            for (String r : relations) {
                if (relation(c).equals(r)) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** The dependents of {@code i} with one of these (base) relations, in text order. */
    public List<Integer> all(int i, String... relations) {
        List<Integer> found = new ArrayList<>();
        for (int c : children[i]) {
            for (String r : relations) {
                if (relation(c).equals(r)) {
                    found.add(c);
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The preposition of a nominal ("with" for "with B", "on the sidelines of" reads "on"), lower
     * case, or {@code null}. A two-word preposition ("ahead of", "along with") is read whole.
     */
    public String preposition(int i) {
        for (int c : children[i]) {
            if (relation(c).equals("case")) {
                String word = word(c);
                for (int f : children[c]) {
                    if (relation(f).equals("fixed")) {
                        word = word + " " + word(f);
                    }
                }
                return word;
            }
        }
        return null;
    }

    /** The text of token {@code i}, lower case. */
    public String word(int i) {
        return article.tokens().get(i).text().toLowerCase(Locale.ROOT);
    }

    /** The dependents of {@code i} that are obliques or nominal modifiers with one of these prepositions. */
    public List<Integer> prepositional(int i, Collection<String> prepositions) {
        List<Integer> found = new ArrayList<>();
        for (int c : children[i]) {
            String r = relation(c);
            String preposition = preposition(c);
            if ((r.equals("obl") || r.equals("nmod")) && preposition != null && prepositions.contains(preposition)) {
                found.add(c);
            }
        }
        return found;
    }

    /** {@code i} and the words coordinated with it ("A, B and C" from A), in text order. */
    public List<Integer> conjuncts(int i) {
        List<Integer> all = new ArrayList<>();
        all.add(i);
        for (int k = 0; k < all.size(); k++) {
            for (int c : children[all.get(k)]) {
                if (relation(c).equals("conj")) {
                    all.add(c);
                }
            }
        }
        all.sort(null);
        return all;
    }

    /** Whether the predicate is passive ("was received by"). */
    public boolean passive(int predicate) {
        for (int c : children[predicate]) {
            if (fullRelation(c).equals("nsubj:pass") || fullRelation(c).equals("aux:pass")) {
                return true;
            }
        }
        return false;
    }

    /** The predicate's own subject, or -1. */
    public int subject(int predicate) {
        return child(predicate, "nsubj", "csubj");
    }

    /**
     * The subject of a predicate, or of the clause it belongs to when it has none of its own: a
     * participle or infinitive takes the subject of the verb it hangs on ("A attended the ceremony
     * after holding talks", "A went on to meet B", "A arrived and met B"), a participle modifying
     * a noun takes that noun ("leaders meeting in Rome"), and a relative clause the noun its
     * pronoun stands for ("A, who met B"). -1 when none is found.
     */
    public int clauseSubject(int predicate) {
        int p = predicate;
        for (int depth = 0; p >= 0 && depth < 6; depth++) {
            int s = subject(p);
            String rel = fullRelation(p);
            if (s >= 0) {
                boolean relative = rel.equals("acl:relcl") && article.tokens().get(s).pos().startsWith("PRON")
                        && isRelativePronoun(s);
                return relative ? head(p) : s;
            }
            String base = relation(p);
            if (base.equals("acl")) {
                return head(p);
            }
            if (!(base.equals("xcomp") || base.equals("advcl") || base.equals("conj"))) {
                return -1;
            }
            p = head(p);
        }
        return -1;
    }

    private boolean isRelativePronoun(int i) {
        String w = word(i);
        return w.equals("who") || w.equals("which") || w.equals("that") || w.equals("whom");
    }

    /** The verb a nominal is the object, subject or oblique of, or -1 ("talks" in "held talks"). */
    public int governor(int nominal) {
        return head(nominal);
    }

    /** The first and last token of the phrase headed by {@code i}. */
    public diplograph.model.TokenSpan span(int i) {
        return parse.subtree(i);
    }

    /** The token among {@code [start, end)} whose head lies outside them: the head of that stretch. */
    public int headOf(int start, int end) {
        int best = -1;
        int bestDepth = Integer.MAX_VALUE;
        for (int i = start; i < end; i++) {
            int h = head(i);
            if (h < start || h >= end) {
                int depth = depth(i);
                if (depth < bestDepth) {
                    best = i;
                    bestDepth = depth;
                }
            }
        }
        return best;
    }

    private int depth(int i) {
        int n = 0;
        for (int j = i; j >= 0 && n < 100; j = head(j)) {
            n++;
        }
        return n;
    }
}
