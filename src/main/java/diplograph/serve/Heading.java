package diplograph.serve;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;

/** What every page starts with: the resource's types, its label, other names and same-as links. */
record Heading(Node iri, Set<String> types, String label, Set<String> otherNames, Set<String> sameAs) {

    static Heading of(PageQueries queries, Node iri) {
        Set<String> types = new TreeSet<>();
        Set<String> alts = new TreeSet<>();
        Set<String> same = new TreeSet<>();
        String label = null;
        List<PageQueries.Row> rows = queries.rows("head", iri);
        for (PageQueries.Row r : rows) {
            if (r.str("type") != null) {
                types.add(r.str("type"));
            }
            if (r.str("label") != null && (label == null || r.str("label").compareTo(label) < 0)) {
                label = r.str("label"); // several articles may label it: the same choice every time
            }
            if (r.str("alt") != null) {
                alts.add(r.str("alt"));
            }
            if (r.str("same") != null) {
                same.add(r.str("same"));
            }
        }
        if (label != null) {
            alts.remove(label);
        }
        return new Heading(iri, types, label, alts, same);
    }

    /** True when nothing in the store says anything about the resource. */
    boolean unknown() {
        return types.isEmpty() && label == null;
    }

    boolean is(String typeIri) {
        return types.contains(typeIri);
    }

    /** The label, or the IRI's last path segment when there is none. */
    String title() {
        if (label != null) {
            return label;
        }
        String s = iri.getURI();
        return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')) + 1);
    }

    /** The Wikidata items it is the same as. */
    List<String> wikidata() {
        return sameAs.stream().filter(s -> s.startsWith("http://www.wikidata.org/entity/")).toList();
    }
}
