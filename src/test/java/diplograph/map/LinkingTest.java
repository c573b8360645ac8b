package diplograph.map;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.query.NamedQueries;
import diplograph.query.QueryRunner;
import diplograph.read.ReadOutcome;
import diplograph.store.TdbStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities are one node across articles and link to Wikidata from the reference tables. */
class LinkingTest {

    @TempDir
    Path dir;

    @Test
    void theSeedLinksStatesTheIaeaAndTehranToWikidata() {
        List<ReadOutcome> out = new ArrayList<>();
        Fixtures.pipeline().read(List.of(Fixtures.seed()), null, out::add);
        Graph g = Fixtures.pipeline().graph(Fixtures.pipeline().extract(((ReadOutcome.Read) out.get(0)).article()));
        var sameAs = NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs");
        Map.of("state/ir", "Q794", "state/kz", "Q232", "state/us", "Q30", "org/iaea", "Q41984", "place/tehran", "Q3616",
                "person/masoud-pezeshkian", "Q5933752", "person/kassym-jomart-tokayev", "Q200881")
                .forEach((entity, qid) -> assertThat(g.contains(NodeFactory.createURI(Vocab.ID + entity), sameAs,
                        NodeFactory.createURI(Vocab.WIKIDATA + qid))).as(entity).isTrue());
    }

    @Test
    void theReferenceGraphHoldsTheOfficesSchemeWithNationalTitles() {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        new ReferenceMapper().map(Fixtures.pipeline().lexicon(), org.apache.jena.riot.system.StreamRDFLib.graph(g));
        var rows = new QueryRunner(org.apache.jena.sparql.core.DatasetGraphFactory.wrap(g)).rows(
                "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?title ?category { ?role skos:prefLabel "
                + "\"Minister of Foreign Affairs\" ; skos:altLabel ?title ; skos:broader/skos:prefLabel ?category }",
                Map.of());
        assertThat(rows).extracting(r -> r.get("title")).contains("Foreign Minister", "Minister for Foreign Affairs");
        assertThat(rows).extracting(r -> r.get("category")).containsOnly("foreign minister");
        assertThat(g.contains(NodeFactory.createURI(Vocab.ID + "org/iaea"),
                NodeFactory.createURI("http://www.w3.org/2002/07/owl#sameAs"),
                NodeFactory.createURI(Vocab.WIKIDATA + "Q41984"))).isTrue();
    }

    @Test
    void oneMeetingInTwoArticlesIsOneEventWithTwoSourcesAndOnePerson() {
        try (TdbStore store = Fixtures.pipeline().openStore(dir)) {
            Fixtures.pipeline().ingest(store, List.of(Fixtures.articles().resolve("linking")), null, s -> { });
            QueryRunner q = new QueryRunner(store.dataset());
            var met = q.rows(NamedQueries.load("who-met-whom"), Map.of());
            assertThat(met).hasSize(2).extracting(r -> r.get("aName") + " + " + r.get("bName") + " " + r.get("date"))
                    .containsOnly("Abbas Araghchi + Hakan Fidan 2025-07-14");
            assertThat(met).extracting(r -> r.get("article")).doesNotHaveDuplicates();
            var events = q.rows(NamedQueries.load("events"), Map.of());
            assertThat(events).hasSize(1);
            assertThat(events.get(0).get("article")).contains("2025-07-15-tehran-iran-turkey", "2025-07-16-ankara-turkey-iran");
            var persons = q.rows("SELECT DISTINCT ?p { ?p a <http://xmlns.com/foaf/0.1/Person> }", Map.of());
            assertThat(persons).extracting(r -> r.get("p")).containsExactlyInAnyOrder(
                    Vocab.ID + "person/abbas-araghchi", Vocab.ID + "person/hakan-fidan");
        }
    }
}
