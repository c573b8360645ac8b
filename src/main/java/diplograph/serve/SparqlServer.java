package diplograph.serve;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.sparql.core.DatasetGraph;

/** Placeholder until the full server lands (replaced in the same change). */
public final class SparqlServer implements AutoCloseable {

    public record Options(String host, int port, Duration queryTimeout, Path passwordFile) {
    }

    private final FusekiServer server;
    private final String host;

    private SparqlServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    public static SparqlServer start(DatasetGraph dsg, Options options) {
        FusekiServer s = FusekiServer.create().port(options.port()).loopback(true)
                .fusekiModules(FusekiModules.empty()).add("/diplograph", dsg, false).build().start();
        return new SparqlServer(s, options.host());
    }

    public int port() {
        return server.getHttpPort();
    }

    public String baseUrl() {
        return "http://" + host + ":" + port() + "/";
    }

    public String sparqlUrl() {
        return baseUrl() + "diplograph/sparql";
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
