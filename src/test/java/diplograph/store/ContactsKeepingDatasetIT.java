package diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.serve.SparqlServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes through {@code serve --update} (SPARQL Update, Graph Store Protocol) keep the contacts
 * index in step: after each, the named query answers as the live aggregate over the article graphs.
 */
class ContactsKeepingDatasetIT {

    private static final String SEED = "https://w3id.org/diplograph/id/article/" + Fixtures.SEED_ID;
    private static final String NEW = "https://w3id.org/diplograph/id/article/added-by-update";
    private static final String PREFIXES = """
            PREFIX dg:   <https://w3id.org/diplograph/ontology#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX sem:  <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX kind: <https://w3id.org/diplograph/kind/>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX p:    <https://w3id.org/diplograph/id/person/>
            """;

    @TempDir
    Path tmp;

    @Test
    void updatesAndGraphWritesThroughTheServerKeepTheContactsIndexInStep() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: s3cret\n");
        try (TdbStore store = Fixtures.pipeline().openStore(tmp.resolve("db"))) {
            Fixtures.pipeline().ingest(store, List.of(Fixtures.seed()), null, s -> { });
            List<String> seedOnly = ContactsIndexTest.assertIndexAnswersAsTheLiveAggregate(store);
            assertThat(seedOnly).hasSize(3);
            try (SparqlServer server = SparqlServer.start(store.datasetKeepingContacts(),
                    new SparqlServer.Options(null, 0, null, passwords))) {
                String update = server.baseUrl() + "diplograph/update";

                // a new article graph with one meeting between a seed person and a new one
                assertThat(send(update, "POST", "application/sparql-update", PREFIXES + """
                        INSERT DATA { GRAPH <%s> {
                          <%s> a dg:Article .
                          <urn:x:event> a dg:DiplomaticEvent ; dg:kind kind:meeting ; dg:date "2025-07-01"^^xsd:date ;
                                        sem:hasActor p:masoud-pezeshkian , p:ada-example .
                          p:masoud-pezeshkian a foaf:Person ; rdfs:label "Masoud Pezeshkian" .
                          p:ada-example a foaf:Person ; rdfs:label "Ada Example" .
                        } }""".formatted(NEW, NEW))).isBetween(200, 299);
                List<String> added = ContactsIndexTest.assertIndexAnswersAsTheLiveAggregate(store);
                assertThat(added).hasSize(4).anyMatch(row -> row.contains("Ada Example") && row.contains("2025-07-01"));

                // a person's name changed in that graph: the contact's name follows
                assertThat(send(update, "POST", "application/sparql-update", PREFIXES + """
                        DELETE DATA { GRAPH <%s> { p:ada-example rdfs:label "Ada Example" } } ;
                        INSERT DATA { GRAPH <%s> { p:ada-example rdfs:label "Ada Q. Example" } }""".formatted(NEW, NEW)))
                        .isBetween(200, 299);
                assertThat(ContactsIndexTest.assertIndexAnswersAsTheLiveAggregate(store))
                        .anyMatch(row -> row.contains("Ada Q. Example")).noneMatch(row -> row.contains("Ada Example,"));

                // the seed's graph dropped with the Graph Store Protocol: its three contacts go
                assertThat(send(server.baseUrl() + "diplograph/data?graph=" + SEED, "DELETE", "text/plain", ""))
                        .isBetween(200, 299);
                assertThat(ContactsIndexTest.assertIndexAnswersAsTheLiveAggregate(store)).hasSize(1);

                // the new graph cleared by SPARQL Update: nothing is left
                assertThat(send(update, "POST", "application/sparql-update", "CLEAR GRAPH <" + NEW + ">"))
                        .isBetween(200, 299);
                assertThat(ContactsIndexTest.assertIndexAnswersAsTheLiveAggregate(store)).isEmpty();
            }
        }
    }

    private static int send(String url, String method, String type, String body) throws Exception {
        String login = "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8));
        HttpClient once = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> r = once.send(HttpRequest.newBuilder(URI.create(url))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", type).header("Authorization", login)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }
}
