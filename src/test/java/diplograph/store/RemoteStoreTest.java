package diplograph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A request to a remote store that may pass is retried a bounded number of times, then reported; a refusal at once. */
class RemoteStoreTest {

    private HttpServer http;
    private final AtomicInteger puts = new AtomicInteger();
    private volatile int failFirst;
    private volatile int failWith = 503;

    @BeforeEach
    void start() throws Exception {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/ds/data", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int n = puts.incrementAndGet();
            exchange.sendResponseHeaders(n <= failFirst ? failWith : 204, -1);
            exchange.close();
        });
        http.start();
    }

    @AfterEach
    void stop() {
        http.stop(0);
    }

    private RemoteStore store() {
        return new RemoteStore("http://127.0.0.1:" + http.getAddress().getPort() + "/ds", "sparql", "data", "update", null, null,
                new Validator());
    }

    private static org.apache.jena.graph.Graph graph() {
        var g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI("http://x/s"), NodeFactory.createURI("http://x/p"),
                NodeFactory.createLiteralString("o")));
        return g;
    }

    @Test
    void aPutThatFailsTwiceIsStoredOnTheThirdAttempt() {
        failFirst = 2;
        store().put(NodeFactory.createURI("http://x/g"), graph());
        assertThat(puts.get()).isEqualTo(3);
    }

    @Test
    void aPutThatKeepsFailingIsReportedAfterTheLastAttempt() {
        failFirst = Integer.MAX_VALUE;
        assertThatThrownBy(() -> store().put(NodeFactory.createURI("http://x/g"), graph())).hasMessageContaining("503");
        assertThat(puts.get()).isEqualTo(RemoteStore.ATTEMPTS);
    }

    @Test
    void aRefusalIsReportedWithoutRetrying() {
        failFirst = Integer.MAX_VALUE;
        failWith = 413;
        assertThatThrownBy(() -> store().put(NodeFactory.createURI("http://x/g"), graph())).hasMessageContaining("413");
        assertThat(puts.get()).isEqualTo(1);
    }
}
