package diplograph.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The dependency parse of an article: for every token of {@link AnalysedArticle#tokens()}, its
 * head and its Universal Dependencies relation. Heads are article-absolute token indices, or
 * {@code -1} for the root of a sentence; relations are UD v2 labels with their subtypes
 * ("nsubj", "nsubj:pass", "obl:tmod", "nmod:poss", …, and "root" for a sentence's root).
 * {@link AnalysedArticle} checks that each head lies in its token's sentence.
 *
 * <p>Arrays are copied in and out; equality is by content.
 *
 * @param heads     each token's head, or -1
 * @param relations each token's relation to its head
 */
public record Dependencies(int[] heads, String[] relations) {

    /** The relation of a token nothing was parsed for: {@link #unparsed} gives it to every token. */
    public static final String UNPARSED = "dep";

    public Dependencies {
        Objects.requireNonNull(heads, "heads");
        Objects.requireNonNull(relations, "relations");
        if (heads.length != relations.length) {
            throw new IllegalArgumentException(heads.length + " heads but " + relations.length + " relations");
        }
        heads = heads.clone();
        relations = relations.clone();
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] < -1 || heads[i] >= heads.length || heads[i] == i) {
                throw new IllegalArgumentException("token " + i + " has head " + heads[i]);
            }
            if (relations[i] == null || relations[i].isBlank()) {
                throw new IllegalArgumentException("token " + i + " has no relation");
            }
        }
        requireAcyclic(heads);
    }

    /** Every token its own root with the relation {@value #UNPARSED}: what an article has that was not parsed. */
    public static Dependencies unparsed(int tokens) {
        int[] heads = new int[tokens];
        Arrays.fill(heads, -1);
        String[] relations = new String[tokens];
        Arrays.fill(relations, UNPARSED);
        return new Dependencies(heads, relations);
    }

    /** Walks up from each token once, marking tokens whose way to a root is known, so a cycle costs no more than a tree. */
    private static void requireAcyclic(int[] heads) {
        byte[] state = new byte[heads.length]; // 0 unknown, 1 on the current walk, 2 reaches a root
        for (int i = 0; i < heads.length; i++) {
            int j = i;
            while (j >= 0 && state[j] == 0) {
                state[j] = 1;
                j = heads[j];
            }
            if (j >= 0 && state[j] == 1) {
                throw new IllegalArgumentException("token " + j + " is its own ancestor");
            }
            for (j = i; j >= 0 && state[j] == 1; j = heads[j]) {
                state[j] = 2;
            }
        }
    }

    @Override
    public int[] heads() {
        return heads.clone();
    }

    @Override
    public String[] relations() {
        return relations.clone();
    }

    /** The number of tokens. */
    public int size() {
        return heads.length;
    }

    /** The head of token {@code i}, or -1 when it is the root of its sentence. */
    public int head(int i) {
        return heads[i];
    }

    /** The relation of token {@code i} to its head ("root" for a sentence's root). */
    public String relation(int i) {
        return relations[i];
    }

    /** The relation of token {@code i} without its subtype: "nsubj" for "nsubj:pass". */
    public String baseRelation(int i) {
        String r = relations[i];
        int colon = r.indexOf(':');
        return colon < 0 ? r : r.substring(0, colon);
    }

    /** The tokens whose head is {@code i}, in text order. */
    public int[] children(int i) {
        Objects.checkIndex(i, heads.length);
        int n = 0;
        for (int head : heads) {
            if (head == i) {
                n++;
            }
        }
        int[] children = new int[n];
        for (int j = 0, k = 0; k < n; j++) {
            if (heads[j] == i) {
                children[k++] = j;
            }
        }
        return children;
    }

    /** Whether {@code ancestor} is {@code i} or lies on the way from {@code i} up to its root. */
    public boolean dominates(int ancestor, int i) {
        for (int j = i; j >= 0; j = heads[j]) {
            if (j == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens from the first to the last of the subtree headed by {@code i} ({@code i} and
     * everything below it). A parser's trees are projective, so every token in between belongs
     * to the subtree; in a hand-built non-projective tree some may not.
     */
    public TokenSpan subtree(int i) {
        Objects.checkIndex(i, heads.length);
        // Every token is asked, not only the neighbours: a hand-built tree need not be projective.
        int start = i;
        int end = i + 1;
        for (int j = 0; j < heads.length; j++) {
            if (j != i && dominates(i, j)) {
                start = Math.min(start, j);
                end = Math.max(end, j + 1);
            }
        }
        return new TokenSpan(start, end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dependencies d && Arrays.equals(heads, d.heads) && Arrays.equals(relations, d.relations);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(heads) + Arrays.hashCode(relations);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Dependencies[");
        for (int i = 0; i < heads.length; i++) {
            b.append(i == 0 ? "" : " ").append(i).append("<-").append(heads[i]).append(':').append(relations[i]);
        }
        return b.append(']').toString();
    }
}
