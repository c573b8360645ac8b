package diplograph.lexicon;

import diplograph.model.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases in token sequences, longest first. A phrase matches when its characters
 * equal the text from a token's start to a token's end, case-insensitively, with any whitespace
 * run matching one space and ’ matching '. So "Secretary-General" matches the three tokens
 * OpenNLP makes of it, and "Kazakhstan’s" matches "Kazakhstan's".
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {

    /** A phrase found: tokens {@code [start, end)} and what it stands for. */
    public record Match<V>(int start, int end, String phrase, V value) {
    }

    private record Entry<V>(String phrase, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();
    private boolean acrossQuotationMarks;

    /**
     * Lets the words of a phrase stand apart by double quotation marks as well as by spaces: news
     * quotes the words of a statement inside the phrase that reports it ("expressed “grave concern”
     * over"). Returns this matcher.
     */
    public PhraseMatcher<V> acrossQuotationMarks() {
        this.acrossQuotationMarks = true;
        return this;
    }

    /** Adds a phrase; the same phrase added twice keeps the first value. */
    public PhraseMatcher<V> add(String phrase, V value) {
        String p = normalize(phrase.strip());
        List<Entry<V>> list = byFirstWord.computeIfAbsent(firstWord(p), k -> new ArrayList<>());
        if (list.stream().noneMatch(e -> e.phrase.equals(p))) {
            list.add(new Entry<>(p, value));
            list.sort(Comparator.comparingInt((Entry<V> e) -> e.phrase.length()).reversed());
        }
        return this;
    }

    /** The longest phrase starting at token {@code i}, or {@code null}. */
    public Match<V> matchAt(List<Token> tokens, int i, String text) {
        if (i >= tokens.size()) {
            return null;
        }
        List<Entry<V>> candidates = byFirstWord.get(key(tokens, i));
        if (candidates == null) {
            return null;
        }
        for (Entry<V> e : candidates) {
            int end = matchEnd(tokens, i, text, e.phrase, acrossQuotationMarks);
            if (end > 0) {
                return new Match<>(i, end, e.phrase, e.value);
            }
        }
        return null;
    }

    /**
     * The longest phrase starting at one of tokens {@code [from, end)} that ends right before token
     * {@code end} (the earliest start first), or {@code null}: the verb just before a word ("discussed
     * the need", "said Abdullah").
     */
    public Match<V> endingAt(List<Token> tokens, int from, int end, String text) {
        for (int i = Math.max(0, from); i < end; i++) {
            Match<V> m = matchAt(tokens, i, text);
            if (m != null && m.end() == end) {
                return m;
            }
        }
        return null;
    }

    /** All non-overlapping longest matches in {@code tokens[from, to)}, left to right. */
    public List<Match<V>> findAll(List<Token> tokens, int from, int to, String text) {
        List<Match<V>> found = new ArrayList<>();
        for (int i = from; i < to; ) {
            Match<V> m = matchAt(tokens, i, text);
            if (m != null && m.end() <= to) {
                found.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** Double quotation marks a phrase may be quoted across, when its matcher allows. */
    private static final String DOUBLE_QUOTES = "\"“”«»„";

    private static int matchEnd(List<Token> tokens, int i, String text, String phrase, boolean acrossQuotes) {
        int pos = tokens.get(i).span().begin();
        int p = 0;
        while (p < phrase.length()) {
            if (pos >= text.length()) {
                return -1;
            }
            char pc = phrase.charAt(p);
            char tc = normalize(text.charAt(pos));
            if (pc == ' ') {
                int gap = pos;
                while (pos < text.length() && (Character.isWhitespace(text.charAt(pos))
                        || acrossQuotes && DOUBLE_QUOTES.indexOf(text.charAt(pos)) >= 0)) {
                    pos++;
                }
                if (pos == gap || !Character.isWhitespace(text.charAt(gap)) && !Character.isWhitespace(text.charAt(pos - 1))) {
                    return -1; // the words must stand apart: a space on one side of any quotation mark
                }
                p++;
                continue;
            }
            if (pc != tc) {
                return -1;
            }
            pos++;
            p++;
        }
        for (int t = i; t < tokens.size(); t++) {
            int end = tokens.get(t).span().end();
            if (end == pos) {
                return t + 1;
            }
            if (end > pos) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The tokens' lookup keys (normalized first words), remembered per thread for the last token
     * list asked about: every matcher asks for the key of every token of the same article. A key is
     * used only while the token at its place is still the one it was made from, so a list that
     * changes, or another list, is never answered from the memory.
     */
    private static final class Keys {
        private List<Token> tokens;
        private String[] texts = new String[0];
        private String[] keys = new String[0];
    }

    private static final ThreadLocal<Keys> KEYS = ThreadLocal.withInitial(Keys::new);

    private static String key(List<Token> tokens, int i) {
        Keys k = KEYS.get();
        if (k.tokens != tokens || k.keys.length != tokens.size()) {
            k.tokens = tokens;
            k.texts = new String[tokens.size()];
            k.keys = new String[tokens.size()];
        }
        String text = tokens.get(i).text();
        if (k.texts[i] != text) {
            k.texts[i] = text;
            k.keys[i] = firstWord(normalize(text));
        }
        return k.keys[i];
    }

    private static String firstWord(String normalized) {
        int cut = 0;
        while (cut < normalized.length() && Character.isLetterOrDigit(normalized.charAt(cut))) {
            cut++;
        }
        return cut == 0 ? normalized.substring(0, Math.min(1, normalized.length())) : normalized.substring(0, cut);
    }

    /** Lowercase, one kind of apostrophe and dash: the form phrases are compared in. */
    public static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    b.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            b.append(normalize(c));
        }
        return b.toString();
    }

    private static char normalize(char c) {
        return switch (c) {
            case '’', '‘', '`', '´' -> '\'';
            case '‐', '‑', '‒' -> '-';
            default -> Character.toLowerCase(c);
        };
    }
}
