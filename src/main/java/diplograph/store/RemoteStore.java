package diplograph.store;

import diplograph.map.Vocab;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.http.HttpOp;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;

/**
 * Any SPARQL 1.1 store as the target of an ingest. Article graphs are written in batches, one
 * request each ({@link GraphText}): graphs the store does not hold are added with a Graph Store
 * Protocol POST of TriG to the dataset, graphs it may hold are replaced with a SPARQL Update that
 * drops and inserts each. A store such as Fuseki runs a request as one transaction, so a batch
 * lands whole or not at all, and a re-ingest stays idempotent. Which articles are stored, and with
 * which text, is asked with one SELECT per batch of graph names. Per-request overhead (a commit, a
 * round trip) is what made one request per article slow.
 *
 * <p>A request that fails for a reason that may pass (no answer, a 5xx, 408, 429) is retried a
 * bounded number of times; a refusal (another 4xx) is not. The contacts index is not kept in step
 * per article, as a local store keeps it: {@link #putContacts} recomputes it from the endpoint and
 * replaces it once, at the end of a run. It, and the ontology and reference graphs, are written
 * with a Graph Store Protocol PUT, which replaces a graph.
 */
public final class RemoteStore {

    /** Attempts per request, when it fails for a reason that may pass, before the failure is reported. */
    public static final int ATTEMPTS = 3;

    private final String dataset;
    private final String queryEndpoint;
    private final String gspEndpoint;
    private final String updateEndpoint;
    private final HttpClient http;
    private final Validator validator;

    /**
     * @param dataset  the dataset's URL ({@code http://host:3030/ds}); its query, Graph Store and
     *                 update endpoints are {@code sparqlPath}, {@code gspPath} and {@code updatePath}
     *                 under it (Fuseki's "sparql", "data" and "update")
     * @param user     a user for HTTP basic authentication, or {@code null}
     * @param password its password
     */
    public RemoteStore(String dataset, String sparqlPath, String gspPath, String updatePath, String user,
                       String password, Validator validator) {
        String base = dataset.replaceAll("/+$", "");
        this.dataset = base;
        this.queryEndpoint = base + "/" + sparqlPath;
        this.gspEndpoint = base + "/" + gspPath;
        this.updateEndpoint = base + "/" + updatePath;
        this.validator = validator;
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (user != null) {
            b.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password.toCharArray());
                }
            });
        }
        this.http = b.build();
    }

    /** Validates one graph against the shapes, as a local store does before it writes. */
    public TdbStore.Checked check(ArticleGraph g) {
        return TdbStore.checked(g, validator);
    }

    /**
     * Of these graphs, those the endpoint holds, each with the SHA-256 of the article text it
     * holds (empty when it holds none): one SELECT for all of them. A graph held without a hash
     * is listed too, so that it is replaced rather than added to.
     *
     * @throws RuntimeException the last failure, when every attempt failed
     */
    public Map<Node, String> held(Collection<Node> graphs) {
        Map<Node, String> held = new HashMap<>();
        if (graphs.isEmpty()) {
            return held;
        }
        StringBuilder q = new StringBuilder("SELECT ?g ?sha WHERE { VALUES ?g {");
        graphs.forEach(g -> q.append(" <").append(g.getURI()).append('>'));
        // Not GRAPH ?g { OPTIONAL { … } }: TDB2 answers that with a row even for a graph it does not hold.
        q.append(" } FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } OPTIONAL { GRAPH ?g { ?g <").append(Vocab.SHA256.getURI())
                .append("> ?sha } } }");
        attempt("SELECT at " + queryEndpoint, () -> {
            held.clear();
            try (QueryExecHTTP exec = QueryExecHTTP.service(queryEndpoint).httpClient(http).query(q.toString()).build()) {
                exec.select().forEachRemaining(row -> {
                    Node sha = row.get("sha");
                    held.merge(row.get("g"), sha != null && sha.isLiteral() ? sha.getLiteralLexicalForm() : "",
                            (a, b) -> a.isEmpty() ? b : a);
                });
            }
        });
        return held;
    }

    /**
     * Adds graphs the endpoint does not hold, in one Graph Store Protocol POST of TriG to the
     * dataset: all of them or, when it fails, none. Sending the same graphs again changes nothing,
     * so a retry after a lost answer is safe.
     *
     * @throws RuntimeException the last failure, when every attempt failed or the store refused it
     */
    public void add(List<GraphText> graphs) {
        String trig = GraphText.trig(graphs);
        attempt("POST to " + gspEndpoint, () -> HttpOp.httpPost(http, gspEndpoint, WebContent.contentTypeTriG,
                HttpRequest.BodyPublishers.ofString(trig, StandardCharsets.UTF_8)));
    }

    /**
     * Replaces graphs the endpoint may hold, in one SPARQL Update request: all of them or, when it
     * fails, none.
     *
     * @throws RuntimeException the last failure, when every attempt failed or the store refused it
     */
    public void replace(List<GraphText> graphs) {
        update(GraphText.update(graphs));
    }

    /**
     * The rows of a SELECT at the endpoint, each variable's value by name.
     *
     * @throws RuntimeException the last failure, when every attempt failed
     */
    public List<Map<String, Node>> select(String query) {
        List<Map<String, Node>> rows = new java.util.ArrayList<>();
        attempt("SELECT at " + queryEndpoint, () -> {
            rows.clear();
            try (QueryExecHTTP exec = QueryExecHTTP.service(queryEndpoint).httpClient(http).query(query).build()) {
                exec.select().forEachRemaining(b -> {
                    Map<String, Node> row = new HashMap<>();
                    b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v)));
                    rows.add(row);
                });
            }
        });
        return rows;
    }

    /**
     * Runs one SPARQL Update request at the endpoint: all of it or, when it fails, none.
     *
     * @throws RuntimeException the last failure, when every attempt failed or the store refused it
     */
    public void update(String update) {
        attempt("update at " + updateEndpoint, () -> HttpOp.httpPost(http, updateEndpoint, WebContent.contentTypeSPARQLUpdate,
                HttpRequest.BodyPublishers.ofString(update, StandardCharsets.UTF_8)));
    }

    /**
     * Replaces one named graph at the endpoint with the Graph Store Protocol.
     *
     * @throws RuntimeException the last failure, when every attempt failed or the store refused it
     */
    public void put(Node name, Graph graph) {
        attempt("PUT to " + gspEndpoint, () -> GSP.service(gspEndpoint).httpClient(http).graphName(name).PUT(graph));
    }

    /**
     * Runs a request up to {@link #ATTEMPTS} times while it fails for a reason that may pass; a
     * refusal such as 400, 401 or 413 would only be refused again.
     *
     * @param what the request, for the message of its failure
     * @throws Failure the last failure
     */
    private static void attempt(String what, Runnable request) {
        for (int attempt = 1; ; attempt++) {
            try {
                request.run();
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !mayPass(e)) {
                    throw new Failure(what + " failed" + (attempt > 1 ? " " + attempt + " times" : "") + ": "
                            + firstLine(e), e);
                }
                sleep(250L * attempt);
            }
        }
    }

    /** A request to the endpoint that failed: its message names the request and the last answer. */
    public static final class Failure extends RuntimeException {
        Failure(String message, RuntimeException cause) {
            super(message, cause);
        }
    }

    private static String firstLine(RuntimeException e) {
        return String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
    }

    /** Whether a request failed for want of an answer (no connection, a timeout), not for the store's refusal. */
    public static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /** No answer (status -1), a server error, a timeout or too many requests. */
    static boolean mayPass(RuntimeException e) {
        if (!(e instanceof HttpException h) || h.getStatusCode() < 0) {
            return true;
        }
        int status = h.getStatusCode();
        return status >= 500 || status == 408 || status == 429;
    }

    /**
     * Computes the contacts index from the article graphs the endpoint holds (SELECT queries of a
     * few hundred events each) and PUTs it as its graph, replacing the one there unless that is
     * the same: once, at the end of an ingest, rather than after every article.
     *
     * @throws RuntimeException when a query or the PUT fails
     */
    public void putContacts() {
        Graph contacts = ContactsIndex.compute(query -> {
            try (QueryExecHTTP exec = QueryExecHTTP.service(queryEndpoint).httpClient(http).query(query).build()) {
                return exec.select().materialize();
            }
        });
        // A store that keeps the index itself, as serve --update does at each commit, holds it
        // already; writing it again would make the store delete and insert every contact for nothing.
        if (!holds(Vocab.CONTACTS_GRAPH, contacts)) {
            put(Vocab.CONTACTS_GRAPH, contacts);
        }
    }

    /** Whether the endpoint holds exactly this graph under this name (false when it cannot say). */
    private boolean holds(Node name, Graph graph) {
        try {
            return GSP.service(gspEndpoint).httpClient(http).graphName(name).GET().isIsomorphicWith(graph);
        } catch (RuntimeException e) {
            return false; // none held (404), or no answer: the PUT will tell
        }
    }

    /** The dataset written to, for messages. */
    public String describe() {
        return dataset;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
