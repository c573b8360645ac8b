package diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.serve.SparqlServer;
import diplograph.store.TdbStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tools bench/run calls, on a small corpus: what they print is what the script parses. */
class BenchCommandTest {

    @TempDir
    Path tmp;

    private static double number(String out, String key) {
        Matcher m = Pattern.compile(key + "=([0-9.]+)").matcher(out);
        assertThat(m.find()).as(key + " in " + out).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private Path corpus(int n) throws Exception {
        Path out = tmp.resolve("corpus.jsonl");
        Cli.Result r = Cli.run("bench", "corpus", "--from", "src/test/resources/corpus", "-n", String.valueOf(n), out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return out;
    }

    @Test
    void corpusReplicatesTheArticlesUnderFreshIds() throws Exception {
        List<String> lines = Files.readAllLines(corpus(40));
        assertThat(lines).hasSize(40);
        assertThat(lines.stream().map(l -> l.substring(0, l.indexOf(",\"text\""))).distinct()).hasSize(40);
        // 32 articles in the folder: the 33rd line is the first article again under another id
        assertThat(lines.get(32).substring(lines.get(32).indexOf("\"text\""))).isEqualTo(lines.get(0).substring(lines.get(0).indexOf("\"text\"")));
    }

    @Test
    void nlpAndExtractCountWhatTheyProcessed() throws Exception {
        Path c = corpus(8);
        Cli.Result nlp = Cli.run("bench", "nlp", "--threads", "2", c.toString());
        assertThat(nlp.exit()).as(nlp.err()).isZero();
        assertThat(number(nlp.out(), "nlp_articles")).isEqualTo(8);
        assertThat(number(nlp.out(), "analyser_articles")).isEqualTo(8);
        assertThat(number(nlp.out(), "nlp_tokens")).isGreaterThan(1000);

        Cli.Result extract = Cli.run("bench", "extract", "--threads", "2", c.toString());
        assertThat(extract.exit()).as(extract.err()).isZero();
        assertThat(number(extract.out(), "extract_articles")).isEqualTo(8);
        assertThat(number(extract.out(), "extract_seconds")).isPositive();
        // the same quads an ingest of the same articles stores in their graphs
        Path db = tmp.resolve("db");
        assertThat(Cli.run("ingest", "--db", db.toString(), c.toString()).exit()).isZero();
        Cli.Result count = Cli.run("query", "--db", db.toString(), "--format", "csv", "--sparql",
                "PREFIX dg: <https://w3id.org/diplograph/ontology#> SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } ?g a dg:Article }");
        assertThat(count.exit()).as(count.err()).isZero();
        assertThat(number(extract.out(), "extract_quads")).isEqualTo(Double.parseDouble(count.out().lines().skip(1).findFirst().orElseThrow()));
    }

    @Test
    void queriesReportsLatencyAndRowsForOnePerson() throws Exception {
        try (TdbStore store = Fixtures.pipeline().openStore(tmp.resolve("served"))) {
            Fixtures.pipeline().ingest(store, List.of(Fixtures.seed()), null, s -> { });
            try (SparqlServer server = SparqlServer.start(store.dataset(), SparqlServer.Options.readOnly(0))) {
                Cli.Result r = Cli.run("bench", "queries", "--endpoint", server.sparqlUrl(),
                        "--person", "https://w3id.org/diplograph/id/person/masoud-pezeshkian",
                        "--requests", "5", "--clients", "1", "--seconds", "1");
                assertThat(r.exit()).as(r.err()).isZero();
                // the person on either side of the pair: Pezeshkian with Nurtleu (as ?a) and with
                // Tokayev (as ?b, Tokayev's IRI sorting first)
                assertThat(number(r.out(), "who_met_whom_person_rows")).isEqualTo(2);
                assertThat(number(r.out(), "who_met_whom_summary_person_rows")).isEqualTo(2);
                assertThat(number(r.out(), "who_met_whom_person_p50_ms")).isPositive();
                assertThat(number(r.out(), "officials_rows")).isGreaterThanOrEqualTo(5);
            }
        }
    }

    @Test
    void everyQueryTimesEachNamedQueryThatAnswersFromTheStore() throws Exception {
        try (TdbStore store = Fixtures.pipeline().openStore(tmp.resolve("served"))) {
            Fixtures.pipeline().ingest(store, List.of(Fixtures.seed()), null, s -> { });
            try (SparqlServer server = SparqlServer.start(store.dataset(), SparqlServer.Options.readOnly(0))) {
                Cli.Result r = Cli.run("bench", "every-query", "--endpoint", server.sparqlUrl(), "--requests", "2");
                assertThat(r.exit()).as(r.err()).isZero();
                assertThat(r.out()).contains("query=persons ", "query=who-met-whom-summary ", "query=provenance ")
                        .doesNotContain("wikidata", "officials-external", "failed");
                assertThat(number(r.out(), "who_met_whom_summary_rows")).isEqualTo(3);
                assertThat(number(r.out(), "officials_rows")).isGreaterThanOrEqualTo(5);
                assertThat(number(r.out(), "persons_p50_ms")).isPositive();
                assertThat(number(r.out(), "persons_max_ms")).isGreaterThanOrEqualTo(number(r.out(), "persons_p50_ms"));
            }
        }
    }

    @Test
    void pagesTimesAPersonsAStatesAndAnEventsPageAndSaysWhichFailed() throws Exception {
        try (TdbStore store = Fixtures.pipeline().openStore(tmp.resolve("pages-served"))) {
            Fixtures.pipeline().ingest(store, List.of(Fixtures.seed()), null, s -> { });
            String event = Txn.calculateRead(store.dataset(), () -> store.dataset().find(Node.ANY, Node.ANY,
                    org.apache.jena.vocabulary.RDF.type.asNode(),
                    NodeFactory.createURI("https://w3id.org/diplograph/ontology#DiplomaticEvent")).next().getSubject().getURI());
            try (SparqlServer server = SparqlServer.start(store.dataset(), SparqlServer.Options.readOnly(0))) {
                Cli.Result r = Cli.run("bench", "pages", "--server", server.baseUrl(),
                        "--person", "https://w3id.org/diplograph/id/person/masoud-pezeshkian",
                        "--state", "https://w3id.org/diplograph/id/state/ir", "--event", event, "--requests", "2");
                assertThat(r.exit()).as(r.err()).isZero();
                assertThat(number(r.out(), "page_person_p50_ms")).isPositive();
                assertThat(number(r.out(), "page_state_bytes")).isGreaterThan(1000);
                assertThat(number(r.out(), "page_event_max_ms")).isGreaterThanOrEqualTo(number(r.out(), "page_event_p50_ms"));
                Cli.Result missing = Cli.run("bench", "pages", "--server", server.baseUrl(),
                        "--person", "https://w3id.org/diplograph/id/person/nobody-here", "--requests", "1");
                assertThat(missing.exit()).isEqualTo(1);
                assertThat(missing.out()).contains("page_person_failed=1");
                assertThat(missing.err()).contains("HTTP 404");
            }
        }
    }

    @Test
    void mainTextWritesTheBodiesTheBenchmarkScoresAndCountsRefusals() throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        String paragraph = "The foreign ministers of Chile and Peru met in Lima on Tuesday, and they agreed, after three "
                + "hours, to meet again in May.";
        Files.writeString(pages.resolve("one.html"), "<html><body><nav><p>Home, World, Politics, Business and more "
                + "sections of the site</p></nav><div class=\"story-body\"><p>" + paragraph + "</p><p>" + paragraph
                + "</p></div><div class=\"related-links\"><p>Most popular: ten things, and more, to read today on the "
                + "site</p></div></body></html>");
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(pages.resolve("two.html.gz")))) {
            gz.write("<html><head><title>x</title></head></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path out = tmp.resolve("diplograph.json");
        Cli.Result r = Cli.run("bench", "main-text", pages.toString(), out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("2 pages, 1 refused", "(two)");
        var bodies = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(out.toFile());
        assertThat(bodies.path("one").path("articleBody").asText()).contains("met in Lima")
                .doesNotContain("Most popular", "Home, World");
        assertThat(bodies.path("two").path("articleBody").asText()).isEmpty();
    }
}
