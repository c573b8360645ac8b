package diplograph.analyse;

import java.util.List;

/**
 * One sentence of a CoNLL-U treebank: its words (word lines only; multiword-token ranges and empty
 * nodes are not words), their gold tags and tree, and how its surface tokens group the words.
 *
 * @param words     the word forms
 * @param tags      the gold UPOS tags
 * @param heads     each word's head as a word index, -1 for the root
 * @param relations each word's relation, subtypes kept ("nsubj:pass")
 * @param tokens    the surface tokens: each a range of words and its form ("don't" over "do" "n't";
 *                  a word that is its own token is a range of one)
 * @param conllu    the sentence's lines as read, for tools that read CoNLL-U themselves
 */
record TreebankSentence(String[] words, String[] tags, int[] heads, String[] relations, List<SurfaceToken> tokens,
                        String conllu) {

    /** A surface token: words {@code [first, end)} written as {@code form}. */
    record SurfaceToken(int first, int end, String form) {
    }

    int size() {
        return words.length;
    }

    /** The same sentence with other tags (predicted ones), tree and tokens unchanged. */
    TreebankSentence withTags(String[] predicted) {
        if (predicted.length != words.length) {
            throw new IllegalArgumentException(predicted.length + " tags for " + words.length + " words");
        }
        return new TreebankSentence(words, predicted.clone(), heads, relations, tokens, conllu);
    }

    /** The same sentence with another tree (a projectivised one), tags and tokens unchanged. */
    TreebankSentence withHeads(int[] newHeads) {
        return new TreebankSentence(words, tags, newHeads.clone(), relations, tokens, conllu);
    }
}
