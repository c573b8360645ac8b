package diplograph.map;

import static diplograph.map.Vocab.*;

import diplograph.lexicon.Lexicon;
import diplograph.model.Entity;
import diplograph.model.Office;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Writes the reference tables as RDF: every state with its names, ISO code and Wikidata link, so
 * a query can find a state no article has mentioned yet.
 */
public final class ReferenceMapper {

    /** Sends the reference triples to {@code out}. */
    public void map(Lexicon lexicon, StreamRDF out) {
        out.start();
        offices(lexicon, out);
        organizations(lexicon, out);
        for (Entity state : lexicon.states().values()) {
            Node s = Iris.entity(state);
            out.triple(Triple.create(s, TYPE, STATE));
            out.triple(Triple.create(s, LABEL, NodeFactory.createLiteralString(state.label())));
            out.triple(Triple.create(s, PREF_LABEL, NodeFactory.createLiteralString(state.label())));
            for (String alias : state.aliases()) {
                out.triple(Triple.create(s, ALT_LABEL, NodeFactory.createLiteralString(alias)));
            }
            if (state.code() != null) {
                out.triple(Triple.create(s, ISO3166, NodeFactory.createLiteralString(state.code())));
            }
            if (state.wikidata() != null) {
                out.triple(Triple.create(s, SAME_AS, Iris.wikidata(state.wikidata())));
            }
        }
        out.finish();
    }

    /**
     * The offices scheme: every office of the titles lexicon as an org:Role concept, its national
     * titles as alternative labels, under its category (head of state, foreign minister…).
     */
    private static void offices(Lexicon lexicon, StreamRDF out) {
        for (Office o : lexicon.offices().values()) {
            Node role = Iris.role(o);
            Node category = Iris.officeCategory(o.category());
            out.triple(Triple.create(role, TYPE, ORG_ROLE_CLASS));
            out.triple(Triple.create(role, TYPE, CONCEPT));
            out.triple(Triple.create(role, IN_SCHEME, OFFICES));
            out.triple(Triple.create(role, PREF_LABEL, NodeFactory.createLiteralString(o.label())));
            out.triple(Triple.create(role, LABEL, NodeFactory.createLiteralString(o.label())));
            out.triple(Triple.create(role, BROADER, category));
            for (String title : lexicon.officeTitles().getOrDefault(o.label(), List.of())) {
                if (!title.equals(o.label())) {
                    out.triple(Triple.create(role, ALT_LABEL, NodeFactory.createLiteralString(title)));
                }
            }
            out.triple(Triple.create(category, TYPE, CONCEPT));
            out.triple(Triple.create(category, IN_SCHEME, OFFICE_CATEGORIES));
            out.triple(Triple.create(category, PREF_LABEL, NodeFactory.createLiteralString(o.category().replace('_', ' '))));
        }
    }

    /** International organizations with their names, acronyms and Wikidata links. */
    private static void organizations(Lexicon lexicon, StreamRDF out) {
        for (Entity org : lexicon.organizationTable().values()) {
            Node s = Iris.entity(org);
            out.triple(Triple.create(s, TYPE, INTERNATIONAL_ORGANIZATION));
            out.triple(Triple.create(s, LABEL, NodeFactory.createLiteralString(org.label())));
            out.triple(Triple.create(s, PREF_LABEL, NodeFactory.createLiteralString(org.label())));
            for (String alias : org.aliases()) {
                out.triple(Triple.create(s, ALT_LABEL, NodeFactory.createLiteralString(alias)));
            }
            if (org.wikidata() != null) {
                out.triple(Triple.create(s, SAME_AS, Iris.wikidata(org.wikidata())));
            }
        }
    }
}
