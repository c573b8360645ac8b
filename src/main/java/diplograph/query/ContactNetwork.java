package diplograph.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The who-met-whom network of a store: the persons who had contacts, and one undirected pair for
 * every two persons who had at least one. It is read from the named queries, so it counts what
 * they count: contacts (events) from {@code who-met-whom-summary}, source articles from
 * {@code who-met-whom}, offices from {@code officials}, Wikidata items from {@code officials} and
 * {@code person-links} (a person linked without an office is in the second only).
 *
 * @param persons in IRI order
 * @param pairs   in the order of their persons' IRIs
 */
public record ContactNetwork(List<Person> persons, List<Pair> pairs) {

    private static final String WIKIDATA = "http://www.wikidata.org/entity/";

    public ContactNetwork {
        persons = List.copyOf(persons);
        pairs = List.copyOf(pairs);
    }

    /**
     * A person of the network.
     *
     * @param iri          the person's IRI, also the node id
     * @param label        the canonical name
     * @param wikidata     the Wikidata item's IRI (owl:sameAs), or null
     * @param affiliations the states and organizations of the person's offices, sorted
     * @param contacts     the number of distinct contacts (events) the person had with others
     */
    public record Person(String iri, String label, String wikidata, List<String> affiliations, int contacts) {
        public Person {
            affiliations = List.copyOf(affiliations);
        }
    }

    /**
     * Two persons who had contacts; {@code a} sorts before {@code b}.
     *
     * @param weight    the number of distinct contacts (events) between them
     * @param kinds     their kinds (meeting, phone_call…), sorted
     * @param firstDate the earliest contact's date (YYYY-MM-DD), or null when none is dated
     * @param lastDate  the latest contact's date, or null
     * @param articles  the number of articles that report a contact between them
     */
    public record Pair(String a, String b, int weight, List<String> kinds, String firstDate, String lastDate,
                       int articles) {
        public Pair {
            kinds = List.copyOf(kinds);
        }
    }

    /** Runs the named queries over the store and gathers their rows into the network. */
    public static ContactNetwork of(QueryRunner queries) {
        Map<String, PersonRows> persons = new TreeMap<>();
        Map<String, PairRows> pairs = new TreeMap<>();
        // One row per contact (event) and pair of its persons, however many articles report it.
        for (Map<String, String> r : queries.rows(NamedQueries.load("who-met-whom-summary"), Map.of())) {
            String event = r.get("event");
            persons.computeIfAbsent(r.get("a"), k -> new PersonRows(r.get("aName"))).events.add(event);
            persons.computeIfAbsent(r.get("b"), k -> new PersonRows(r.get("bName"))).events.add(event);
            PairRows p = pairs.computeIfAbsent(key(r.get("a"), r.get("b")), k -> new PairRows(r.get("a"), r.get("b")));
            p.events.add(event);
            p.kinds.add(r.get("kind"));
            if (r.get("date") != null) {
                p.dates.add(r.get("date"));
            }
        }
        // One row per event, pair and source article.
        for (Map<String, String> r : queries.rows(NamedQueries.load("who-met-whom"), Map.of())) {
            PairRows p = pairs.get(key(r.get("a"), r.get("b")));
            if (p != null) {
                p.articles.add(r.get("article"));
            }
        }
        for (Map<String, String> r : queries.rows(NamedQueries.load("officials"), Map.of())) {
            PersonRows p = persons.get(r.get("person"));
            if (p != null) {
                p.affiliations.add(r.get("of"));
                p.link(r.get("wikidata"));
            }
        }
        for (Map<String, String> r : queries.rows(NamedQueries.load("person-links"), Map.of())) {
            PersonRows p = persons.get(r.get("person"));
            if (p != null) {
                p.link(r.get("wikidata"));
            }
        }
        List<Person> nodes = new ArrayList<>();
        persons.forEach((iri, p) -> nodes.add(new Person(iri, p.label, p.wikidata, List.copyOf(p.affiliations),
                p.events.size())));
        List<Pair> edges = new ArrayList<>();
        pairs.values().forEach(p -> edges.add(new Pair(p.a, p.b, p.events.size(), List.copyOf(p.kinds),
                p.dates.isEmpty() ? null : p.dates.first(), p.dates.isEmpty() ? null : p.dates.last(),
                p.articles.size())));
        return new ContactNetwork(nodes, edges);
    }

    private static String key(String a, String b) {
        return a + ' ' + b;
    }

    private static final class PersonRows {
        final String label;
        final Set<String> events = new HashSet<>();
        final Set<String> affiliations = new TreeSet<>();
        String wikidata;

        PersonRows(String label) {
            this.label = label;
        }

        /** Keeps the first Wikidata item seen; other owl:sameAs targets (an external dataset's) are not Wikidata. */
        void link(String item) {
            if (wikidata == null && item != null && item.startsWith(WIKIDATA)) {
                wikidata = item;
            }
        }
    }

    private static final class PairRows {
        final String a;
        final String b;
        final Set<String> events = new HashSet<>();
        final Set<String> kinds = new TreeSet<>();
        final TreeSet<String> dates = new TreeSet<>();
        final Set<String> articles = new HashSet<>();

        PairRows(String a, String b) {
            this.a = a;
            this.b = b;
        }
    }
}
