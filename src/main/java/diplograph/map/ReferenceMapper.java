package diplograph.map;

import static diplograph.map.Vocab.*;

import diplograph.lexicon.Lexicon;
import diplograph.model.Entity;
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
}
