package diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} and {@code demo} through the command line: they block while serving, so each runs
 * on a daemon thread and the test talks to it over HTTP on the port it reports.
 */
class ServeCommandIT {

    private static final Pattern URL = Pattern.compile("SPARQL: (http://127\\.0\\.0\\.1:\\d+/diplograph/sparql)");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path tmp;

    /** Starts the command on a daemon thread and returns the SPARQL URL it prints. */
    private static String startInBackground(String... args) throws InterruptedException {
        StringWriter err = new StringWriter();
        Thread t = new Thread(() -> {
            var cl = Main.commandLine();
            cl.setOut(new PrintWriter(new StringWriter(), true));
            cl.setErr(new PrintWriter(err, true));
            cl.execute(args);
        });
        t.setDaemon(true);
        t.start();
        for (int i = 0; i < 600; i++) {
            Matcher m = URL.matcher(err.toString());
            if (m.find()) {
                return m.group(1);
            }
            assertThat(t.isAlive()).as(err.toString()).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("server did not start: " + err);
    }

    private HttpResponse<String> query(String endpoint, String sparql) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void serveAnswersSparqlOverTheUnionGraphShowsTheUiAndRefusesUpdates() throws Exception {
        Path db = tmp.resolve("db");
        assertThat(Cli.run("ingest", "--db", db.toString(), Fixtures.seed().toString()).exit()).isZero();
        String sparql = startInBackground("serve", "--db", db.toString(), "--port", "0");

        HttpResponse<String> r = query(sparql, "SELECT ?name { ?p a <http://xmlns.com/foaf/0.1/Person> ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?name }");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"Masoud Pezeshkian\"", "\"Kassym-Jomart Tokayev\"");

        String base = sparql.replace("diplograph/sparql", "");
        HttpResponse<String> ui = http.send(HttpRequest.newBuilder(URI.create(base)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("<html");

        HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(base + "diplograph/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(update.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(query(sparql, "SELECT * { ?s ?p ?o } LIMIT 1").body()).contains("\"s\"");
    }

    @Test
    void serveOnADirectoryThatDoesNotExistStartsOnANewEmptyStore() throws Exception {
        Path db = tmp.resolve("new").resolve("db");
        String sparql = startInBackground("serve", "--db", db.toString(), "--port", "0");
        HttpResponse<String> r = query(sparql, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"0\"");
        assertThat(db).isDirectory();
    }

    @Test
    void demoIngestsTheBundledArticleAndServesIt() throws Exception {
        Path db = tmp.resolve("demo");
        String sparql = startInBackground("demo", "--db", db.toString(), "--port", "0");
        HttpResponse<String> r = query(sparql, "SELECT ?id { GRAPH ?g { ?a <https://w3id.org/diplograph/ontology#articleId> ?id } }");
        assertThat(r.body()).contains("\"2025-06-07-tehran-iran-kazakhstan\"");
        // The demo's server also serves the network and the pages of its IRIs.
        String root = sparql.replace("diplograph/sparql", "");
        HttpResponse<String> network = http.send(HttpRequest.newBuilder(URI.create(root + "network")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(network.statusCode()).isEqualTo(200);
        HttpResponse<String> person = http.send(HttpRequest.newBuilder(URI.create(root + "id/person/murat-nurtleu"))
                .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(person.body()).contains("\"Murat Nurtleu\"");
    }

    @Test
    void aBaseThatIsNotAnHttpAddressIsAUsageError() {
        Cli.Result r = Cli.run("serve", "--db", tmp.resolve("x").toString(), "--base", "ftp://example.org/");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("base must be an http(s) address");
    }

    @Test
    void updateWithoutAPasswordFileIsAUsageError() {
        Cli.Result r = Cli.run("serve", "--db", tmp.resolve("x").toString(), "--update");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--update needs --password-file");
    }
}
