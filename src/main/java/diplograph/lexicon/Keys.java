package diplograph.lexicon;

import java.text.Normalizer;
import java.util.Locale;

/** Stable keys for IRIs: the same name always gives the same key, whatever its accents or case. */
public final class Keys {

    private Keys() {
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> SLUGS = new java.util.concurrent.ConcurrentHashMap<>();

    /** "Kassym-Jomart Tokayev" → "kassym-jomart-tokayev"; "Erdoğan" → "erdogan". */
    public static String slug(String name) {
        // Names recur across articles: each is worked out once (the map is emptied when it grows large).
        String known = SLUGS.get(name);
        if (known != null) {
            return known;
        }
        if (SLUGS.size() > 200_000) {
            SLUGS.clear();
        }
        String slug = compute(name);
        SLUGS.put(name, slug);
        return slug;
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NON_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_DASHES = java.util.regex.Pattern.compile("(^-+|-+$)");

    /**
     * The name written without diacritics, case kept ("Hugo Chávez" → "Hugo Chavez", "Łukaszewicz" →
     * "Lukaszewicz"): outlets spell the same name with and without them.
     */
    public static String withoutDiacritics(String name) {
        return latin(name).replace('Đ', 'D');
    }

    /** Marks taken off, and the letters NFKD does not decompose written plainly (ı, ł, ø, đ). */
    private static String latin(String name) {
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o')
                .replace('Ø', 'O').replace('đ', 'd');
    }

    private static String compute(String name) {
        // latin(), not withoutDiacritics(): slugs never mapped "Đ", and minted IRIs must not change.
        String ascii = latin(name).replace("ß", "ss");
        String slug = EDGE_DASHES.matcher(NON_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        return slug.isEmpty() ? Integer.toHexString(name.hashCode()) : slug;
    }
}
