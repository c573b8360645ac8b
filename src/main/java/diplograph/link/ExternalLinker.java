package diplograph.link;

import diplograph.lexicon.Keys;
import diplograph.lexicon.Lexicon;
import diplograph.lexicon.Official;
import diplograph.lexicon.OfficialMatch;
import diplograph.lexicon.Officials;
import diplograph.lexicon.PhraseMatcher;
import diplograph.map.FactMapper;
import diplograph.model.Entity;
import diplograph.model.EntityKind;
import diplograph.model.Office;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reconciles the store's persons and organizations with an external dataset loaded into one of its
 * named graphs (a Wikidata- or DBpedia-shaped extract: labels, aliases, positions held with their
 * start and end). Persons are matched by the rules of the bundled reference ({@link OfficialMatch}),
 * the dataset standing in for the reference: the name, the offices the articles give them and the
 * articles' dates must agree with exactly one of its persons. Organizations are matched by a label
 * or alias that exactly one of its items has. Links are {@code owl:sameAs} triples, each with a
 * {@code dg:IdentityLink} naming its rule, confidence and grounds, derived from the dataset's graph.
 */
public final class ExternalLinker {

    private static final String ORG_RULE = "link.external_org_label.v1";

    /** One new link: a store entity, the external item, the rule, its confidence and grounds. */
    public record Link(Node subject, String label, Node item, String rule, double confidence, List<String> grounds) {
    }

    /** What a run found: how many persons and organizations were tried, the new links, and the graph to store. */
    public record Result(int persons, int organizations, List<Link> links, Graph graph) {
    }

    private final Lexicon lexicon;

    public ExternalLinker(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Reads the store (call inside a read transaction) and returns the links graph for {@code into}. */
    public Result link(DatasetGraph ds, Node source, Node into) {
        Directory dir = directory(ds, source);
        OfficialMatch match = new OfficialMatch(lexicon, dir.officials);
        List<Link> links = new ArrayList<>();
        Map<Node, StorePerson> persons = persons(ds);
        for (StorePerson p : persons.values()) {
            OfficialMatch.Outcome d = match.decide(p.names, p.stated, p.states, p.days);
            if (!d.linked()) {
                continue;
            }
            Node item = NodeFactory.createURI(d.official().qid());
            if (!p.sameAs.contains(item) && !conflicts(p.sameAs, item)) {
                links.add(new Link(p.node, p.names.get(0), item, "link.external_" + d.ground().rule.substring(5),
                        d.ground().confidence, d.grounds()));
            }
        }
        Map<Node, StoreOrganization> orgs = organizations(ds);
        for (StoreOrganization o : orgs.values()) {
            Set<Node> found = new LinkedHashSet<>();
            String matched = null;
            for (String label : o.labels) {
                List<Node> items = dir.organizationsByLabel.getOrDefault(PhraseMatcher.normalize(label), List.of());
                if (!items.isEmpty() && matched == null) {
                    matched = label;
                }
                found.addAll(items);
            }
            if (found.size() == 1) {
                Node item = found.iterator().next();
                if (!o.sameAs.contains(item) && !conflicts(o.sameAs, item)) {
                    links.add(new Link(o.node, o.labels.get(0), item, ORG_RULE, 0.8,
                            List.of("label: " + matched + " is a label of exactly one item of the dataset")));
                }
            }
        }
        return new Result(persons.size(), orgs.size(), links, graph(links, source, into));
    }

    /** An entity already the same as another item of the same dataset (same namespace) gets no second one. */
    private static boolean conflicts(Set<Node> sameAs, Node item) {
        String ns = namespace(item.getURI());
        return sameAs.stream().anyMatch(s -> s.isURI() && namespace(s.getURI()).equals(ns));
    }

    private static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }

    private static Graph graph(List<Link> links, Node source, Node into) {
        Graph g = GraphFactory.createDefaultGraph();
        var out = org.apache.jena.riot.system.StreamRDFLib.graph(g);
        for (Link l : links) {
            FactMapper.externalLink(into, l.subject(), l.item(), l.grounds(), source, l.rule(), l.confidence(), out);
        }
        return g;
    }

    // ------------------------------------------------------------------ the external dataset

    private record Directory(Officials officials, Map<String, List<Node>> organizationsByLabel) {
    }

    private static final String PREFIXES = """
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
            PREFIX owl:    <http://www.w3.org/2002/07/owl#>
            PREFIX wdt:    <http://www.wikidata.org/prop/direct/>
            PREFIX p:      <http://www.wikidata.org/prop/>
            PREFIX ps:     <http://www.wikidata.org/prop/statement/>
            PREFIX pq:     <http://www.wikidata.org/prop/qualifier/>
            PREFIX dbo:    <http://dbpedia.org/ontology/>
            PREFIX org:    <http://www.w3.org/ns/org#>
            PREFIX dg:     <https://w3id.org/diplograph/ontology#>
            """;

    /**
     * The dataset's persons (items with a position held: Wikidata's P39, with or without start and
     * end qualifiers, or DBpedia's dbo:office) as a directory of officials, and its other labelled
     * items by label, for organizations.
     */
    private Directory directory(DatasetGraph ds, Node source) {
        var model = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(ds.getGraph(source));
        Map<String, List<String>> labels = new LinkedHashMap<>();
        select(model, PREFIXES + """
                SELECT ?item ?label WHERE {
                  ?item rdfs:label|skos:altLabel|schema:name|foaf:name|skos:prefLabel ?label .
                  FILTER(isIRI(?item) && (lang(?label) = "" || langMatches(lang(?label), "en")))
                }""", s -> {
            List<String> l = labels.computeIfAbsent(s.getResource("item").getURI(), k -> new ArrayList<>());
            String label = s.getLiteral("label").getLexicalForm();
            if (!l.contains(label)) {
                l.add(label);
            }
        });
        Map<String, List<Official.Term>> terms = new LinkedHashMap<>();
        Map<String, Set<String>> states = new HashMap<>();
        select(model, PREFIXES + """
                SELECT ?item ?position ?posLabel ?start ?end WHERE {
                  { ?item p:P39 ?st . ?st ps:P39 ?position .
                    OPTIONAL { ?st pq:P580 ?start } OPTIONAL { ?st pq:P582 ?end } }
                  UNION { ?item wdt:P39 ?position FILTER NOT EXISTS { ?item p:P39 [ ps:P39 ?position ] } }
                  UNION { ?item dbo:office ?position }
                  OPTIONAL { ?position rdfs:label ?posLabel FILTER(lang(?posLabel) = "" || langMatches(lang(?posLabel), "en")) }
                }""", s -> {
            String item = s.getResource("item").getURI();
            String label = s.contains("posLabel") ? s.getLiteral("posLabel").getLexicalForm()
                    : s.get("position").isLiteral() ? s.getLiteral("position").getLexicalForm() : null;
            if (label == null) {
                return;
            }
            Entity state = stateInLabel(label);
            String code = state == null ? "" : state.code();
            if (!code.isEmpty()) {
                states.computeIfAbsent(item, k -> new LinkedHashSet<>()).add(code);
            }
            terms.computeIfAbsent(item, k -> new ArrayList<>()).add(new Official.Term(label, code,
                    day(s, "start"), day(s, "end")));
        });
        select(model, PREFIXES + "SELECT ?item ?country WHERE { ?item wdt:P27 ?country FILTER(isIRI(?country)) }", s -> {
            Entity state = stateOfItem(s.getResource("country").getURI());
            if (state != null && state.code() != null) {
                states.computeIfAbsent(s.getResource("item").getURI(), k -> new LinkedHashSet<>()).add(state.code());
            }
        });
        List<Official> officials = new ArrayList<>();
        Map<String, List<String>> aliases = new HashMap<>();
        Map<String, List<Node>> byLabel = new HashMap<>();
        for (var e : labels.entrySet()) {
            String item = e.getKey();
            if (terms.containsKey(item)) {
                officials.add(new Official(item, e.getValue().get(0), List.copyOf(states.getOrDefault(item, Set.of())),
                        terms.get(item)));
                aliases.put(item, e.getValue().subList(1, e.getValue().size()));
            } else {
                for (String l : e.getValue()) {
                    byLabel.computeIfAbsent(PhraseMatcher.normalize(l), k -> new ArrayList<>())
                            .add(NodeFactory.createURI(item));
                }
            }
        }
        return new Directory(Officials.of(officials, aliases, lexicon), byLabel);
    }

    /** The state a position's label names: "President of Iran", "Foreign Minister of Kazakhstan", "Iranian …". */
    private Entity stateInLabel(String label) {
        String l = label.strip();
        int of = l.lastIndexOf(" of ");
        if (of > 0) {
            Entity s = lexicon.stateOfNameOrAdjective(l.substring(of + 4).replaceFirst("^the ", ""));
            if (s != null) {
                return s;
            }
        }
        String[] words = l.split("\\s+");
        for (int n = Math.min(3, words.length - 1); n >= 1; n--) {
            Entity s = lexicon.stateOfNameOrAdjective(String.join(" ", java.util.Arrays.copyOf(words, n)));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private Entity stateOfItem(String iri) {
        String qid = iri.substring(iri.lastIndexOf('/') + 1);
        for (Entity s : lexicon.states().values()) {
            if (qid.equals(s.wikidata())) {
                return s;
            }
        }
        return null;
    }

    private static String day(QuerySolution s, String var) {
        if (!s.contains(var) || !s.get(var).isLiteral()) {
            return null;
        }
        String v = s.getLiteral(var).getLexicalForm();
        return v.length() >= 10 ? v.substring(0, 10) : v.length() >= 4 ? v.substring(0, 4) : null;
    }

    // ------------------------------------------------------------------ the store

    private static final class StorePerson {
        final Node node;
        final List<String> names = new ArrayList<>();
        final List<OfficialMatch.Stated> stated = new ArrayList<>();
        final List<String> states = new ArrayList<>();
        final List<LocalDate> days = new ArrayList<>();
        final Set<Node> sameAs = new LinkedHashSet<>();

        StorePerson(Node node) {
            this.node = node;
        }
    }

    private static final class StoreOrganization {
        final Node node;
        final List<String> labels = new ArrayList<>();
        final Set<Node> sameAs = new LinkedHashSet<>();

        StoreOrganization(Node node) {
            this.node = node;
        }
    }

    /** The persons of the stored articles with their names, stated offices, the dates of the articles and existing links. */
    private Map<Node, StorePerson> persons(DatasetGraph ds) {
        Map<Node, StorePerson> persons = new LinkedHashMap<>();
        var dataset = org.apache.jena.query.DatasetFactory.wrap(ds);
        select(dataset, PREFIXES + """
                SELECT ?p ?label ?alt ?same ?date WHERE {
                  GRAPH ?g { ?g a dg:Article . ?p a foaf:Person ; rdfs:label ?label .
                    OPTIONAL { ?p skos:altLabel ?alt } OPTIONAL { ?p owl:sameAs ?same }
                    OPTIONAL { ?g schema:datePublished ?date } }
                } ORDER BY ?p ?label""", s -> {
            StorePerson p = persons.computeIfAbsent(s.getResource("p").asNode(), StorePerson::new);
            addOnce(p.names, s.getLiteral("label").getLexicalForm());
            if (s.contains("alt")) {
                addOnce(p.names, s.getLiteral("alt").getLexicalForm());
            }
            if (s.contains("same")) {
                p.sameAs.add(s.get("same").asNode());
            }
            if (s.contains("date")) {
                LocalDate d = LocalDate.parse(s.getLiteral("date").getLexicalForm());
                if (!p.days.contains(d)) {
                    p.days.add(d);
                }
            }
        });
        Map<String, Office> officesByKey = new HashMap<>();
        lexicon.offices().values().forEach(o -> officesByKey.put(o.key(), o));
        select(dataset, PREFIXES + """
                SELECT ?p ?role ?of ?ofLabel ?iso ?date WHERE {
                  GRAPH ?g { ?g a dg:Article .
                    ?h a dg:OfficeHolding ; org:member ?p ; org:role ?role ; org:organization ?of .
                    ?of rdfs:label ?ofLabel . OPTIONAL { ?of dg:iso3166 ?iso } OPTIONAL { ?h dg:observedOn ?date } }
                }""", s -> {
            StorePerson p = persons.get(s.getResource("p").asNode());
            String role = s.getResource("role").getURI();
            Office office = officesByKey.get(role.substring(role.lastIndexOf('/') + 1));
            if (p == null || office == null) {
                return;
            }
            String iso = s.contains("iso") ? s.getLiteral("iso").getLexicalForm() : null;
            String ofLabel = s.getLiteral("ofLabel").getLexicalForm();
            Entity of = iso != null
                    ? new Entity(EntityKind.STATE, iso.toLowerCase(java.util.Locale.ROOT), ofLabel, List.of(), iso, null)
                    : new Entity(EntityKind.ORGANIZATION, Keys.slug(ofLabel), ofLabel, List.of(), null, null);
            LocalDate day = s.contains("date") ? LocalDate.parse(s.getLiteral("date").getLexicalForm()) : null;
            p.stated.add(new OfficialMatch.Stated(office, of, day));
            if (iso != null && !p.states.contains(iso)) {
                p.states.add(iso);
            }
        });
        return persons;
    }

    private Map<Node, StoreOrganization> organizations(DatasetGraph ds) {
        Map<Node, StoreOrganization> orgs = new LinkedHashMap<>();
        select(org.apache.jena.query.DatasetFactory.wrap(ds), PREFIXES + """
                SELECT ?o ?label ?same WHERE {
                  GRAPH ?g { ?g a dg:Article . ?o a org:FormalOrganization ; rdfs:label|skos:altLabel ?label .
                    FILTER NOT EXISTS { ?o a dg:State } OPTIONAL { ?o owl:sameAs ?same } }
                } ORDER BY ?o ?label""", s -> {
            StoreOrganization o = orgs.computeIfAbsent(s.getResource("o").asNode(), StoreOrganization::new);
            addOnce(o.labels, s.getLiteral("label").getLexicalForm());
            if (s.contains("same")) {
                o.sameAs.add(s.get("same").asNode());
            }
        });
        return orgs;
    }

    private static void addOnce(List<String> list, String s) {
        if (!list.contains(s)) {
            list.add(s);
        }
    }

    private static void select(org.apache.jena.rdf.model.Model model, String query,
                               java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.model(model).query(query).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    private static void select(org.apache.jena.query.Dataset dataset, String query,
                               java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

}
