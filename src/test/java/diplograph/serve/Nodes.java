package diplograph.serve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The nodes the page tests write their stores with: IRIs under the project's namespaces, strings, dates. */
final class Nodes {

    static final String ID = "https://w3id.org/diplograph/id/";
    static final String DG = "https://w3id.org/diplograph/ontology#";

    private Nodes() {
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node date(String day) {
        return NodeFactory.createLiteralDT(day, XSDDatatype.XSDdate);
    }
}
