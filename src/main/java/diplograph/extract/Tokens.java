package diplograph.extract;

import diplograph.model.AnalysedArticle;
import diplograph.model.CharSpan;
import diplograph.model.Token;
import diplograph.model.TokenSpan;
import java.util.List;

/** Small questions asked of token sequences by every extractor. */
public final class Tokens {

    private Tokens() {
    }

    public static boolean is(List<Token> tokens, int i, String word) {
        return i >= 0 && i < tokens.size() && tokens.get(i).text().equalsIgnoreCase(word);
    }

    /** The hyphens that join words ("US-Russia", "Lee Myung-bak"): the ASCII one and the non-breaking one. */
    private static final List<String> HYPHENS = List.of("-", "‑");

    /** Whether token {@code i} is a hyphen. */
    public static boolean isHyphen(List<Token> tokens, int i) {
        return isAny(tokens, i, HYPHENS);
    }

    /** Whether token {@code i} is a hyphen inside a word, touching the tokens on both sides ("Iran-backed", "Al-Mashaan"). */
    public static boolean joinsWords(List<Token> tokens, int i) {
        return isHyphen(tokens, i) && i + 1 < tokens.size() && touching(tokens, i) && touching(tokens, i + 1);
    }

    public static boolean isAny(List<Token> tokens, int i, List<String> words) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        String text = tokens.get(i).text();
        for (String w : words) {
            if (text.equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token in {@code [from, to)} is one of the words (case ignored). */
    public static boolean anyOf(List<Token> tokens, int from, int to, List<String> words) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (isAny(tokens, i, words)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code i} stands inside parentheses opened after {@code from}, an aside: "the
     * co-chairs (Russia, the United States, and France)", "PDVSA (Venezuelan Petroleum S.A.)".
     */
    public static boolean inParentheses(List<Token> tokens, int from, int i) {
        for (int k = i - 1; k >= from; k--) {
            if (is(tokens, k, ")")) {
                return false;
            }
            if (is(tokens, k, "(")) {
                return true;
            }
        }
        return false;
    }

    public static boolean isPossessive(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return false;
        }
        String t = tokens.get(i).text();
        return t.equals("'s") || t.equals("’s") || t.equals("’") || t.equals("'");
    }

    /**
     * The token after an apposition opened by the comma at {@code comma} ("Amos Gilad, a liaison
     * officer with Egypt, said": the one after the closing comma), or -1 when none closes within
     * {@code reach} tokens before a sentence end or a quotation mark.
     */
    public static int afterApposition(List<Token> tokens, int comma, int end, int reach) {
        if (!is(tokens, comma, ",")) {
            return -1;
        }
        for (int k = comma + 1; k < end && k <= comma + reach; k++) {
            if (isAny(tokens, k, APPOSITION_STOPS)) {
                return -1;
            }
            if (is(tokens, k, ",")) {
                return k + 1;
            }
        }
        return -1;
    }

    private static final List<String> APPOSITION_STOPS = List.of(".", ";", "“", "”", "\"");

    /** Whether tokens i-1 and i touch without whitespace ("Kassym" "-" "Jomart"). */
    public static boolean touching(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).span().end() == tokens.get(i).span().begin();
    }

    public static CharSpan span(List<Token> tokens, int start, int end) {
        return new CharSpan(tokens.get(start).span().begin(), tokens.get(end - 1).span().end());
    }

    public static CharSpan span(AnalysedArticle a, TokenSpan t) {
        return span(a.tokens(), t.start(), t.end());
    }

    public static String text(AnalysedArticle a, int start, int end) {
        return span(a.tokens(), start, end).coveredText(a.article().text());
    }

    /**
     * Tokens {@code [from, end)} as a singular phrase when their last word is a plural of three
     * letters or more ("top diplomats" is "top diplomat", "ministers" is "minister"), for looking a
     * plural title up as its singular; null when the last word ends in no "s".
     */
    public static String singularOfPlural(List<Token> tokens, String text, int from, int end) {
        String last = tokens.get(end - 1).text();
        if (last.length() < 3 || !last.endsWith("s")) {
            return null;
        }
        return (end - 1 > from ? span(tokens, from, end - 1).coveredText(text) + " " : "") + last.substring(0, last.length() - 1);
    }
}
