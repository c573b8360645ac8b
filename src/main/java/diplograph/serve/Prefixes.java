package diplograph.serve;

import diplograph.map.Vocab;
import org.apache.jena.shared.PrefixMapping;

/** Short names for IRIs on pages, with the prefixes printed RDF uses. */
final class Prefixes {

    private static final PrefixMapping PREFIXES = Vocab.prefixes();

    private Prefixes() {
    }

    static String shorten(String iri) {
        return iri == null ? "" : PREFIXES.shortForm(iri);
    }
}
