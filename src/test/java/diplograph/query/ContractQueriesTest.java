package diplograph.query;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.store.TdbStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in queries/ parses, runs over a store holding the seed, and has the contract's variables. */
class ContractQueriesTest {

    static final Map<String, List<String>> VARIABLES = Map.of(
            "articles", List.of("article", "id", "title", "published", "url"),
            "who-met-whom", List.of("a", "aName", "b", "bName", "kind", "date", "place", "article"),
            "officials", List.of("person", "name", "role", "of", "wikidata", "article"),
            "agreements", List.of("agreement", "kind", "date", "parties", "signatories", "topics", "article"),
            "positions", List.of("holder", "holderName", "stance", "about", "target", "targetName", "speakerName", "article"),
            "quotes", List.of("speaker", "speakerName", "text", "article"),
            "events", List.of("event", "kind", "date", "place", "participants", "article"),
            "provenance", List.of("fact", "article", "sentence", "start", "end", "rule", "confidence"));

    @TempDir
    static Path dir;

    static TdbStore store;

    @BeforeAll
    static void ingest() {
        store = Fixtures.pipeline().openStore(dir);
        Fixtures.pipeline().ingest(store, List.of(Fixtures.seed()), null, s -> { });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Queries run here; those calling a remote SERVICE run in FederatedQueriesIT against a local one. */
    static Stream<String> queryNames() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted()
                    .filter(n -> !NamedQueries.load(n).contains("SERVICE")).toList().stream();
        }
    }

    static String csv(String name, Map<String, String> params) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store.dataset()).run(NamedQueries.load(name), params, ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void everyQueryRunsAndContractQueriesHaveTheirVariablesInOrder(String name) {
        var query = QueryFactory.create(NamedQueries.load(name));
        if (VARIABLES.containsKey(name)) {
            assertThat(query.getResultVars()).containsExactlyElementsOf(VARIABLES.get(name));
        }
        String header = csv(name, Map.of()).lines().findFirst().orElseThrow();
        assertThat(header).isEqualTo(String.join(",", query.getResultVars()));
    }

    @Test
    void theContractQueriesAreAllThere() {
        assertThat(VARIABLES.keySet()).containsExactlyInAnyOrderElementsOf(NamedQueries.CONTRACT);
        NamedQueries.CONTRACT.forEach(n -> assertThat(Path.of("queries", n + ".rq")).exists());
    }

    @Test
    void articlesListsTheSeed() {
        assertThat(csv("articles", Map.of())).contains(Fixtures.SEED_ID + ",,2025-06-07,");
    }

    @Test
    void eventsListsEachEventOnceWithItsParticipants() {
        List<String> rows = csv("events", Map.of()).lines().skip(1).toList();
        // Three meetings and calls; a message, two greetings, two congratulations; Iran–US talks.
        assertThat(rows).hasSize(9);
        assertThat(rows).anyMatch(r -> r.contains(",talks,,,Iran | United States,"));
        assertThat(rows).anyMatch(r -> r.contains(",message,2025-06-07,,Kassym-Jomart Tokayev | Murat Nurtleu,"));
        assertThat(rows).anyMatch(r -> r.contains(",phone_call,2025-06-05,,Kassym-Jomart Tokayev | Masoud Pezeshkian,"));
    }

    @Test
    void provenanceGivesTheSentenceOfAFact() {
        String eventIri = csv("events", Map.of()).lines().skip(1).filter(l -> l.contains("phone_call"))
                .findFirst().orElseThrow().split(",")[0];
        String prov = csv("provenance", Map.of("fact", eventIri));
        assertThat(prov.lines().skip(1).toList()).hasSize(1);
        assertThat(prov).contains("held a telephone conversation on Thursday", "event.trigger.v1");
    }

    @Test
    void personLinksSaysHowEachPersonWasLinked() {
        List<String> rows = csv("person-links", Map.of()).lines().skip(1).toList();
        // One row per person of the seed: the two of the persons table by its rule, the others by the reference's.
        assertThat(rows).hasSize(4);
        assertThat(rows).anyMatch(r -> r.contains(",Masoud Pezeshkian,http://www.wikidata.org/entity/Q5933752,"
                + "link.person_table.v1,"));
        assertThat(rows).anyMatch(r -> r.contains(",Kassym-Jomart Tokayev,http://www.wikidata.org/entity/Q200881,"
                + "link.person_table.v1,"));
        assertThat(rows).filteredOn(r -> r.contains(",Murat Nurtleu,")).singleElement()
                .satisfies(r -> assertThat(r).contains("link.name_state_date.v1", "state: KZ"));
    }
}
