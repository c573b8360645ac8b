package diplograph.lexicon;

import java.text.Normalizer;
import java.util.Locale;

/** Stable keys for IRIs: the same name always gives the same key, whatever its accents or case. */
public final class Keys {

    private Keys() {
    }

    /** "Kassym-Jomart Tokayev" → "kassym-jomart-tokayev"; "Erdoğan" → "erdogan". */
    public static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        ascii = ascii.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o')
                .replace('Ø', 'O').replace('đ', 'd').replace("ß", "ss");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? Integer.toHexString(name.hashCode()) : slug;
    }
}
