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
import java.util.Set;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
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
 * per article, as a local store keeps it: {@link #keepContacts} recomputes from the endpoint the
 * contacts of the events the run's graphs touched, once, at the end of a run, and writes those that
 * differ. The ontology and reference graphs are written with a Graph Store Protocol PUT, which
 * replaces a graph.
 */
public final class RemoteStore {

    /** Attempts per request, when it fails for a reason that may pass, before the failure is reported. */
    public static final int ATTEMPTS = 3;

    /** SPARQL 1.1's result formats, the quickest to read first; the endpoint answers with one it has. */
    private static final String SELECT_ACCEPT = "text/tab-separated-values, application/sparql-results+json;q=0.9, "
            + "application/sparql-results+xml;q=0.8";
    /** Likewise for graphs: N-Triples is the quickest to read. */
    private static final String GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8";

    /** Queries {@link #keepContacts} runs at once. */
    private static final int QUERIES_AT_ONCE = 3;

    private final String dataset;
    private final String queryEndpoint;
    private final String gspEndpoint;
    private final String updateEndpoint;
    private final HttpClient http;
    private final Validator validator;
    /** The contact events of the graphs written (and of those replaced) since the index was last kept. */
    private final Set<Node> touched = java.util.concurrent.ConcurrentHashMap.newKeySet();

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
        graphs.forEach(t -> touched.addAll(ContactsIndex.eventsOf(t.graph().graph())));
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
        replace(graphs, "");
    }

    /**
     * Replaces graphs the endpoint may hold and runs {@code andThen} (more SPARQL Update
     * operations, or nothing), in one request: all of it or, when it fails, none. The contact
     * events the graphs held are asked first, so that the contacts they gave are recomputed
     * ({@link #keepContacts}) even when the new text no longer has them.
     *
     * @throws RuntimeException the last failure, when every attempt failed or the store refused it
     */
    public void replace(List<GraphText> graphs, String andThen) {
        List<Node> names = graphs.stream().map(t -> t.graph().name()).distinct().toList();
        for (List<Node> some : ContactsIndex.batches(names)) {
            select(ContactsIndex.eventsQuery(some)).forEach(row -> touched.add(row.get("event")));
        }
        graphs.forEach(t -> touched.addAll(ContactsIndex.eventsOf(t.graph().graph())));
        update(GraphText.update(graphs) + andThen);
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
     * Brings the endpoint's contacts index in step with the graphs written through this store
     * since it was last kept: once, at the end of an ingest or a poll, rather than after every
     * article. Only the contacts of the events those graphs give (or gave, before a replacement)
     * are recomputed from the endpoint's article graphs, and only those that differ from the
     * stored ones are written, in SPARQL Updates that delete and insert them; a store that keeps
     * the index itself, as {@code serve --update} does at each commit, gets no write. A store
     * without a contacts graph, or with one written before it held reports, gets the whole index, computed from every article graph it holds
     * ({@link #putContacts}), so that graphs written by other means are counted too.
     *
     * <p>The work is that of the run, not of the store: at 100,000 stored articles a poll that
     * brought ten costs ten articles' contacts.
     *
     * @throws RuntimeException when a query or an update fails; the events stay noted, for the next call
     */
    public void keepContacts() {
        Set<Node> events = Set.copyOf(touched);
        // No contacts graph, or one written before it held reports: the whole index is computed.
        if (!ask(ContactsIndex.HAS_REPORTS)) {
            putContacts();
            touched.removeAll(events);
            return;
        }
        List<Node> sorted = events.stream().sorted(java.util.Comparator.comparing(Node::getURI)).toList();
        // Per few hundred events, the contacts their reports give and those stored: queries that
        // do not depend on one another, so a few run at once and the endpoint's cores share them.
        List<java.util.concurrent.Callable<Graph>> freshQueries = new java.util.ArrayList<>();
        List<java.util.concurrent.Callable<Graph>> storedQueries = new java.util.ArrayList<>();
        for (List<Node> some : ContactsIndex.batches(sorted)) {
            freshQueries.add(() -> ContactsIndex.compute(this::selectRows, some));
            storedQueries.add(() -> construct(ContactsIndex.storedQuery(some)));
        }
        Graph fresh = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        Graph stored = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(QUERIES_AT_ONCE, r -> {
            Thread t = new Thread(r, "diplograph-contacts");
            t.setDaemon(true);
            return t;
        });
        try {
            var freshAnswers = freshQueries.stream().map(pool::submit).toList();
            var storedAnswers = storedQueries.stream().map(pool::submit).toList();
            for (var answer : freshAnswers) {
                GraphUtil.addInto(fresh, answer.get());
            }
            for (var answer : storedAnswers) {
                GraphUtil.addInto(stored, answer.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keeping the contacts index", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<Node, Set<org.apache.jena.graph.Triple>> want = bySubject(fresh);
        Map<Node, Set<org.apache.jena.graph.Triple>> have = bySubject(stored);
        Set<Node> subjects = new java.util.TreeSet<>(java.util.Comparator.comparing(Node::getURI));
        subjects.addAll(want.keySet());
        subjects.addAll(have.keySet());
        subjects.removeIf(c -> want.getOrDefault(c, Set.of()).equals(have.getOrDefault(c, Set.of())));
        StringBuilder update = new StringBuilder();
        StringBuilder inserts = new StringBuilder();
        int inRequest = 0;
        String graph = "GRAPH <" + Vocab.CONTACTS_GRAPH.getURI() + "> ";
        for (Node c : subjects) {
            if (have.containsKey(c)) {
                update.append("DELETE WHERE { ").append(graph).append("{ <").append(c.getURI()).append("> ?p ?o } } ;\n");
            }
            inserts.append(GraphText.nTriples(want.getOrDefault(c, Set.of())));
            if (++inRequest == ContactsIndex.EVENTS_PER_QUERY) {
                update(update.append("INSERT DATA { ").append(graph).append("{\n").append(inserts).append("} }\n").toString());
                update.setLength(0);
                inserts.setLength(0);
                inRequest = 0;
            }
        }
        if (inRequest > 0) {
            update(update.append("INSERT DATA { ").append(graph).append("{\n").append(inserts).append("} }\n").toString());
        }
        touched.removeAll(events);
    }

    /** The graph a CONSTRUCT query gives at the endpoint, asked for as N-Triples where it gives them. */
    private Graph construct(String query) {
        Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        attempt("CONSTRUCT at " + queryEndpoint, () -> {
            graph.clear();
            try (QueryExecHTTP exec = QueryExecHTTP.service(queryEndpoint).httpClient(http)
                    .acceptHeaderGraph(GRAPH_ACCEPT).query(query).build()) {
                exec.construct(graph);
            }
        });
        return graph;
    }

    private static Map<Node, Set<org.apache.jena.graph.Triple>> bySubject(Graph g) {
        Map<Node, Set<org.apache.jena.graph.Triple>> by = new HashMap<>();
        g.find().forEachRemaining(t -> by.computeIfAbsent(t.getSubject(), s -> new java.util.HashSet<>()).add(t));
        return by;
    }

    /**
     * The rows of a SELECT, asked for as tab-separated values where the endpoint gives them: the
     * contact reports are large answers, which the client reads in about two thirds of the time
     * JSON takes (and the endpoint writes faster too).
     */
    private org.apache.jena.sparql.exec.RowSet selectRows(String query) {
        org.apache.jena.sparql.exec.RowSet[] rows = new org.apache.jena.sparql.exec.RowSet[1];
        attempt("SELECT at " + queryEndpoint, () -> {
            try (QueryExecHTTP exec = QueryExecHTTP.service(queryEndpoint).httpClient(http)
                    .acceptHeaderSelectQuery(SELECT_ACCEPT).query(query).build()) {
                rows[0] = exec.select().materialize();
            }
        });
        return rows[0];
    }

    private boolean ask(String query) {
        boolean[] answer = new boolean[1];
        attempt("ASK at " + queryEndpoint, () -> {
            try (QueryExecHTTP exec = QueryExecHTTP.service(queryEndpoint).httpClient(http).query(query).build()) {
                answer[0] = exec.ask();
            }
        });
        return answer[0];
    }

    /**
     * Computes the whole contacts index from the article graphs the endpoint holds (SELECT queries
     * of a few hundred events each) and PUTs it as its graph: for an endpoint that holds none.
     *
     * @throws RuntimeException when a query or the PUT fails
     */
    private void putContacts() {
        put(Vocab.CONTACTS_GRAPH, ContactsIndex.compute(this::selectRows));
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
