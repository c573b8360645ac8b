package diplograph.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * The key under which a personal name is looked up, so that the spellings of one name in news meet:
 * accents and case are dropped ("Çavuşoğlu" = "Cavusoglu"), hyphens are spaces ("Al-Thani" =
 * "Al Thani"), apostrophes inside a word go ("Jun'ichirō" = "Junichiro"), middle initials go ("Antony J. Blinken" = "Antony Blinken"), and the endings that
 * English transliterations of Slavic names vary on are folded ("Zelenskyy" = "Zelensky" =
 * "Zelenskiy", "Sergei" = "Sergey", "Yuri" = "Yury", "Aliyev" = "Aliev"), a letter written twice is
 * written once ("Mohammed" = "Mohamed", "Rousseff" = "Roussef"), and a given name's short
 * and long forms ({@code lexicon/given-name-variants.tsv}: "Joe" = "Joseph") are one.
 */
public final class NameKey {
    private static final java.util.regex.Pattern YEV = java.util.regex.Pattern.compile("([aeiou])yev");
    /** A letter written twice: transliterations and misspellings vary on it ("Mohammed", "Rousseff"). */
    private static final java.util.regex.Pattern DOUBLED = java.util.regex.Pattern.compile("([a-z])\\1");


    private static final java.util.Map<String, String> GIVEN_NAMES = givenNames();

    private static java.util.Map<String, String> givenNames() {
        java.util.Map<String, String> forms = new java.util.HashMap<>();
        for (Tsv.Row r : Tsv.resource("/lexicon/given-name-variants.tsv")) {
            String name = fold(r.get("name"));
            for (String v : r.list("variants")) {
                forms.put(fold(v), name);
            }
        }
        return java.util.Map.copyOf(forms);
    }

    private NameKey() {
    }

    private static final java.util.Set<String> ABBREVIATED_GIVEN_NAMES = abbreviatedGivenNames();

    private static java.util.Set<String> abbreviatedGivenNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Tsv.Row r : Tsv.resource("/lexicon/abbreviations.tsv")) {
            if (r.get("given_name").equals("yes")) {
                names.add(r.get("abbreviation"));
            }
        }
        return java.util.Set.copyOf(names);
    }

    /** Whether a word is a given name written abbreviated ("Ma.", "Mohd."; see abbreviations.tsv): a name's word. */
    public static boolean isAbbreviatedGivenName(String word) {
        return ABBREVIATED_GIVEN_NAMES.contains(word);
    }

    /** The key of a name, or the empty string when it has no word of two letters or more. */
    public static String of(String name) {
        return String.join(" ", words(name));
    }

    /** The key's words: see {@link #of}. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        // An apostrophe marks a syllable break some spellings write and others drop ("Jun'ichirō").
        for (String w : Keys.slug(name.replaceAll("['\u2019\u02bc](?=\\p{L}{2})", "")).split("-")) {
            if (w.length() < 2) {
                continue; // an initial, or nothing
            }
            words.add(fold(w));
        }
        for (int k = 0; k < words.size() - 1; k++) {
            words.set(k, GIVEN_NAMES.getOrDefault(words.get(k), words.get(k)));
        }
        return words;
    }

    private static String fold(String w) {
        w = DOUBLED.matcher(w).replaceAll("$1");
        w = YEV.matcher(w).replaceAll("$1ev");
        if (w.length() > 4 && (w.endsWith("yy") || w.endsWith("iy") || w.endsWith("ii") || w.endsWith("ei")
                || w.endsWith("ey"))) {
            return w.substring(0, w.length() - 2) + "y";
        }
        if (w.length() > 3 && w.endsWith("i")) {
            return w.substring(0, w.length() - 1) + "y";
        }
        return w;
    }
}
