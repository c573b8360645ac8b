package diplograph.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link SparqlServer} over a TDB2 store in a temporary folder and talks to it over HTTP. */
class SparqlServerIT {

    private static final String NS = "http://example.org/";
    private static final String SELECT_ALL =
            "SELECT ?s ?o WHERE { ?s <" + NS + "p> ?o } ORDER BY ?s";
    private static final String INSERT =
            "INSERT DATA { GRAPH <" + NS + "g3> { <" + NS + "s3> <" + NS + "p> \"three\" } }";
    private static final Duration LONG_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private DatasetGraph dsg;

    @BeforeEach
    void openStore() {
        dsg = DatabaseMgr.connectDatasetGraph(tmp.resolve("tdb2").toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> {
            dsg.add(iri("g1"), iri("s1"), iri("p"), NodeFactory.createLiteralString("one"));
            dsg.add(iri("g2"), iri("s2"), iri("p"), NodeFactory.createLiteralString("two"));
        });
    }

    @AfterEach
    void closeStore() {
        TDBInternal.expel(dsg);
    }

    @Test
    void selectOverTheDefaultGraphSeesEveryNamedGraph() throws Exception {
        try (SparqlServer server = SparqlServer.start(dsg, readOnly())) {
            for (String endpoint : List.of("sparql", "query", "")) {
                String url = server.baseUrl() + "diplograph" + (endpoint.isEmpty() ? "" : "/" + endpoint);
                assertThat(objects(server, url, SELECT_ALL)).as(url).containsExactly("one", "two");
            }
            HttpResponse<String> graph = get(server.baseUrl() + "diplograph/get?graph=" + NS + "g1", "text/turtle");
            assertThat(graph.statusCode()).isEqualTo(200);
            assertThat(graph.body()).contains("\"one\"").doesNotContain("\"two\"");
        }
    }

    @Test
    void servesTheUiAndTheEndpointsItCalls() throws Exception {
        try (SparqlServer server = SparqlServer.start(dsg, readOnly())) {
            HttpResponse<String> index = get(server.baseUrl());
            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.body()).contains("<title>Apache Jena Fuseki UI</title>", "<div id=\"app\">");

            Matcher script = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"").matcher(index.body());
            assertThat(script.find()).as("index.html names its script").isTrue();
            HttpResponse<String> js = get(server.baseUrl() + script.group(1));
            assertThat(js.statusCode()).isEqualTo(200);
            assertThat(js.body()).isNotBlank();

            HttpResponse<String> status = get(server.baseUrl() + "$/server");
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(status.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(status.body()).contains("\"/diplograph\"", "\"sparql\"");

            assertThat(get(server.baseUrl() + "$/ping").statusCode()).isEqualTo(200);
            assertThat(get(server.baseUrl() + "$/stats/diplograph").statusCode()).isEqualTo(200);
            assertThat(get(server.baseUrl() + "$/datasets").statusCode())
                    .as("no admin module").isEqualTo(404);
        }
    }

    @Test
    void refusesUpdatesWithoutAPasswordFile() throws Exception {
        try (SparqlServer server = SparqlServer.start(dsg, readOnly())) {
            String dataset = server.baseUrl() + "diplograph";
            assertThat(post(dataset + "/update", INSERT, "application/sparql-update", null).statusCode())
                    .isGreaterThanOrEqualTo(400);
            assertThat(post(dataset, INSERT, "application/sparql-update", null).statusCode())
                    .isGreaterThanOrEqualTo(400);
            assertThat(post(dataset, "update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8),
                            "application/x-www-form-urlencoded", null).statusCode())
                    .isGreaterThanOrEqualTo(400);
            assertThat(put(dataset + "/data?graph=" + NS + "g3", "<" + NS + "a> <" + NS + "p> \"x\" .",
                           "text/turtle", null).statusCode())
                    .isGreaterThanOrEqualTo(400);

            assertThat(objects(server, server.sparqlUrl(), SELECT_ALL)).containsExactly("one", "two");
        }
    }

    @Test
    void updatesNeedTheRightPassword() throws Exception {
        Path passwords = Files.writeString(tmp.resolve("passwords"), "editor: s3cret\n");
        SparqlServer.Options options = new SparqlServer.Options(null, 0, null, passwords);
        try (SparqlServer server = SparqlServer.start(dsg, options)) {
            String update = server.baseUrl() + "diplograph/update";
            String type = "application/sparql-update";

            assertThat(post(update, INSERT, type, null).statusCode()).isEqualTo(401);
            assertThat(post(update, INSERT, type, basic("editor", "wrong")).statusCode()).isEqualTo(401);
            assertThat(objects(server, server.sparqlUrl(), SELECT_ALL)).containsExactly("one", "two");

            assertThat(post(update, INSERT, type, basic("editor", "s3cret")).statusCode()).isBetween(200, 299);
            // Queries stay open without a login.
            assertThat(objects(server, server.sparqlUrl(), SELECT_ALL)).containsExactly("one", "two", "three");
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        try (SparqlServer server = SparqlServer.start(dsg, readOnly())) {
            assertThat(URI.create(server.sparqlUrl()).getHost()).isEqualTo("127.0.0.1");
            assertThat(server.sparqlUrl()).isEqualTo(server.baseUrl() + "diplograph/sparql");
            assertThat(server.port()).isPositive();

            Optional<InetAddress> external = nonLoopbackAddress();
            assumeThat(external).as("a non-loopback IPv4 address to test against").isPresent();
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(external.get(), server.port()), 2000);
                }
            }).isInstanceOf(IOException.class);
        }
    }

    @Test
    void stopsAQueryThatRunsPastTheTimeout() throws Exception {
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 300; i++) {
                dsg.add(iri("big"), iri("n" + i), iri("q"), iri("n" + (i + 1)));
            }
        });
        String crossJoin = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        SparqlServer.Options options = new SparqlServer.Options(null, 0, Duration.ofMillis(500), null);
        try (SparqlServer server = SparqlServer.start(dsg, options)) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(queryUrl(server.sparqlUrl(), crossJoin));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(took).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void refusesLargeRequestsAndCutsOffLargeResults() throws Exception {
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 2000; i++) {
                dsg.add(iri("big"), iri("s" + i), iri("p"), org.apache.jena.graph.NodeFactory.createLiteralString("x".repeat(100)));
            }
        });
        SparqlServer.Options options = new SparqlServer.Options(null, 0, Duration.ofSeconds(10), null, 10_000, 50_000);
        try (SparqlServer server = SparqlServer.start(dsg, options)) {
            String padded = "SELECT * { ?s ?p ?o } LIMIT 1 #" + "x".repeat(20_000);
            HttpResponse<String> big = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(padded)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(big.statusCode()).isEqualTo(413);

            HttpResponse<String> small = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString("SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(small.statusCode()).isEqualTo(200);

            boolean cutOff;
            try {
                HttpResponse<String> all = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                        .header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString("SELECT * { GRAPH ?g { ?s ?p ?o } }")).build(),
                        HttpResponse.BodyHandlers.ofString());
                cutOff = all.statusCode() >= 400 || all.body().length() < 100_000;
            } catch (java.io.IOException e) {
                cutOff = true;
            }
            assertThat(cutOff).as("a 2000-row result over the 50 kB limit does not come through whole").isTrue();
        }
    }

    private static SparqlServer.Options readOnly() {
        return SparqlServer.Options.readOnly(0);
    }

    /** Runs {@code query} at {@code endpoint} and returns the lexical forms bound to ?o, in order. */
    private List<String> objects(SparqlServer server, String endpoint, String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(queryUrl(endpoint, query)))
                .header("Accept", "application/sparql-results+json")
                .timeout(LONG_TIMEOUT)
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("query status at %s", endpoint).isEqualTo(200);
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        List<String> objects = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution row = results.next();
            objects.add(row.getLiteral("o").getLexicalForm());
        }
        return Collections.unmodifiableList(objects);
    }

    private static String queryUrl(String endpoint, String query) {
        return endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return get(url, "*/*");
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", accept)
                .timeout(LONG_TIMEOUT)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String body, String type, String authorization) throws Exception {
        return send(url, "POST", body, type, authorization);
    }

    private HttpResponse<String> put(String url, String body, String type, String authorization) throws Exception {
        return send(url, "PUT", body, type, authorization);
    }

    private HttpResponse<String> send(String url, String method, String body, String type, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", type)
                .timeout(LONG_TIMEOUT);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        // A connection of its own for each write: a server that refuses one may close the connection
        // after answering, and a pooled connection reused for the next request then fails
        // ("header parser received no bytes") although the server did the right thing.
        HttpClient once = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return once.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        String pair = user + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static Node iri(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .findFirst();
    }
}
