package diplograph.serve;

import diplograph.map.Vocab;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;

/**
 * The RDF a Linked Data client gets for an IRI: its concise bounded description over every graph
 * (its statements, and those of blank nodes they lead to), plus the labels of the resources it
 * points to so the description reads on its own.
 *
 * <p>With a public base, minted IRIs are written under that base ({@code BASE/id/...}) so a
 * client can follow them to this server, and the resource is said to be the same as its minted IRI.
 */
final class Describer {

    private final DatasetGraph dataset;
    private final String base; // null: minted IRIs as they are

    Describer(DatasetGraph dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    Graph describe(Node iri) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
        Txn.executeRead(dataset, () -> {
            addClosure(g, iri, 0);
            for (Triple t : g.find(iri, Node.ANY, Node.ANY).toList()) {
                if (t.getObject().isURI()) {
                    dataset.find(Node.ANY, t.getObject(), RDFS.label.asNode(), Node.ANY)
                           .forEachRemaining(q -> g.add(q.asTriple()));
                }
            }
        });
        if (base == null) {
            return g;
        }
        Graph mapped = GraphFactory.createDefaultGraph();
        mapped.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
        mapped.getPrefixMapping().setNsPrefix("id", base + "id/");
        g.find().forEachRemaining(t -> mapped.add(Triple.create(map(t.getSubject()), t.getPredicate(), map(t.getObject()))));
        mapped.add(Triple.create(map(iri), OWL.sameAs.asNode(), iri));
        return mapped;
    }

    private void addClosure(Graph g, Node subject, int depth) {
        if (depth > 8) {
            return; // blank-node chains are short; stop a cycle
        }
        var it = dataset.find(Node.ANY, subject, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Quad q = it.next();
            g.add(q.asTriple());
            if (q.getObject().isBlank()) {
                addClosure(g, q.getObject(), depth + 1);
            }
        }
    }

    /** The IRI a client can dereference here. */
    private Node map(Node n) {
        if (n.isURI() && n.getURI().startsWith(Vocab.ID)) {
            return NodeFactory.createURI(base + "id/" + n.getURI().substring(Vocab.ID.length()));
        }
        return n;
    }
}
