package diplograph;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import diplograph.store.ArticleGraph;
import diplograph.store.RemoteStore;
import diplograph.store.Validator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How batches reach a store that answers in a scripted way: a retried batch lands whole; a store
 * that takes no TriG POST gets the graphs as updates; a store that cannot be reached costs one
 * batch's attempts, not every article's.
 */
class RemoteSenderTest {

    private HttpServer http;
    /** "POST data" or "POST update" per request, with the number of graphs in it. */
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile int postStatus = 204;
    private volatile int failFirst;

    private final List<String> stored = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private final GraphsPresent present = new GraphsPresent();

    @BeforeEach
    void start() throws Exception {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        for (String endpoint : List.of("data", "update")) {
            http.createContext("/ds/" + endpoint, exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                int n = requests.size();
                int graphs = body.split("GRAPH <", -1).length - 1; // an update names each graph twice: DROP, INSERT
                requests.add(endpoint + " " + graphs / (endpoint.equals("update") ? 2 : 1));
                int status = n < failFirst ? 503 : endpoint.equals("data") ? postStatus : 204;
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
        }
        // Before a replacement the store is asked which contact events the graphs held: none here.
        http.createContext("/ds/sparql", exchange -> {
            byte[] none = "{\"head\":{\"vars\":[\"event\"]},\"results\":{\"bindings\":[]}}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, none.length);
            exchange.getResponseBody().write(none);
            exchange.close();
        });
        http.start();
    }

    @AfterEach
    void stop() {
        if (http != null) {
            http.stop(0);
        }
    }

    private RemoteSender sender(int port) {
        var store = new RemoteStore("http://127.0.0.1:" + port + "/ds", "sparql", "data", "update", null, null,
                new Validator());
        return new RemoteSender(store, present, RemoteSender.BATCH_BYTES, new RemoteSender.Outcome() {
            @Override
            public void stored(ArticleGraph g) {
                stored.add(g.articleId());
            }

            @Override
            public void failed(ArticleGraph g, RuntimeException e) {
                failed.add(g.articleId() + ": " + e.getMessage());
            }
        });
    }

    private static ArticleGraph graph(String id) {
        var g = GraphFactory.createDefaultGraph();
        var name = NodeFactory.createURI("http://x/article/" + id);
        g.add(Triple.create(name, NodeFactory.createURI("http://x/p"), NodeFactory.createLiteralString(id)));
        return new ArticleGraph(id, name, g);
    }

    @Test
    void aBatchThatFailsOnceLandsWholeOnTheRetry() {
        failFirst = 1;
        RemoteSender s = sender(http.getAddress().getPort());
        List.of("a", "b", "c").forEach(id -> s.add(graph(id)));
        s.flush();
        assertThat(stored).containsExactly("a", "b", "c");
        assertThat(requests).containsExactly("data 3", "data 3");
    }

    @Test
    void aGraphSentTwiceIsReplacedTheSecondTimeAfterItsAddition() {
        RemoteSender s = sender(http.getAddress().getPort());
        s.add(graph("a"));
        s.add(graph("b"));
        s.add(graph("a"));
        s.flush();
        assertThat(stored).containsExactly("a", "b", "a");
        assertThat(requests).containsExactly("data 2", "update 1");
    }

    @Test
    void aStoreThatTakesNoTrigPostGetsUpdates() {
        postStatus = 415;
        RemoteSender s = sender(http.getAddress().getPort());
        List.of("a", "b", "c").forEach(id -> s.add(graph(id)));
        s.flush();
        s.add(graph("d"));
        s.flush();
        assertThat(stored).containsExactly("a", "b", "c", "d");
        assertThat(failed).isEmpty();
        // The batch, then its first graph alone, are refused; from then on, only updates.
        assertThat(requests).containsExactly("data 3", "data 1", "update 1", "update 1", "update 1", "update 1");
    }

    @Test
    void aStoreThatCannotBeReachedCostsOneBatchOfAttempts() {
        int port = http.getAddress().getPort();
        http.stop(0);
        http = null;
        RemoteSender s = sender(port);
        List.of("a", "b", "c").forEach(id -> s.add(graph(id)));
        s.flush();
        assertThat(stored).isEmpty();
        assertThat(failed).hasSize(3).allMatch(m -> m.contains("failed " + RemoteStore.ATTEMPTS + " times"));
    }
}
