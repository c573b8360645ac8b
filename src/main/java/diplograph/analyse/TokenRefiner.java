package diplograph.analyse;

import diplograph.model.CharSpan;
import diplograph.model.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits what the OpenNLP UD tokenizer leaves joined in news text: possessives written with a
 * typographic apostrophe ("Kazakhstan’s"), dashes without spaces ("Kazakhstan—and"), and a
 * sentence-final period glued to a word ("Tokayev."). Offsets stay article-absolute.
 */
final class TokenRefiner {

    /** Word + possessive suffix; the straight form is split by the model already, the curly one not. */
    private static final Pattern POSSESSIVE = Pattern.compile("(.+?)([’'][sS]?)");
    private static final Pattern DASH = Pattern.compile("[—–]");
    /** A word ending in one period, without an inner period (so "U.S." stays whole). */
    private static final Pattern FINAL_PERIOD = Pattern.compile("(\\p{L}[\\p{L}\\p{M}-]+)\\.");

    private TokenRefiner() {
    }

    /** Refines the tokens of one sentence. */
    static List<Token> refine(List<Token> sentence) {
        return refine(sentence, java.util.Set.of());
    }

    /**
     * Refines the tokens of one sentence; a word of {@code abbreviations} the tokenizer split from
     * its period ("Ma" "." in "Undersecretary Ma. Theresa Lazaro") is one token again.
     */
    static List<Token> refine(List<Token> sentence, java.util.Set<String> abbreviations) {
        List<Token> out = new ArrayList<>(sentence.size() + 4);
        for (int i = 0; i < sentence.size(); i++) {
            splitDashes(sentence.get(i), i == sentence.size() - 1, out);
        }
        return joinInitials(out, abbreviations);
    }

    /**
     * "Wendy R. Sherman": the tokenizer splits some middle initials from their period ("R" "."),
     * others not ("J."); an upper-case letter, its touching period and a word after them are one
     * initial.
     */
    private static List<Token> joinInitials(List<Token> tokens, java.util.Set<String> abbreviations) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean initial = t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
            if (i + 2 < tokens.size() && (initial || abbreviations.contains(t.text() + "."))
                    && tokens.get(i + 1).text().equals(".") && tokens.get(i + 1).span().begin() == t.span().end()) {
                out.add(new Token(new CharSpan(t.span().begin(), t.span().end() + 1), t.text() + ".", "PROPN"));
                i++;
                continue;
            }
            out.add(t);
        }
        return out;
    }

    private static void splitDashes(Token t, boolean last, List<Token> out) {
        Matcher m = DASH.matcher(t.text());
        int from = 0;
        boolean split = false;
        while (m.find()) {
            if (m.start() > from) {
                splitPossessive(piece(t, from, m.start(), t.pos()), false, out);
            }
            out.add(piece(t, m.start(), m.end(), "PUNCT"));
            from = m.end();
            split = true;
        }
        if (!split) {
            splitPossessive(t, last, out);
        } else if (from < t.text().length()) {
            splitPossessive(piece(t, from, t.text().length(), t.pos()), last, out);
        }
    }

    private static void splitPossessive(Token t, boolean last, List<Token> out) {
        // "President-" "Elect", "Eui-" "yong": a hyphen glued to the end of a word stands alone.
        int n = t.text().length();
        if (n > 2 && (t.text().charAt(n - 1) == '-' || t.text().charAt(n - 1) == '‑')
                && Character.isLetter(t.text().charAt(n - 2))) {
            out.add(piece(t, 0, n - 1, t.pos()));
            out.add(piece(t, n - 1, n, "PUNCT"));
            return;
        }
        // "Jean" "-Noël": the UD tokenizer glues the hyphen of a compound name to its second part.
        if (t.text().length() > 2 && t.text().charAt(0) == '-' && Character.isLetter(t.text().charAt(1))) {
            out.add(piece(t, 0, 1, "PUNCT"));
            t = piece(t, 1, t.text().length(), Character.isUpperCase(t.text().charAt(1)) ? "PROPN" : "X");
        }
        if (last) {
            Matcher fp = FINAL_PERIOD.matcher(t.text());
            if (fp.matches()) {
                out.add(piece(t, 0, fp.end(1), t.pos()));
                out.add(piece(t, fp.end(1), t.text().length(), "PUNCT"));
                return;
            }
        }
        Matcher m = POSSESSIVE.matcher(t.text());
        if (t.text().length() > 2 && m.matches() && Character.isLetter(m.group(1).codePointBefore(m.end(1)))
                && (m.group(2).length() == 2 || t.text().endsWith("s’") || t.text().endsWith("s'"))) {
            out.add(piece(t, 0, m.end(1), t.pos().replace("+PART", "")));
            out.add(piece(t, m.end(1), t.text().length(), "PART"));
            return;
        }
        out.add(t);
    }

    private static Token piece(Token t, int from, int to, String pos) {
        int base = t.span().begin();
        return new Token(new CharSpan(base + from, base + to), t.text().substring(from, to), pos);
    }
}
