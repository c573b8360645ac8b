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
        // Described exactly as an article graph describes a state it mentions.
        lexicon.states().values().forEach(state -> FactMapper.entity(state, out));
        out.finish();
    }

    /**
     * The offices scheme: every office of the titles lexicon as an org:Role concept, its national
     * titles as alternative labels, under its category (head of state, foreign minister…).
     */
    private static void offices(Lexicon lexicon, StreamRDF out) {
        for (Office o : lexicon.offices().values()) {
            Node role = FactMapper.office(o, out);
            for (String title : lexicon.officeTitles().getOrDefault(o.label(), List.of())) {
                if (!title.equals(o.label())) {
                    out.triple(Triple.create(role, ALT_LABEL, NodeFactory.createLiteralString(title)));
                }
            }
        }
    }

    /** International organizations with their names, acronyms and Wikidata links. */
    private static void organizations(Lexicon lexicon, StreamRDF out) {
        for (Entity org : lexicon.organizationTable().values()) {
            FactMapper.entity(org, out);
            out.triple(Triple.create(Iris.entity(org), TYPE, INTERNATIONAL_ORGANIZATION));
        }
    }
}
