package diplograph.query;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link ContactNetwork} for network tools: GraphML (Gephi, yEd, NetworkX
 * {@code read_graphml}, igraph) or GEXF 1.3 (Gephi, NetworkX {@code read_gexf}). Both are
 * undirected, nodes named by the persons' IRIs, edges weighted by the number of contacts.
 */
public final class NetworkWriter {

    /** The two formats. */
    public enum Format { GRAPHML, GEXF }

    /** One attribute of a node or an edge: its name, GraphML type, and how to get its value (null: absent). */
    private record Attribute<T>(String name, String type, Function<T, Object> value) {
    }

    private static final List<Attribute<ContactNetwork.Person>> NODE = List.of(
            new Attribute<>("label", "string", ContactNetwork.Person::label),
            new Attribute<>("wikidata", "string", ContactNetwork.Person::wikidata),
            new Attribute<>("affiliations", "string", p -> list(p.affiliations())),
            new Attribute<>("contacts", "int", ContactNetwork.Person::contacts));

    private static final List<Attribute<ContactNetwork.Pair>> EDGE = List.of(
            new Attribute<>("weight", "int", ContactNetwork.Pair::weight),
            new Attribute<>("kinds", "string", p -> list(p.kinds())),
            new Attribute<>("first_date", "string", ContactNetwork.Pair::firstDate),
            new Attribute<>("last_date", "string", ContactNetwork.Pair::lastDate),
            new Attribute<>("articles", "int", ContactNetwork.Pair::articles));

    private final XMLStreamWriter xml;
    private int depth;

    private NetworkWriter(OutputStream out) throws XMLStreamException {
        this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
    }

    /** Writes {@code network} to {@code out} in UTF-8; does not close {@code out}. */
    public static void write(ContactNetwork network, Format format, OutputStream out) {
        try {
            NetworkWriter w = new NetworkWriter(out);
            w.xml.writeStartDocument("UTF-8", "1.0");
            if (format == Format.GRAPHML) {
                w.graphml(network);
            } else {
                w.gexf(network);
            }
            w.xml.writeCharacters("\n");
            w.xml.writeEndDocument();
            w.xml.flush();
            w.xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the network: " + e.getMessage(), e);
        }
    }

    private void graphml(ContactNetwork n) throws XMLStreamException {
        String ns = "http://graphml.graphdrawing.org/xmlns";
        open("graphml");
        xml.writeDefaultNamespace(ns);
        xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                ns + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        for (int i = 0; i < NODE.size(); i++) {
            key("n" + i, "node", NODE.get(i));
        }
        for (int i = 0; i < EDGE.size(); i++) {
            key("e" + i, "edge", EDGE.get(i));
        }
        open("graph");
        xml.writeAttribute("id", "who-met-whom");
        xml.writeAttribute("edgedefault", "undirected");
        for (ContactNetwork.Person p : n.persons()) {
            open("node");
            xml.writeAttribute("id", p.iri());
            data("n", NODE, p);
            close();
        }
        for (ContactNetwork.Pair p : n.pairs()) {
            open("edge");
            xml.writeAttribute("source", p.a());
            xml.writeAttribute("target", p.b());
            data("e", EDGE, p);
            close();
        }
        close();
        close();
    }

    private void key(String id, String kind, Attribute<?> a) throws XMLStreamException {
        empty("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", kind);
        xml.writeAttribute("attr.name", a.name());
        xml.writeAttribute("attr.type", a.type());
    }

    private <T> void data(String prefix, List<Attribute<T>> attributes, T item) throws XMLStreamException {
        for (int i = 0; i < attributes.size(); i++) {
            Object v = attributes.get(i).value().apply(item);
            if (v != null) {
                open("data");
                xml.writeAttribute("key", prefix + i);
                text(v.toString());
            }
        }
    }

    private void gexf(ContactNetwork n) throws XMLStreamException {
        open("gexf");
        xml.writeDefaultNamespace("http://gexf.net/1.3");
        xml.writeAttribute("version", "1.3");
        open("meta");
        open("creator");
        text("diplograph");
        open("description");
        text("who met whom: persons, and the contacts (meetings, calls…) between them");
        close();
        open("graph");
        xml.writeAttribute("defaultedgetype", "undirected");
        xml.writeAttribute("mode", "static");
        // label is the node's own attribute in GEXF, weight the edge's.
        attributes("node", NODE.subList(1, NODE.size()));
        attributes("edge", EDGE.subList(1, EDGE.size()));
        open("nodes");
        for (ContactNetwork.Person p : n.persons()) {
            open("node");
            xml.writeAttribute("id", p.iri());
            xml.writeAttribute("label", clean(p.label()));
            attvalues(NODE.subList(1, NODE.size()), p);
            close();
        }
        close();
        open("edges");
        int id = 0;
        for (ContactNetwork.Pair p : n.pairs()) {
            open("edge");
            xml.writeAttribute("id", Integer.toString(id++));
            xml.writeAttribute("source", p.a());
            xml.writeAttribute("target", p.b());
            xml.writeAttribute("weight", Integer.toString(p.weight()));
            attvalues(EDGE.subList(1, EDGE.size()), p);
            close();
        }
        close();
        close();
        close();
    }

    private void attributes(String kind, List<? extends Attribute<?>> attributes) throws XMLStreamException {
        open("attributes");
        xml.writeAttribute("class", kind);
        for (Attribute<?> a : attributes) {
            empty("attribute");
            xml.writeAttribute("id", a.name());
            xml.writeAttribute("title", a.name());
            xml.writeAttribute("type", a.type().equals("int") ? "integer" : a.type());
        }
        close();
    }

    private <T> void attvalues(List<Attribute<T>> attributes, T item) throws XMLStreamException {
        open("attvalues");
        for (Attribute<T> a : attributes) {
            Object v = a.value().apply(item);
            if (v != null) {
                empty("attvalue");
                xml.writeAttribute("for", a.name());
                xml.writeAttribute("value", clean(v.toString()));
            }
        }
        close();
    }

    /** Opens an element on a new, indented line. */
    private void open(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        depth++;
    }

    private void empty(String name) throws XMLStreamException {
        indent();
        xml.writeEmptyElement(name);
    }

    /** Writes the open element's text and closes it on the same line. */
    private void text(String value) throws XMLStreamException {
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
        depth--;
    }

    /** Closes the innermost element, its end tag on a line of its own. */
    private void close() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? null : String.join("|", values);
    }

    /** Drops the characters XML 1.0 cannot carry (control characters other than tab and newlines). */
    private static String clean(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
