package diplograph.query;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.serve.SparqlServer;
import diplograph.store.TdbStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries that enrich from Wikidata with SERVICE, run offline: a second Fuseki on 127.0.0.1
 * holds the example extract, and each query's Wikidata endpoint is pointed at it.
 */
class FederatedQueriesIT {

    private static final String WIKIDATA = "https://query.wikidata.org/sparql";

    @TempDir
    static Path dir;

    static TdbStore store;
    static SparqlServer wikidata;

    @BeforeAll
    static void start() {
        store = Fixtures.pipeline().openStore(dir.resolve("db"));
        Fixtures.pipeline().ingest(store, List.of(Fixtures.seed()), null, s -> { });
        DatasetGraph extract = DatasetGraphFactory.createTxnMem();
        RDFParser.source("src/main/resources/examples/wikidata-officials.ttl").parse(extract.getDefaultGraph());
        wikidata = SparqlServer.start(extract, new SparqlServer.Options("127.0.0.1", 0, Duration.ofSeconds(10), null));
    }

    @AfterAll
    static void stop() {
        wikidata.close();
        store.close();
    }

    private static List<Map<String, String>> run(String name) {
        String sparql = NamedQueries.load(name);
        assertThat(sparql).contains("SERVICE <" + WIKIDATA + ">");
        return new QueryRunner(store.dataset()).rows(sparql.replace(WIKIDATA, wikidata.sparqlUrl()), Map.of());
    }

    @Test
    void officialsAreEnrichedWithBirthDatesAndPositions() {
        assertThat(run("officials-wikidata")).extracting(r -> r.get("name") + " " + r.get("born").substring(0, 10)
                        + " " + r.get("positionLabel"))
                .containsExactly("Kassym-Jomart Tokayev 1953-05-17 President of Kazakhstan",
                        "Masoud Pezeshkian 1954-09-29 President of Iran");
    }

    @Test
    void statesAreEnrichedWhereTheEndpointKnowsThem() {
        assertThat(run("states-wikidata")).extracting(r -> r.get("name"))
                .containsExactly("Iran", "Kazakhstan", "United States");
    }

    @Test
    void everyQueryUsingServiceRunsOffline() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .filter(n -> NamedQueries.load(n).contains("SERVICE"))
                    .forEach(n -> assertThat(run(n)).as(n).isNotNull());
        }
    }
}
