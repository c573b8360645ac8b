package diplograph.analyse;

import java.util.List;
import java.util.Locale;

/**
 * The features of a parser configuration, after Zhang and Nivre (2011) adapted to arc-hybrid
 * (whose second stack word plays the part of the top's head): words, tags, shapes and suffixes of
 * the top three stack words and the first three buffer words, the outermost two children on each
 * side of the stack's top two and the buffer's first with their labels, distances, valencies and
 * the sets of child labels. Each feature is a 32-bit hash of its template and values, so no
 * feature string is ever built; a configuration has {@link #MAX} of them at most.
 *
 * <p>Immutable after construction for one sentence; a new one per sentence.
 */
final class ParserFeatures {

    static final int MAX = 128;

    /** The universal POS tags; a tag outside them (or a combined "PROPN+PART") is read as described in {@link #tag}. */
    static final List<String> UPOS = List.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
            "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

    private static final long NONE = 0x5bd1e995L;
    private static final long ROOT = 0x27d4eb2fL;
    private static final long NO_LABEL = 255;

    private final long[] word;
    private final long[] tag;
    private final long[] shape;
    private final long[] suffix;
    /** How many punctuation tokens come before each word: commas and dashes between two words mark appositions and lists. */
    private final int[] punctBefore;

    /**
     * @param words the sentence's tokens
     * @param tags  their UPOS tags as the tagger gives them
     */
    ParserFeatures(String[] words, String[] tags) {
        int n = words.length;
        word = new long[n + 1];
        tag = new long[n + 1];
        shape = new long[n + 1];
        suffix = new long[n + 1];
        punctBefore = new int[n + 1];
        int punct = UPOS.indexOf("PUNCT");
        for (int i = 0; i < n; i++) {
            String norm = normalise(words[i]);
            word[i] = hash(norm);
            tag[i] = tag(tags[i]);
            shape[i] = hash(shape(words[i]));
            suffix[i] = hash(norm.length() > 3 ? norm.substring(norm.length() - 3) : norm);
            punctBefore[i + 1] = punctBefore[i] + (tag[i] == punct ? 1 : 0);
        }
        word[n] = ROOT;
        tag[n] = ROOT;
        shape[n] = ROOT;
        suffix[n] = ROOT;
    }

    /**
     * The index of a tag in {@link #UPOS}. The project's tagger, trained on multiword tokens,
     * gives some tokens combined tags ("PROPN+PART" on a possessive, "AUX+PART" on "don't", at
     * times on an adjective such as "Chilean"): the first part is the tag of the token's head word.
     */
    static int tag(String t) {
        int plus = t.indexOf('+');
        int i = UPOS.indexOf(plus < 0 ? t : t.substring(0, plus));
        return i < 0 ? UPOS.indexOf("X") : i;
    }

    /** Lower case, digits as 0, typographic quotes and apostrophes as the plain ones the treebank mostly has. */
    static String normalise(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c)) {
                c = '0';
            } else if (c == '’' || c == '‘') {
                c = '\'';
            } else if (c == '“' || c == '”') {
                c = '"';
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** "Xxxx" for "Lima", "X.X." for "U.S.", "dddd" for "2025": at most two of a kind in a row, six in all. */
    static String shape(String w) {
        StringBuilder b = new StringBuilder(6);
        char last = 0;
        int run = 0;
        for (int i = 0; i < w.length() && b.length() < 6; i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            run = k == last ? run + 1 : 1;
            last = k;
            if (run <= 2) {
                b.append(k);
            }
        }
        return b.toString();
    }

    /** FNV-1a over the characters, 64 bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static int fold(long h) {
        int f = (int) (h ^ (h >>> 32));
        return f == 0 ? 1 : f; // 0 marks an empty slot in the weight tables
    }

    /** Writes the features of {@code s} into {@code out}; returns how many. */
    int extract(ArcHybridState s, int[] out) {
        int s0 = s.stack(0);
        int s1 = s.stack(1);
        int s2 = s.stack(2);
        int b0 = s.buffer(0);
        int b1 = s.buffer(1);
        int b2 = s.buffer(2);
        long s0w = w(s0), s0t = t(s0), s1w = w(s1), s1t = t(s1), s2w = w(s2), s2t = t(s2);
        long b0w = w(b0), b0t = t(b0), b1w = w(b1), b1t = t(b1), b2w = w(b2), b2t = t(b2);
        int s0l1 = child(s.left1, s0), s0l2 = child(s.left2, s0), s0r1 = child(s.right1, s0), s0r2 = child(s.right2, s0);
        int s1l1 = child(s.left1, s1), s1r1 = child(s.right1, s1), s1r2 = child(s.right2, s1);
        int b0l1 = child(s.left1, b0), b0l2 = child(s.left2, b0);
        long d = s0 >= 0 && b0 >= 0 ? distance(b0 - s0) : NONE;
        long d1 = s1 >= 0 ? distance(s0 - s1) : NONE;
        long s0vl = count(s, s.leftCount, s0), s0vr = count(s, s.rightCount, s0), b0vl = count(s, s.leftCount, b0);
        long s1vl = count(s, s.leftCount, s1), s1vr = count(s, s.rightCount, s1);
        int k = 0;
        out[k++] = f(0, depth(s.depth), 0);
        // one word
        out[k++] = f(1, s0w, 0);
        out[k++] = f(2, s0t, 0);
        out[k++] = f(3, s0w, s0t);
        out[k++] = f(4, b0w, 0);
        out[k++] = f(5, b0t, 0);
        out[k++] = f(6, b0w, b0t);
        out[k++] = f(7, b1w, 0);
        out[k++] = f(8, b1t, 0);
        out[k++] = f(9, b1w, b1t);
        out[k++] = f(10, b2w, 0);
        out[k++] = f(11, b2t, 0);
        out[k++] = f(12, b2w, b2t);
        out[k++] = f(13, s1w, 0);
        out[k++] = f(14, s1t, 0);
        out[k++] = f(15, s1w, s1t);
        out[k++] = f(16, s2t, 0);
        out[k++] = f(17, s2w, 0);
        out[k++] = f(18, suffix(s0), s0t);
        out[k++] = f(19, shape(s0), 0);
        out[k++] = f(20, suffix(b0), b0t);
        out[k++] = f(21, shape(b0), 0);
        out[k++] = f(22, shape(b1), 0);
        out[k++] = f(23, shape(s1), 0);
        out[k++] = f(24, suffix(s1), s1t);
        out[k++] = f(25, suffix(b1), b1t);
        out[k++] = f(26, shape(s0), shape(b0));
        // two words
        out[k++] = f(30, s0w, s0t, b0w, b0t);
        out[k++] = f(31, s0w, s0t, b0w);
        out[k++] = f(32, s0w, b0w, b0t);
        out[k++] = f(33, s0w, s0t, b0t);
        out[k++] = f(34, s0t, b0w, b0t);
        out[k++] = f(35, s0w, b0w);
        out[k++] = f(36, s0t, b0t);
        out[k++] = f(37, b0t, b1t);
        out[k++] = f(38, s1w, s1t, s0w, s0t);
        out[k++] = f(39, s1t, s0t);
        out[k++] = f(40, s1w, s0w);
        out[k++] = f(41, s1t, s0w);
        out[k++] = f(42, s1w, s0t);
        out[k++] = f(43, s1t, b0t);
        out[k++] = f(44, s1w, b0w);
        out[k++] = f(45, s1w, s1t, s0t);
        out[k++] = f(46, s1t, s0w, s0t);
        out[k++] = f(47, s0w, b1w);
        out[k++] = f(48, s0t, b1t);
        // three words
        out[k++] = f(50, b0t, b1t, b2t);
        out[k++] = f(51, s0t, b0t, b1t);
        out[k++] = f(52, s1t, s0t, b0t);
        out[k++] = f(53, s0t, t(s0l1), b0t);
        out[k++] = f(54, s0t, t(s0r1), b0t);
        out[k++] = f(55, s0t, b0t, t(b0l1));
        out[k++] = f(56, s2t, s1t, s0t);
        out[k++] = f(57, s1t, t(s1r1), s0t);
        out[k++] = f(58, s1t, s0t, t(s0l1));
        out[k++] = f(59, s1t, s0t, t(s0r1));
        // distance
        out[k++] = f(60, s0w, d);
        out[k++] = f(61, s0t, d);
        out[k++] = f(62, b0w, d);
        out[k++] = f(63, b0t, d);
        out[k++] = f(64, s0w, b0w, d);
        out[k++] = f(65, s0t, b0t, d);
        out[k++] = f(66, s1t, s0t, d1);
        out[k++] = f(67, s1w, s0w, d1);
        // valency
        out[k++] = f(70, s0w, s0vr);
        out[k++] = f(71, s0t, s0vr);
        out[k++] = f(72, s0w, s0vl);
        out[k++] = f(73, s0t, s0vl);
        out[k++] = f(74, b0w, b0vl);
        out[k++] = f(75, b0t, b0vl);
        out[k++] = f(76, s1t, s1vr);
        out[k++] = f(77, s1t, s1vl);
        // the outermost children
        out[k++] = f(80, w(s0l1), 0);
        out[k++] = f(81, t(s0l1), 0);
        out[k++] = f(82, label(s, s0l1), s0t);
        out[k++] = f(83, w(s0r1), 0);
        out[k++] = f(84, t(s0r1), 0);
        out[k++] = f(85, label(s, s0r1), s0t);
        out[k++] = f(86, w(b0l1), 0);
        out[k++] = f(87, t(b0l1), 0);
        out[k++] = f(88, label(s, b0l1), b0t);
        out[k++] = f(89, t(s1r1), s1t);
        out[k++] = f(90, label(s, s1r1), s1t);
        out[k++] = f(91, t(s1l1), s1t);
        out[k++] = f(92, label(s, s1l1), s1t);
        out[k++] = f(93, label(s, s0l1), label(s, s0r1), s0t);
        // the second outermost
        out[k++] = f(100, w(s0l2), 0);
        out[k++] = f(101, t(s0l2), 0);
        out[k++] = f(102, label(s, s0l2), 0);
        out[k++] = f(103, w(s0r2), 0);
        out[k++] = f(104, t(s0r2), 0);
        out[k++] = f(105, label(s, s0r2), 0);
        out[k++] = f(106, w(b0l2), 0);
        out[k++] = f(107, t(b0l2), 0);
        out[k++] = f(108, label(s, b0l2), 0);
        out[k++] = f(109, s0t, t(s0l1), t(s0l2));
        out[k++] = f(110, s0t, t(s0r1), t(s0r2));
        out[k++] = f(111, b0t, t(b0l1), t(b0l2));
        out[k++] = f(112, s1t, t(s1r1), t(s1r2));
        // the labels of the children so far
        out[k++] = f(120, s0w, labels(s.rightLabelSet, s0));
        out[k++] = f(121, s0t, labels(s.rightLabelSet, s0));
        out[k++] = f(122, s0w, labels(s.leftLabelSet, s0));
        out[k++] = f(123, s0t, labels(s.leftLabelSet, s0));
        out[k++] = f(124, b0w, labels(s.leftLabelSet, b0));
        out[k++] = f(125, b0t, labels(s.leftLabelSet, b0));
        out[k++] = f(126, s1t, labels(s.rightLabelSet, s1));
        // punctuation between the words an arc would join, and some wider contexts
        out[k++] = f(130, s0t, b0t, punctBetween(s0, b0));
        out[k++] = f(131, s1t, s0t, punctBetween(s1, s0));
        out[k++] = f(132, s1t, b0t, s1 >= 0 && b0 >= 0 ? distance(b0 - s1) : NONE);
        out[k++] = f(133, s0w, b0t, b1t);
        out[k++] = f(134, s1t, s0t, b0w);
        out[k++] = f(135, s1w, s0t, b0t);
        return k;
    }

    private long w(int i) {
        return i < 0 ? NONE : word[i];
    }

    private long t(int i) {
        return i < 0 ? NONE : tag[i];
    }

    private long shape(int i) {
        return i < 0 ? NONE : shape[i];
    }

    private long suffix(int i) {
        return i < 0 ? NONE : suffix[i];
    }

    private long punctBetween(int a, int b) {
        return a < 0 || b < 0 ? NONE : Math.min(punctBefore[b] - punctBefore[a + 1], 2);
    }

    private static int child(int[] children, int i) {
        return i < 0 ? -1 : children[i];
    }

    private static long label(ArcHybridState s, int i) {
        return i < 0 ? NO_LABEL : s.arcLabels[i];
    }

    private static long labels(long[] sets, int i) {
        return i < 0 ? NONE : sets[i];
    }

    private static long count(ArcHybridState s, int[] counts, int i) {
        return i < 0 ? NONE : Math.min(counts[i], 5);
    }

    private static long distance(int d) {
        return d <= 4 ? d : d <= 6 ? 5 : d <= 9 ? 6 : 7;
    }

    private static long depth(int depth) {
        return Math.min(depth, 4);
    }

    private static int f(int template, long a, long b) {
        return fold(mix(mix(template * 0x9E3779B97F4A7C15L ^ a) ^ b));
    }

    private static int f(int template, long a, long b, long c) {
        return fold(mix(mix(mix(template * 0x9E3779B97F4A7C15L ^ a) ^ b) ^ c));
    }

    private static int f(int template, long a, long b, long c, long d) {
        return fold(mix(mix(mix(mix(template * 0x9E3779B97F4A7C15L ^ a) ^ b) ^ c) ^ d));
    }
}
