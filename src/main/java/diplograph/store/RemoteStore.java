package diplograph.store;

import diplograph.map.Vocab;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;

/**
 * Any SPARQL 1.1 store as the target of an ingest: each article's named graph is written with the
 * Graph Store Protocol (PUT replaces the graph, so a re-ingest stays idempotent), and whether an
 * article is already stored unchanged is asked with a SPARQL ASK. A failed PUT is retried a
 * bounded number of times before the article is reported; nothing else is lost. The contacts index
 * is not kept in step per article, as a local store keeps it: {@link #putContacts} recomputes it
 * from the endpoint and replaces it once, at the end of a run.
 */
public final class RemoteStore {

    /** Attempts per article before it is reported as not stored. */
    public static final int ATTEMPTS = 3;

    private final String queryEndpoint;
    private final String gspEndpoint;
    private final HttpClient http;
    private final Validator validator;

    /**
     * @param dataset  the dataset's URL ({@code http://host:3030/ds}); its query and Graph Store
     *                 endpoints are {@code sparqlPath} and {@code gspPath} under it (Fuseki's "sparql" and "data")
     * @param user     a user for HTTP basic authentication, or {@code null}
     * @param password its password
     */
    public RemoteStore(String dataset, String sparqlPath, String gspPath, String user, String password,
                       Validator validator) {
        String base = dataset.replaceAll("/+$", "");
        this.queryEndpoint = base + "/" + sparqlPath;
        this.gspEndpoint = base + "/" + gspPath;
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

    /** Whether the endpoint holds the article's graph with this text's SHA-256. */
    public boolean holdsUnchanged(Node graph, String sha256) {
        String ask = "ASK { GRAPH <" + graph.getURI() + "> { <" + graph.getURI() + "> <" + Vocab.SHA256.getURI()
                + "> \"" + sha256 + "\" } }";
        return QueryExecHTTP.service(queryEndpoint).httpClient(http).query(ask).ask();
    }

    /**
     * Replaces one named graph at the endpoint, trying up to {@link #ATTEMPTS} times.
     *
     * @throws RuntimeException the last failure, when every attempt failed
     */
    public void put(Node name, Graph graph) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                GSP.service(gspEndpoint).httpClient(http).graphName(name).PUT(graph);
                return;
            } catch (RuntimeException e) {
                last = e;
                sleep(250L * attempt);
            }
        }
        throw last;
    }

    /**
     * Computes the contacts index from the article graphs the endpoint holds (SELECT queries of a
     * few hundred events each) and PUTs it as its graph, replacing the one there: once, at the end
     * of an ingest, rather than after every article.
     *
     * @throws RuntimeException when a query or the PUT fails
     */
    public void putContacts() {
        put(Vocab.CONTACTS_GRAPH, ContactsIndex.compute(query -> {
            try (QueryExecHTTP exec = QueryExecHTTP.service(queryEndpoint).httpClient(http).query(query).build()) {
                return exec.select().materialize();
            }
        }));
    }

    /** The Graph Store Protocol endpoint written to, for messages. */
    public String describe() {
        return gspEndpoint;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
