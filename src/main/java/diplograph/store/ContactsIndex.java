package diplograph.store;

import diplograph.map.Iris;
import diplograph.map.Vocab;
import diplograph.model.EventKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The contacts index: who-met-whom aggregated per contact, kept in a graph of its own
 * ({@link Vocab#CONTACTS_GRAPH}) so that {@code who-met-whom-summary.rq} reads one node per contact
 * instead of aggregating every report in every article graph at query time.
 *
 * <p>A contact is an event and an unordered pair of persons among its actors ({@code a} the one
 * whose IRI sorts first). Its node ({@link Iris#contact}) carries the event, the two persons and
 * their names, the most specific kind a source gives (talks, meeting, visit, phone call,
 * videoconference), the date and the place's label, the number of source articles, and the first
 * and last report: the least and greatest publication date of the sources, none when a source has
 * no date (as SPARQL's MIN and MAX have it). Where sources give different names, dates or place
 * labels, the least in SPARQL's order is kept, so every way of building the index gives the same one.
 * Beside it, one report node per source article ({@link Iris#contactReport}) keeps the values that
 * article gives (names, kinds, dates, place labels, each once): {@code who-met-whom.rq}'s rows, read
 * with one scan of a node each instead of a lookup of each value in its article's graph.
 *
 * <p>The index is derived from the article graphs alone: a contact is a fold of its reports, the
 * rows {@link #REPORTS} gives for it (one per source article and pair), and every part of the fold
 * (least, greatest, most specific, count of sources) can take more reports later. So a write
 * transaction keeps it in step through its {@link Changes}: an event that a new article graph
 * brings, and its old graph did not have, gets that article's reports folded into its stored
 * contacts; an event an old graph had (a changed or removed article) has its contacts recomputed
 * from every graph that describes it, one lookup of the event through the quad index that begins
 * with the subject.
 */
final class ContactsIndex {

    /** Contact kinds, most specific first: the kind a contact gets is the first any source gives. */
    private static final List<Node> KINDS = List.of(EventKind.TALKS, EventKind.MEETING, EventKind.VISIT,
            EventKind.PHONE_CALL, EventKind.VIDEOCONFERENCE).stream()
            .map(k -> NodeFactory.createURI(Vocab.KIND + k.word())).toList();

    /**
     * One row per contact event, pair of persons and source article (more when a person or place has
     * several labels): what the index folds. The store reads the same facts through its indexes
     * ({@link #reports}); over a remote endpoint this query is sent, with a VALUES block of events.
     */
    static final String REPORTS = """
            PREFIX dg:     <https://w3id.org/diplograph/ontology#>
            PREFIX foaf:   <http://xmlns.com/foaf/0.1/>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <http://schema.org/>
            PREFIX sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX kind:   <https://w3id.org/diplograph/kind/>
            SELECT ?event ?a ?b ?aName ?bName ?k ?date ?place ?article ?published
            WHERE {
              GRAPH ?article {
                ?event a dg:DiplomaticEvent ; dg:kind ?k ; sem:hasActor ?a , ?b .
                FILTER (?k IN (kind:talks, kind:meeting, kind:visit, kind:phone_call, kind:videoconference))
                FILTER (STR(?a) < STR(?b))
                ?a a foaf:Person ; rdfs:label ?aName .
                ?b a foaf:Person ; rdfs:label ?bName .
                ?article a dg:Article .
                OPTIONAL { ?article schema:datePublished ?published }
                OPTIONAL { ?event dg:date ?date }
                OPTIONAL { ?event sem:hasPlace ?p . ?p rdfs:label ?place }
              }
            }
            """;

    /** The events any graph gives a contact kind. */
    private static final String EVENTS = """
            PREFIX dg:   <https://w3id.org/diplograph/ontology#>
            PREFIX kind: <https://w3id.org/diplograph/kind/>
            SELECT DISTINCT ?event WHERE {
              GRAPH ?g { ?event dg:kind ?k }
              FILTER (?k IN (kind:talks, kind:meeting, kind:visit, kind:phone_call, kind:videoconference))
            }
            """;

    /** Events (or graphs) per query when the index is computed over a remote endpoint. */
    static final int EVENTS_PER_QUERY = 500;

    private ContactsIndex() {
    }

    /**
     * What the article writes and removals of one write transaction do to the index, applied with
     * {@link #apply} before the transaction commits. Not thread-safe: the writing thread's.
     */
    static final class Changes {
        /** Events an old article graph had: their contacts are recomputed from the store. */
        private final Set<Node> recompute = new HashSet<>();
        /** Reports of new article graphs of events their old graphs did not have: folded into the stored contacts. */
        private Aggregate added = new Aggregate();

        /** Notes that {@code fresh} is about to replace the stored graph {@code name} (call before writing it). */
        void replacing(DatasetGraph dsg, Node name, Graph fresh) {
            Set<Node> before = eventsOf(dsg, name);
            recompute.addAll(before);
            for (Node event : eventsOf(fresh)) {
                if (!before.contains(event)) {
                    List<Triple> triples = fresh.find(event, Node.ANY, Node.ANY).toList();
                    reports(event, name, triples, (s, p) -> fresh.find(s, p, Node.ANY).mapWith(Triple::getObject).toList(),
                            added);
                }
            }
        }

        /** Notes that the stored graph {@code name} is about to be removed (call before removing it). */
        void removing(DatasetGraph dsg, Node name) {
            recompute.addAll(eventsOf(dsg, name));
        }

        boolean isEmpty() {
            return recompute.isEmpty() && added.contacts.isEmpty();
        }

        /** Writes the changes into the contacts graph, inside the write transaction of the article writes. */
        void apply(DatasetGraph dsg) {
            for (Node event : recompute) {
                Map<Node, Contact> fresh = contactsOf(dsg, event);
                for (Node stored : storedContacts(dsg, event)) {
                    if (!fresh.containsKey(stored)) {
                        for (Triple t : stored(dsg, stored)) {
                            dsg.delete(Vocab.CONTACTS_GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
                        }
                    }
                }
                fresh.values().forEach(c -> put(dsg, c, stored(dsg, c.iri)));
            }
            for (Contact c : added.contacts.values()) {
                if (!recompute.contains(c.event)) {
                    List<Triple> stored = stored(dsg, c.iri);
                    put(dsg, c.after(stored), stored);
                }
            }
            clear();
        }

        void clear() {
            recompute.clear();
            added = new Aggregate();
        }
    }

    /** Whether any graph of the store gives an event a contact kind. Call inside a transaction. */
    static boolean hasContactEvents(DatasetGraph dsg) {
        var kinds = dsg.find(Node.ANY, Node.ANY, Vocab.EVENT_KIND, Node.ANY);
        while (kinds.hasNext()) {
            if (KINDS.contains(kinds.next().getObject())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces the contacts graph with the contacts of every event of the store. Call inside a
     * write transaction.
     */
    static void rebuild(DatasetGraph dsg) {
        dsg.removeGraph(Vocab.CONTACTS_GRAPH);
        for (Node event : eventsOf(dsg, Node.ANY)) {
            contactsOf(dsg, event).values().forEach(c -> c.triples().forEach(
                    t -> dsg.add(Vocab.CONTACTS_GRAPH, t.getSubject(), t.getPredicate(), t.getObject())));
        }
    }

    /**
     * The contacts that are not as the article graphs give them: stored with other values, missing,
     * or stored for no contact the article graphs give any more. Zero when the index is in step.
     */
    static long outOfStep(DatasetGraph dsg) {
        Set<Node> expected = new HashSet<>();
        long differ = 0;
        for (Node event : eventsOf(dsg, Node.ANY)) {
            for (Contact c : contactsOf(dsg, event).values()) {
                c.triples().forEach(t -> expected.add(t.getSubject()));
                if (!new HashSet<>(stored(dsg, c.iri)).equals(new HashSet<>(c.triples()))) {
                    differ++;
                }
            }
        }
        Set<Node> storedNodes = new HashSet<>();
        dsg.find(Vocab.CONTACTS_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> storedNodes.add(q.getSubject()));
        storedNodes.removeAll(expected);
        return differ + storedNodes.size();
    }

    /**
     * The whole contacts graph computed with SELECT queries that {@code select} runs somewhere (a
     * remote endpoint): the contact events first, then their reports a few hundred events at a time,
     * so no single query has to go over the whole store.
     */
    static Graph compute(Function<String, RowSet> select) {
        List<Node> events = new ArrayList<>();
        select.apply(EVENTS).forEachRemaining(row -> events.add(row.get("event")));
        return compute(select, events);
    }

    /**
     * The contacts of these events (all their nodes, from every graph that reports them), computed
     * with SELECT queries that {@code select} runs somewhere, a few hundred events at a time.
     */
    static Graph compute(Function<String, RowSet> select, List<Node> events) {
        Graph contacts = GraphFactory.createDefaultGraph();
        for (List<Node> some : batches(events)) {
            Aggregate agg = new Aggregate();
            select.apply(withValues(REPORTS, "?event", some)).forEachRemaining(row ->
                    agg.contact(row.get("event"), row.get("a"), row.get("b")).source(row.get("article"),
                            List.of(row.get("k")), List.of(row.get("aName")), List.of(row.get("bName")),
                            optional(row.get("date")), optional(row.get("place")), optional(row.get("published"))));
            agg.contacts.values().forEach(c -> c.triples().forEach(contacts::add));
        }
        return contacts;
    }

    /** The query for the events the graphs {@code graphs} give a contact kind. */
    static String eventsQuery(List<Node> graphs) {
        return withValues(EVENTS, "?g", graphs);
    }

    /** The stored contact nodes of these events and their reports, with all their triples. */
    static String storedQuery(List<Node> events) {
        return withValues("CONSTRUCT { ?c ?p ?o } WHERE { GRAPH <" + Vocab.CONTACTS_GRAPH.getURI() + "> { { ?c <"
                + Vocab.CONTACT_EVENT.getURI() + "> ?e ; ?p ?o } UNION { ?x <" + Vocab.CONTACT_EVENT.getURI() + "> ?e . ?c <"
                + Vocab.REPORT_OF.getURI() + "> ?x ; ?p ?o } } }", "?e", events);
    }

    /** Whether a contacts graph has reports: one written before there were any has contacts only, and is built again. */
    static final String HAS_REPORTS = "ASK { GRAPH <" + Vocab.CONTACTS_GRAPH.getURI() + "> { ?r a <"
            + Vocab.CONTACT_REPORT.getURI() + "> } }";

    /**
     * Whether the store's contacts graph was written before it held reports: contacts but no
     * report. Call inside a transaction.
     */
    static boolean lacksReports(DatasetGraph dsg) {
        return dsg.contains(Vocab.CONTACTS_GRAPH, Node.ANY, Vocab.TYPE, Vocab.CONTACT)
                && !dsg.contains(Vocab.CONTACTS_GRAPH, Node.ANY, Vocab.TYPE, Vocab.CONTACT_REPORT);
    }

    /** {@code list} in runs of {@link #EVENTS_PER_QUERY}, one per query. */
    static <T> List<List<T>> batches(List<T> list) {
        List<List<T>> runs = new ArrayList<>();
        for (int from = 0; from < list.size(); from += EVENTS_PER_QUERY) {
            runs.add(list.subList(from, Math.min(list.size(), from + EVENTS_PER_QUERY)));
        }
        return runs;
    }

    /** {@code query} with a VALUES block for {@code variable} first in its WHERE clause. */
    private static String withValues(String query, String variable, List<Node> values) {
        int at = query.indexOf("WHERE {") + "WHERE {".length();
        StringBuilder block = new StringBuilder("\n  VALUES ").append(variable).append(" {");
        values.forEach(v -> block.append(" <").append(v.getURI()).append('>'));
        block.append(" }");
        return query.substring(0, at) + block + query.substring(at);
    }

    private static List<Node> optional(Node n) {
        return n == null ? List.of() : List.of(n);
    }

    /** The events {@code graph} gives a contact kind. */
    static Set<Node> eventsOf(Graph graph) {
        Set<Node> events = new HashSet<>();
        graph.find(Node.ANY, Vocab.EVENT_KIND, Node.ANY).forEachRemaining(t -> {
            if (KINDS.contains(t.getObject())) {
                events.add(t.getSubject());
            }
        });
        return events;
    }

    /** The events the stored graph {@code name} (every graph: {@code Node.ANY}) gives a contact kind. */
    private static Set<Node> eventsOf(DatasetGraph dsg, Node name) {
        Set<Node> events = new HashSet<>();
        dsg.find(name, Node.ANY, Vocab.EVENT_KIND, Node.ANY).forEachRemaining(q -> {
            if (KINDS.contains(q.getObject())) {
                events.add(q.getSubject());
            }
        });
        return events;
    }

    /**
     * The contacts of one event from every graph that describes it: the event's quads come from the
     * index that begins with the subject, the rest are lookups in one graph with the subject known.
     */
    private static Map<Node, Contact> contactsOf(DatasetGraph dsg, Node event) {
        Map<Node, List<Triple>> byGraph = new LinkedHashMap<>();
        dsg.find(Node.ANY, event, Node.ANY, Node.ANY).forEachRemaining(
                q -> byGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q.asTriple()));
        Aggregate agg = new Aggregate();
        byGraph.forEach((g, triples) -> reports(event, g, triples, (s, p) -> {
            List<Node> objects = new ArrayList<>();
            dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> objects.add(q.getObject()));
            return objects;
        }, agg));
        Map<Node, Contact> contacts = new HashMap<>();
        agg.contacts.values().forEach(c -> contacts.put(c.iri, c));
        return contacts;
    }

    /**
     * Folds into {@code agg} the reports one graph gives of an event's contacts: the rows of
     * {@link #REPORTS} with {@code ?event} and {@code ?article} bound, worked out from the event's
     * triples in that graph and lookups of {@code objects(subject, predicate)} in it.
     */
    private static void reports(Node event, Node article, List<Triple> eventTriples,
                                BiFunction<Node, Node, List<Node>> objects, Aggregate agg) {
        boolean typed = false;
        List<Node> kinds = new ArrayList<>();
        List<Node> actors = new ArrayList<>();
        List<Node> dates = new ArrayList<>();
        List<Node> places = new ArrayList<>();
        for (Triple t : eventTriples) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(Vocab.TYPE) && o.equals(Vocab.DIPLOMATIC_EVENT)) {
                typed = true;
            } else if (p.equals(Vocab.EVENT_KIND) && KINDS.contains(o)) {
                kinds.add(o);
            } else if (p.equals(Vocab.SEM_HAS_ACTOR) && o.isURI()) {
                actors.add(o);
            } else if (p.equals(Vocab.DATE)) {
                dates.add(o);
            } else if (p.equals(Vocab.SEM_HAS_PLACE)) {
                places.add(o);
            }
        }
        if (!typed || kinds.isEmpty() || actors.size() < 2
                || !objects.apply(article, Vocab.TYPE).contains(Vocab.ARTICLE)) {
            return;
        }
        Map<Node, List<Node>> persons = new LinkedHashMap<>();
        for (Node x : actors) {
            List<Node> names = objects.apply(x, Vocab.LABEL);
            if (!names.isEmpty() && objects.apply(x, Vocab.TYPE).contains(Vocab.FOAF_PERSON)) {
                persons.put(x, names);
            }
        }
        if (persons.size() < 2) {
            return;
        }
        List<Node> placeLabels = new ArrayList<>();
        places.forEach(p -> placeLabels.addAll(objects.apply(p, Vocab.LABEL)));
        List<Node> published = objects.apply(article, Vocab.SCHEMA_DATE_PUBLISHED);
        persons.forEach((a, aNames) -> persons.forEach((b, bNames) -> {
            if (a.getURI().compareTo(b.getURI()) < 0) {
                agg.contact(event, a, b).source(article, kinds, aNames, bNames, dates, placeLabels, published);
            }
        }));
    }

    /**
     * Recomputes, inside a write transaction, the contacts of the events the graphs {@code graphs}
     * now give a contact kind and of those {@code subjects} the index holds contacts of: what a
     * write that went around the store (a SPARQL Update) may have changed.
     */
    static void recompute(DatasetGraph dsg, Set<Node> graphs, Set<Node> subjects) {
        Changes changes = new Changes();
        graphs.forEach(g -> changes.recompute.addAll(eventsOf(dsg, g)));
        subjects.stream().filter(s -> !storedContacts(dsg, s).isEmpty()).forEach(changes.recompute::add);
        changes.apply(dsg);
    }

    /** The contact nodes the contacts graph holds for an event. */
    private static Set<Node> storedContacts(DatasetGraph dsg, Node event) {
        Set<Node> stored = new HashSet<>();
        dsg.find(Vocab.CONTACTS_GRAPH, Node.ANY, Vocab.CONTACT_EVENT, event)
                .forEachRemaining(q -> stored.add(q.getSubject()));
        return stored;
    }

    /** The stored triples of one contact node and of its reports (none when it is not stored). */
    private static List<Triple> stored(DatasetGraph dsg, Node contact) {
        List<Triple> triples = new ArrayList<>();
        dsg.find(Vocab.CONTACTS_GRAPH, contact, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
        List<Node> reports = new ArrayList<>();
        dsg.find(Vocab.CONTACTS_GRAPH, Node.ANY, Vocab.REPORT_OF, contact).forEachRemaining(q -> reports.add(q.getSubject()));
        for (Node r : reports) {
            dsg.find(Vocab.CONTACTS_GRAPH, r, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
        }
        return triples;
    }

    /** Makes the contacts graph hold exactly {@code c}'s triples for its node, writing only what differs from {@code stored}. */
    private static void put(DatasetGraph dsg, Contact c, List<Triple> stored) {
        Set<Triple> want = new HashSet<>(c.triples());
        for (Triple t : stored) {
            if (!want.remove(t)) {
                dsg.delete(Vocab.CONTACTS_GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
        want.forEach(t -> dsg.add(Vocab.CONTACTS_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** Contacts as their reports come in. */
    private static final class Aggregate {
        private final Map<List<Node>, Contact> contacts = new LinkedHashMap<>();

        Contact contact(Node event, Node a, Node b) {
            return contacts.computeIfAbsent(List.of(event, a, b), k -> new Contact(event, a, b));
        }
    }

    /** The values one source article gives a contact: its row values of {@link #REPORTS}, each kept once. */
    private static final class Report {
        private final Set<Node> kinds = new java.util.LinkedHashSet<>();
        private final Set<Node> aNames = new java.util.LinkedHashSet<>();
        private final Set<Node> bNames = new java.util.LinkedHashSet<>();
        private final Set<Node> dates = new java.util.LinkedHashSet<>();
        private final Set<Node> places = new java.util.LinkedHashSet<>();

        void add(List<Node> kinds, List<Node> aNames, List<Node> bNames, List<Node> dates, List<Node> places) {
            this.kinds.addAll(kinds);
            this.aNames.addAll(aNames);
            this.bNames.addAll(bNames);
            this.dates.addAll(dates);
            this.places.addAll(places);
        }

        void triples(Node node, Node contact, Node article, Node a, Node b, List<Triple> into) {
            into.add(Triple.create(node, Vocab.TYPE, Vocab.CONTACT_REPORT));
            into.add(Triple.create(node, Vocab.REPORT_OF, contact));
            into.add(Triple.create(node, Vocab.REPORTED_IN, article));
            into.add(Triple.create(node, Vocab.REPORTED_PERSON_A, a));
            into.add(Triple.create(node, Vocab.REPORTED_PERSON_B, b));
            kinds.forEach(k -> into.add(Triple.create(node, Vocab.REPORTED_KIND, k)));
            aNames.forEach(n -> into.add(Triple.create(node, Vocab.REPORTED_A_NAME, n)));
            bNames.forEach(n -> into.add(Triple.create(node, Vocab.REPORTED_B_NAME, n)));
            dates.forEach(d -> into.add(Triple.create(node, Vocab.REPORTED_DATE, d)));
            places.forEach(p -> into.add(Triple.create(node, Vocab.REPORTED_PLACE_LABEL, p)));
        }
    }

    /** One contact, folded from its reports. */
    private static final class Contact {
        private final Node event;
        private final Node a;
        private final Node b;
        private final Node iri;
        private Node aName;
        private Node bName;
        private Node date;
        private Node place;
        private int kind = Integer.MAX_VALUE; // index into KINDS
        private final Set<Node> articles = new HashSet<>();
        /** Sources counted in a stored node this contact was folded into, besides {@link #articles}. */
        private long earlierSources;
        private Node firstReport;
        private Node lastReport;
        private boolean sourceWithoutDate;
        /** Per source article of these reports: the values it gives, for its report node. */
        private final Map<Node, Report> reports = new LinkedHashMap<>();
        /** The stored report nodes' triples of other sources, kept as they are when these are folded in. */
        private final List<Triple> storedReports = new ArrayList<>();

        Contact(Node event, Node a, Node b) {
            this.event = event;
            this.a = a;
            this.b = b;
            this.iri = Iris.contact(event, a, b);
        }

        /**
         * One source article's report of this contact: the values its rows of {@link #REPORTS}
         * bind (a list empty where an optional part is missing).
         */
        void source(Node article, List<Node> kinds, List<Node> aNames, List<Node> bNames, List<Node> dates,
                    List<Node> places, List<Node> published) {
            articles.add(article);
            reports.computeIfAbsent(article, x -> new Report()).add(kinds, aNames, bNames, dates, places);
            kinds.forEach(k -> kind = Math.min(kind, KINDS.indexOf(k)));
            aNames.forEach(n -> aName = least(aName, n));
            bNames.forEach(n -> bName = least(bName, n));
            dates.forEach(d -> date = least(date, d));
            places.forEach(p -> place = least(place, p));
            sourceWithoutDate |= published.isEmpty();
            published.forEach(p -> {
                firstReport = least(firstReport, p);
                lastReport = greatest(lastReport, p);
            });
        }

        /**
         * This contact's reports folded into the stored triples of its node, which count none of
         * these sources; this contact alone when nothing is stored.
         */
        Contact after(List<Triple> stored) {
            Set<Node> fresh = new HashSet<>();
            reports.keySet().forEach(article -> fresh.add(Iris.contactReport(iri, article)));
            for (Triple t : stored) {
                if (!t.getSubject().equals(iri)) {
                    if (!fresh.contains(t.getSubject())) {
                        storedReports.add(t);
                    }
                    continue;
                }
                Node p = t.getPredicate();
                Node o = t.getObject();
                if (p.equals(Vocab.PERSON_A_NAME)) {
                    aName = least(aName, o);
                } else if (p.equals(Vocab.PERSON_B_NAME)) {
                    bName = least(bName, o);
                } else if (p.equals(Vocab.CONTACT_KIND)) {
                    kind = Math.min(kind, KINDS.indexOf(o));
                } else if (p.equals(Vocab.CONTACT_DATE)) {
                    date = least(date, o);
                } else if (p.equals(Vocab.PLACE_LABEL)) {
                    place = least(place, o);
                } else if (p.equals(Vocab.SOURCE_COUNT)) {
                    earlierSources = ((Number) o.getLiteralValue()).longValue();
                } else if (p.equals(Vocab.FIRST_REPORT)) {
                    firstReport = least(firstReport, o);
                } else if (p.equals(Vocab.LAST_REPORT)) {
                    lastReport = greatest(lastReport, o);
                }
            }
            // A stored contact without a first report has a source without a date.
            boolean storedFirst = stored.stream().anyMatch(t -> t.getSubject().equals(iri) && t.getPredicate().equals(Vocab.FIRST_REPORT));
            sourceWithoutDate |= stored.stream().anyMatch(t -> t.getSubject().equals(iri)) && !storedFirst;
            return this;
        }

        /** The lesser of two values in SPARQL's order (as MIN compares them); the one given when the other is missing. */
        private static Node least(Node sofar, Node value) {
            return sofar == null || value != null && !value.equals(sofar) && compare(value, sofar) < 0 ? value : sofar;
        }

        private static Node greatest(Node sofar, Node value) {
            return sofar == null || value != null && !value.equals(sofar) && compare(value, sofar) > 0 ? value : sofar;
        }

        private static int compare(Node x, Node y) {
            return NodeValue.compareAlways(NodeValue.makeNode(x), NodeValue.makeNode(y));
        }

        List<Triple> triples() {
            List<Triple> t = new ArrayList<>();
            t.add(Triple.create(iri, Vocab.TYPE, Vocab.CONTACT));
            t.add(Triple.create(iri, Vocab.CONTACT_EVENT, event));
            t.add(Triple.create(iri, Vocab.PERSON_A, a));
            t.add(Triple.create(iri, Vocab.PERSON_B, b));
            t.add(Triple.create(iri, Vocab.PERSON_A_NAME, aName));
            t.add(Triple.create(iri, Vocab.PERSON_B_NAME, bName));
            t.add(Triple.create(iri, Vocab.CONTACT_KIND, KINDS.get(kind)));
            if (date != null) {
                t.add(Triple.create(iri, Vocab.CONTACT_DATE, date));
            }
            if (place != null) {
                t.add(Triple.create(iri, Vocab.PLACE_LABEL, place));
            }
            t.add(Triple.create(iri, Vocab.SOURCE_COUNT, NodeFactory.createLiteralDT(
                    Long.toString(earlierSources + articles.size()), XSDDatatype.XSDinteger)));
            // As MIN and MAX over the sources' dates have it: none when a source has none.
            if (!sourceWithoutDate) {
                t.add(Triple.create(iri, Vocab.FIRST_REPORT, firstReport));
                t.add(Triple.create(iri, Vocab.LAST_REPORT, lastReport));
            }
            t.add(Triple.create(iri, Vocab.CONTACT_SORT_KEY, NodeFactory.createLiteralString(sortKey())));
            reports.forEach((article, r) -> r.triples(Iris.contactReport(iri, article), iri, article, a, b, t));
            t.addAll(storedReports);
            return t;
        }

        /**
         * One string that sorts as date (undated first), person A's name, person B's name and event
         * would: the parts joined by tabs, which sort before any character of a name, and the date
         * in its lexical form, which sorts as its value. A query orders by one key instead of four.
         */
        private String sortKey() {
            return (date == null ? "" : date.getLiteralLexicalForm()) + "\t" + aName.getLiteralLexicalForm() + "\t"
                    + bName.getLiteralLexicalForm() + "\t" + event.getURI();
        }
    }
}
