package diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code export --format graphml|gexf}: the seed's who-met-whom network as a network tool reads it
 * (parsed here with the JDK's DOM parser, namespace-aware like NetworkX and Gephi).
 */
class ExportNetworkTest {

    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF = "http://gexf.net/1.3";
    private static final String PERSON = "https://w3id.org/diplograph/id/person/";
    /** The attr.type values NetworkX's read_graphml accepts. */
    private static final Set<String> NETWORKX_TYPES = Set.of("string", "int", "long", "float", "double", "boolean");

    @TempDir
    Path tmp;

    Path db;

    @BeforeEach
    void ingestSeed() {
        db = tmp.resolve("db");
        Cli.Result r = Cli.run("ingest", "--db", db.toString(), Fixtures.seed().toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void graphmlHasTheFourPersonsAndThreePairsOfTheGold() throws Exception {
        Cli.Result r = Cli.run("export", "--db", db.toString(), "--format", "graphml");
        assertThat(r.exit()).as(r.err()).isZero();
        Element root = parse(r.out()).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(GRAPHML);
        assertThat(root.getLocalName()).isEqualTo("graphml");

        Map<String, Element> keys = new HashMap<>();
        for (Element k : elements(root, GRAPHML, "key")) {
            assertThat(k.getAttribute("attr.type")).as(k.getAttribute("attr.name")).isIn(NETWORKX_TYPES);
            assertThat(k.getAttribute("for")).isIn("node", "edge");
            keys.put(k.getAttribute("id"), k);
        }
        Element graph = elements(root, GRAPHML, "graph").get(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("undirected");

        Map<String, Map<String, String>> nodes = new HashMap<>();
        for (Element n : elements(graph, GRAPHML, "node")) {
            nodes.put(n.getAttribute("id"), data(n, "node", keys));
        }
        assertThat(nodes).containsOnlyKeys(PERSON + "masoud-pezeshkian", PERSON + "murat-nurtleu",
                PERSON + "kassym-jomart-tokayev", PERSON + "abbas-araghchi");
        assertThat(nodes.values()).extracting(d -> d.get("label")).containsExactlyInAnyOrder(
                "Masoud Pezeshkian", "Murat Nurtleu", "Kassym-Jomart Tokayev", "Abbas Araghchi");
        Map<String, String> nurtleu = nodes.get(PERSON + "murat-nurtleu");
        assertThat(nurtleu).containsEntry("affiliations", "Kazakhstan").containsEntry("contacts", "2")
                .containsEntry("wikidata", "http://www.wikidata.org/entity/Q66648657");
        assertThat(nodes.get(PERSON + "masoud-pezeshkian")).containsEntry("affiliations", "Iran")
                .containsEntry("contacts", "2");
        assertThat(nodes.get(PERSON + "abbas-araghchi")).containsEntry("contacts", "1");

        List<Element> edges = elements(graph, GRAPHML, "edge");
        assertThat(edges).hasSize(3);
        Map<String, Map<String, String>> pairs = new HashMap<>();
        for (Element e : edges) {
            assertThat(nodes).containsKeys(e.getAttribute("source"), e.getAttribute("target"));
            pairs.put(name(e.getAttribute("source")) + " " + name(e.getAttribute("target")), data(e, "edge", keys));
        }
        assertThat(pairs).containsOnlyKeys("kassym-jomart-tokayev masoud-pezeshkian",
                "masoud-pezeshkian murat-nurtleu", "abbas-araghchi murat-nurtleu");
        assertThat(pairs.get("kassym-jomart-tokayev masoud-pezeshkian")).containsEntry("weight", "1")
                .containsEntry("kinds", "phone_call").containsEntry("first_date", "2025-06-05")
                .containsEntry("last_date", "2025-06-05").containsEntry("articles", "1");
        assertThat(pairs.get("abbas-araghchi murat-nurtleu")).containsEntry("kinds", "meeting")
                .containsEntry("first_date", "2025-06-07");
    }

    @Test
    void oneContactReportedByTwoArticlesWeighsOneFromTwoArticles() throws Exception {
        Path other = tmp.resolve("linking");
        assertThat(Cli.run("ingest", "--db", other.toString(), Fixtures.articles().resolve("linking").toString()).exit())
                .isZero();
        Cli.Result r = Cli.run("export", "--db", other.toString(), "--format", "graphml");
        Element root = parse(r.out()).getDocumentElement();
        Map<String, Element> keys = new HashMap<>();
        elements(root, GRAPHML, "key").forEach(k -> keys.put(k.getAttribute("id"), k));
        assertThat(elements(root, GRAPHML, "edge")).singleElement().satisfies(e -> {
            assertThat(name(e.getAttribute("source")) + " " + name(e.getAttribute("target")))
                    .isEqualTo("abbas-araghchi hakan-fidan");
            assertThat(data(e, "edge", keys)).containsEntry("weight", "1").containsEntry("articles", "2");
        });
    }

    @Test
    void gexfHasTheSameNetwork() throws Exception {
        Cli.Result r = Cli.run("export", "--db", db.toString(), "--format", "gexf");
        assertThat(r.exit()).as(r.err()).isZero();
        Element root = parse(r.out()).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(GEXF);
        assertThat(root.getAttribute("version")).isEqualTo("1.3");
        Element graph = elements(root, GEXF, "graph").get(0);
        assertThat(graph.getAttribute("defaultedgetype")).isEqualTo("undirected");
        List<String> declared = elements(graph, GEXF, "attribute").stream().map(a -> a.getAttribute("id")).toList();
        assertThat(elements(graph, GEXF, "attvalue")).allSatisfy(v -> assertThat(declared).contains(v.getAttribute("for")));

        List<Element> nodes = elements(graph, GEXF, "node");
        assertThat(nodes).extracting(n -> n.getAttribute("label")).containsExactlyInAnyOrder(
                "Masoud Pezeshkian", "Murat Nurtleu", "Kassym-Jomart Tokayev", "Abbas Araghchi");
        List<String> ids = nodes.stream().map(n -> n.getAttribute("id")).toList();
        List<Element> edges = elements(graph, GEXF, "edge");
        assertThat(edges).hasSize(3).allSatisfy(e -> assertThat(ids).contains(e.getAttribute("source"), e.getAttribute("target")));
        assertThat(edges).filteredOn(e -> e.getAttribute("source").equals(PERSON + "kassym-jomart-tokayev"))
                .singleElement().satisfies(e -> {
                    assertThat(e.getAttribute("target")).isEqualTo(PERSON + "masoud-pezeshkian");
                    assertThat(e.getAttribute("weight")).isEqualTo("1");
                });
    }

    @Test
    void aNetworkOfOneGraphIsAUsageError() {
        Cli.Result r = Cli.run("export", "--db", db.toString(), "--format", "graphml", "--graph",
                "https://w3id.org/diplograph/id/article/" + Fixtures.SEED_ID);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--graph", "whole store");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Element parent, String ns, String name) {
        NodeList list = parent.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** A node's or edge's data by attribute name; each key must be declared for that kind of element. */
    private static Map<String, String> data(Element e, String kind, Map<String, Element> keys) {
        Map<String, String> values = new HashMap<>();
        for (Element d : elements(e, GRAPHML, "data")) {
            Element key = keys.get(d.getAttribute("key"));
            assertThat(key).as("key %s is declared", d.getAttribute("key")).isNotNull();
            assertThat(key.getAttribute("for")).isEqualTo(kind);
            values.put(key.getAttribute("attr.name"), d.getTextContent());
        }
        return values;
    }

    private static String name(String iri) {
        return iri.substring(PERSON.length());
    }
}
