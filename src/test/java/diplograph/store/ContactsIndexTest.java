package diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Diplograph;
import diplograph.Fixtures;
import diplograph.map.Vocab;
import diplograph.query.NamedQueries;
import diplograph.query.QueryRunner;
import diplograph.query.ResultFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contacts index always answers {@code who-met-whom-summary} as the live aggregate over the
 * article graphs does ({@code src/test/resources/oracle/who-met-whom-summary-live.rq}), and its
 * reports answer {@code who-met-whom} as the article graphs do: after an
 * ingest of real readouts, over several transactions that add sources to stored contacts, after
 * a re-ingest that drops an event and after a removal, after a bulk ingest and after a load, and
 * in a store made before the index once it is opened; and every way of building it gives the same
 * quads.
 */
class ContactsIndexTest {

    private static final List<Path> REAL = List.of(Path.of("src/test/resources/real/statedept"),
            Path.of("src/test/resources/real/kremlin"), Path.of("src/test/resources/corpus"));

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    /** The real readouts and the corpus, ingested article by article. */
    private static TdbStore real;

    @BeforeAll
    static void ingestTheRealReadouts() {
        real = Fixtures.pipeline().openStore(shared.resolve("real"));
        var report = Fixtures.pipeline().ingest(real, REAL, null, s -> { });
        assertThat(report.failures()).isEmpty();
    }

    @AfterAll
    static void close() {
        real.close();
    }

    @Test
    void afterAnIngestOfRealReadoutsTheIndexAnswersAsTheLiveAggregate() {
        List<String> rows = assertIndexAnswersAsTheLiveAggregate(real);
        assertThat(rows).hasSizeGreaterThan(100);
        // One node per contact, each conforming to its shape; rebuilt from scratch it is the same.
        assertThat(contactNodes(real)).hasSize(rows.size());
        var report = real.read(() -> Fixtures.pipeline().validator().validate(
                real.dataset().getGraph(Vocab.CONTACTS_GRAPH)));
        assertThat(report.conforms()).as(report.getEntries().toString()).isTrue();
        Set<String> incremental = contactQuads(real);
        real.rebuildContacts();
        assertThat(contactQuads(real)).isEqualTo(incremental);
    }

    @Test
    void theSortKeyOrdersAsDateNamesAndEventDo() {
        String query = NamedQueries.load("who-met-whom-summary");
        assertThat(query).contains("ORDER BY ?order");
        QueryRunner q = new QueryRunner(real.dataset());
        List<String> byKey = q.rows(query, Map.of()).stream().map(ContactsIndexTest::sortColumns).toList();
        List<String> byValues = q.rows(query.replace("ORDER BY ?order", "ORDER BY ?date ?aName ?bName ?event"), Map.of())
                .stream().map(ContactsIndexTest::sortColumns).toList();
        assertThat(byKey).hasSizeGreaterThan(100).isEqualTo(byValues);
        assertThat(byKey.get(0)).startsWith("null |"); // undated contacts first
    }

    private static String sortColumns(Map<String, String> row) {
        return row.get("date") + " | " + row.get("aName") + " | " + row.get("bName") + " | " + row.get("event");
    }

    @Test
    void aBulkIngestAndALoadBuildTheSameIndex() throws IOException {
        Path bulk = tmp.resolve("bulk");
        var report = Fixtures.pipeline().bulkIngest(bulk, REAL, null, 8 << 20, s -> { }, 2, n -> { });
        assertThat(report.failures()).isEmpty();
        assertThat(report.summary()).contains("of which contacts index");
        try (TdbStore store = TdbStore.open(bulk, Fixtures.pipeline().validator())) {
            assertIndexAnswersAsTheLiveAggregate(store);
            assertThat(contactQuads(store)).isEqualTo(contactQuads(real));
        }

        // The quads of the store, with a stale contact among them: load builds the index afresh.
        Path nq = tmp.resolve("export.nq");
        List<String> lines = new ArrayList<>(real.read(() -> {
            List<String> all = new ArrayList<>();
            real.dataset().find().forEachRemaining(q -> all.add(NodeFmtLib.strNQ(q)));
            return all;
        }));
        String stale = "<" + Vocab.ID + "contact/stale> <" + Vocab.SOURCE_COUNT.getURI() + "> \"7\"^^<"
                + "http://www.w3.org/2001/XMLSchema#integer> <" + Vocab.CONTACTS_GRAPH.getURI() + "> .";
        lines.add(stale);
        Files.write(nq, lines, StandardCharsets.UTF_8);
        Path loaded = tmp.resolve("loaded");
        Diplograph.loadQuads(loaded, List.of(nq));
        try (TdbStore store = TdbStore.open(loaded, Fixtures.pipeline().validator())) {
            assertIndexAnswersAsTheLiveAggregate(store);
            assertThat(contactQuads(store)).isEqualTo(contactQuads(real)).noneMatch(q -> q.contains("contact/stale"));
        }
    }

    @Test
    void sourcesAddedInLaterTransactionsAreFoldedIntoTheStoredContacts() throws IOException {
        // Three copies of the corpus under other ids, published on three days, each its own ingest:
        // a dated contact gains a source, and a later last report, with each.
        List<Path> corpus;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/corpus"))) {
            corpus = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        try (TdbStore store = Fixtures.pipeline().openStore(tmp.resolve("db"))) {
            for (int copy = 1; copy <= 3; copy++) {
                Path dir = Files.createDirectories(tmp.resolve("copy-" + copy));
                for (Path f : corpus) {
                    Files.copy(f, dir.resolve(f.getFileName().toString().replace(".txt", "-" + copy + ".txt")));
                }
                var report = Fixtures.pipeline().ingest(store, List.of(dir), LocalDate.of(2025, 7, copy), s -> { });
                assertThat(report.failures()).isEmpty();
                List<String> rows = assertIndexAnswersAsTheLiveAggregate(store);
                int sources = copy;
                assertThat(rows).anyMatch(r -> r.contains("," + sources + ",2025-07-01,2025-07-0" + sources));
            }
        }
    }

    @Test
    void aReingestThatDropsAnEventAndARemovalUpdateTheIndex() throws IOException {
        Path a = Files.writeString(tmp.resolve("muscat-a.txt"), " date 2025-03-10\n\n"
                + "Iranian Foreign Minister Abbas Araghchi met with Omani Foreign Minister Badr Albusaidi in Muscat on Monday.\n");
        Path b = Files.writeString(tmp.resolve("muscat-b.txt"), " date 2025-03-11\n\n"
                + "Iranian Foreign Minister Abbas Araghchi held talks with his Omani counterpart, Badr Albusaidi, in Muscat on Monday.\n");
        try (TdbStore store = Fixtures.pipeline().openStore(tmp.resolve("db"))) {
            Fixtures.pipeline().ingest(store, List.of(a, b), null, s -> { });
            assertThat(assertIndexAnswersAsTheLiveAggregate(store)).singleElement().asString()
                    .contains(",talks,2025-03-10,Muscat,2,2025-03-10,2025-03-11");

            // b now says nothing of the talks: the contact keeps a's report alone.
            Files.writeString(b, " date 2025-03-11\n\nIranian Foreign Minister Abbas Araghchi spoke about the economy.\n");
            assertThat(Fixtures.pipeline().ingest(store, List.of(b), null, s -> { }).stored()).isEqualTo(1);
            assertThat(assertIndexAnswersAsTheLiveAggregate(store)).singleElement().asString()
                    .contains(",meeting,2025-03-10,Muscat,1,2025-03-10,2025-03-10");

            // A third report, then a's removal: the contact is c's alone, then b's removal changes nothing.
            Path c = Files.writeString(tmp.resolve("muscat-c.txt"), " date 2025-03-12\n\n"
                    + "Omani Foreign Minister Badr Albusaidi received Iranian Foreign Minister Abbas Araghchi in Muscat on Monday.\n");
            Fixtures.pipeline().ingest(store, List.of(c), null, s -> { });
            assertThat(assertIndexAnswersAsTheLiveAggregate(store)).singleElement().asString()
                    .contains(",Muscat,2,2025-03-10,2025-03-12");
            assertThat(store.remove(Diplograph.articleGraph("muscat-a"))).isTrue();
            assertThat(assertIndexAnswersAsTheLiveAggregate(store)).singleElement().asString()
                    .contains(",Muscat,1,2025-03-12,2025-03-12");
            assertThat(store.remove(Diplograph.articleGraph("muscat-b"))).isTrue();
            assertIndexAnswersAsTheLiveAggregate(store);

            // The last report removed: no contact is left, nor any node of one.
            assertThat(store.remove(Diplograph.articleGraph("muscat-c"))).isTrue();
            assertThat(assertIndexAnswersAsTheLiveAggregate(store)).isEmpty();
            assertThat(contactQuads(store)).isEmpty();
        }
    }

    @Test
    void sourcesThatDisagreeOnThePlaceGiveTheLeastPlace() throws IOException {
        Path a = Files.writeString(tmp.resolve("tehran.txt"), " date 2025-03-10\n\n"
                + "Iranian Foreign Minister Abbas Araghchi met with Omani Foreign Minister Badr Albusaidi in Tehran on Monday.\n");
        Path b = Files.writeString(tmp.resolve("muscat.txt"), " date 2025-03-11\n\n"
                + "Iranian Foreign Minister Abbas Araghchi met with Omani Foreign Minister Badr Albusaidi in Muscat on Monday.\n");
        try (TdbStore store = Fixtures.pipeline().openStore(tmp.resolve("db"))) {
            Fixtures.pipeline().ingest(store, List.of(a), null, s -> { });
            assertThat(summary(store, NamedQueries.load("who-met-whom-summary"))).singleElement().asString()
                    .contains(",Tehran,1,");
            Fixtures.pipeline().ingest(store, List.of(b), null, s -> { });
            // The live aggregate takes any one of the places (SAMPLE); the index keeps the least.
            assertThat(summary(store, NamedQueries.load("who-met-whom-summary"))).singleElement().asString()
                    .contains(",Muscat,2,2025-03-10,2025-03-11");
            store.remove(Diplograph.articleGraph("muscat"));
            assertThat(assertIndexAnswersAsTheLiveAggregate(store)).singleElement().asString().contains(",Tehran,1,");
        }
    }

    @Test
    void aStoreMadeBeforeTheIndexGetsItWhenOpened() throws IOException {
        Path db = tmp.resolve("old");
        try (TdbStore store = Fixtures.pipeline().openStore(db)) {
            Fixtures.pipeline().ingest(store, List.of(Path.of("src/test/resources/corpus")), null, s -> { });
            org.apache.jena.system.Txn.executeWrite(store.dataset(),
                    () -> store.dataset().removeGraph(Vocab.CONTACTS_GRAPH));
            assertThat(summary(store, NamedQueries.load("who-met-whom-summary"))).isEmpty();
        }
        try (TdbStore store = Diplograph.openExisting(db)) {
            assertThat(assertIndexAnswersAsTheLiveAggregate(store)).isNotEmpty();
        }
    }

    @Test
    void aStoreWhoseIndexHasNoReportsGetsThemWhenOpened() throws IOException {
        Path db = tmp.resolve("no-reports");
        try (TdbStore store = Fixtures.pipeline().openStore(db)) {
            Fixtures.pipeline().ingest(store, List.of(Path.of("src/test/resources/corpus")), null, s -> { });
            // As a store written before the index kept reports: its contacts, none of their reports.
            org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> {
                List<Node> reports = new ArrayList<>();
                store.dataset().find(Vocab.CONTACTS_GRAPH, Node.ANY, Vocab.TYPE, Vocab.CONTACT_REPORT)
                        .forEachRemaining(q -> reports.add(q.getSubject()));
                reports.forEach(r -> store.dataset().deleteAny(Vocab.CONTACTS_GRAPH, r, Node.ANY, Node.ANY));
            });
            assertThat(summary(store, NamedQueries.load("who-met-whom"))).isEmpty();
        }
        try (TdbStore store = Diplograph.openExisting(db)) {
            assertThat(summary(store, NamedQueries.load("who-met-whom"))).isNotEmpty();
            assertIndexAnswersAsTheLiveAggregate(store);
        }
    }

    @Test
    void theOntologyDeclaresTheIndexTermsWithLabelsAndComments() {
        Graph ontology = Diplograph.ontologyGraph();
        Set<Node> terms = real.read(() -> {
            Set<Node> used = new java.util.HashSet<>();
            real.dataset().find(Vocab.CONTACTS_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                used.add(q.getPredicate());
                if (q.getObject().isURI() && q.getObject().getURI().startsWith(Vocab.DG)) {
                    used.add(q.getObject());
                }
            });
            return used;
        });
        terms.removeIf(t -> !t.getURI().startsWith(Vocab.DG));
        assertThat(terms).hasSize(23); // 13 of the contacts, 10 of their reports
        for (Node t : terms) {
            assertThat(ontology.contains(t, RDFS.label.asNode(), Node.ANY)).as(t.getURI()).isTrue();
            assertThat(ontology.contains(t, RDFS.comment.asNode(), Node.ANY)).as(t.getURI()).isTrue();
        }
        assertThat(ontology.contains(Vocab.CONTACT, NodeFactory.createURI(
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), OWL.Class.asNode())).isTrue();
        assertThat(ontology.contains(Vocab.CONTACT_REPORT, NodeFactory.createURI(
                "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), OWL.Class.asNode())).isTrue();
    }

    /**
     * Asserts the named query and the live aggregate give the same rows, and that {@code who-met-whom}
     * (read from the index's reports) gives the rows its reading of the article graphs gives
     * ({@code src/test/resources/oracle/who-met-whom-from-graphs.rq}, every row as often); returns
     * the summary's rows (CSV lines, sorted).
     */
    static List<String> assertIndexAnswersAsTheLiveAggregate(TdbStore store) {
        List<String> indexed = summary(store, NamedQueries.load("who-met-whom-summary"));
        assertThat(indexed).isEqualTo(summary(store, live()));
        assertThat(summary(store, NamedQueries.load("who-met-whom")))
                .isEqualTo(summary(store, oracle("who-met-whom-from-graphs")));
        return indexed;
    }

    static String live() {
        return oracle("who-met-whom-summary-live");
    }

    private static String oracle(String name) {
        try {
            return Files.readString(Path.of("src/test/resources/oracle/" + name + ".rq"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> summary(TdbStore store, String query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store.dataset()).run(query, Map.of(), ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8).lines().skip(1).sorted().toList();
    }

    private static Set<String> contactQuads(TdbStore store) {
        return store.read(() -> {
            Set<String> all = new TreeSet<>();
            store.dataset().find(Vocab.CONTACTS_GRAPH, Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> all.add(NodeFmtLib.strNQ(q)));
            return all;
        });
    }

    private static Set<Node> contactNodes(TdbStore store) {
        return store.read(() -> {
            Set<Node> nodes = new java.util.HashSet<>();
            store.dataset().find(Vocab.CONTACTS_GRAPH, Node.ANY, Vocab.TYPE, Vocab.CONTACT)
                    .forEachRemaining(q -> nodes.add(q.getSubject()));
            return nodes;
        });
    }
}
