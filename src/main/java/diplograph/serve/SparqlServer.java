package diplograph.serve;

import diplograph.map.Vocab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded Fuseki server that serves one dataset at {@code /diplograph}, read-only unless
 * a password file is given, with the Fuseki UI at {@code /}.
 *
 * <p>Endpoints: SPARQL query at {@code /diplograph}, {@code /diplograph/sparql} and
 * {@code /diplograph/query}; Graph Store Protocol reads at {@code /diplograph/get} and
 * {@code /diplograph/data}. With a password file, {@code /diplograph/update} (SPARQL Update)
 * and {@code /diplograph/data} (Graph Store Protocol, read and write) require HTTP basic
 * authentication by a user from that file; the other endpoints stay open.
 */
public final class SparqlServer implements AutoCloseable {

    /** The dataset's path on the server. */
    public static final String DATASET = "/diplograph";

    private static final Logger LOG = LoggerFactory.getLogger(SparqlServer.class);

    /** Longest wait for the first result row; a longer overall timeout still applies to the rest. */
    private static final Duration FIRST_ROW_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Server settings.
     *
     * @param host         the interface to listen on; {@code null} means {@value #DEFAULT_HOST}
     * @param port         the TCP port, or 0 for any free port
     * @param queryTimeout the longest a query may run; {@code null} means {@link #DEFAULT_QUERY_TIMEOUT}
     * @param passwordFile {@code user: password} lines enabling authenticated updates,
     *                     or {@code null} for a read-only server
     * @param maxRequestBytes  larger requests (query text, form, upload) are refused with 413
     * @param maxResponseBytes a response growing past this is cut off with an error
     * @param base         the server's public address (e.g. {@code https://news.example.org/graph/}) that
     *                     the minted IRIs are mapped onto in links and served RDF, or {@code null}: links
     *                     relative to this server, RDF with the minted IRIs
     */
    public record Options(String host, int port, Duration queryTimeout, Path passwordFile, long maxRequestBytes,
                          long maxResponseBytes, String base) {

        /** The default request limit: ample for any query, small enough to refuse a flood. */
        public static final long DEFAULT_MAX_REQUEST_BYTES = 4L * 1024 * 1024;

        /** The default response limit: a runaway result cannot fill memory or the network. */
        public static final long DEFAULT_MAX_RESPONSE_BYTES = 256L * 1024 * 1024;

        /** Settings with the default request and response limits. */
        public Options(String host, int port, Duration queryTimeout, Path passwordFile) {
            this(host, port, queryTimeout, passwordFile, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_RESPONSE_BYTES, null);
        }

        /** Settings without a public base. */
        public Options(String host, int port, Duration queryTimeout, Path passwordFile, long maxRequestBytes,
                       long maxResponseBytes) {
            this(host, port, queryTimeout, passwordFile, maxRequestBytes, maxResponseBytes, null);
        }

        /** Loopback only: other machines must be let in explicitly. */
        public static final String DEFAULT_HOST = "127.0.0.1";

        /** The default query timeout. */
        public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(60);

        /** Validates the settings and fills in defaults. */
        public Options {
            host = host == null ? DEFAULT_HOST : host.strip();
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1); // Jetty binds "::1", not "[::1]"
            }
            if (host.isEmpty()) {
                throw new IllegalArgumentException("host is empty");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            queryTimeout = queryTimeout == null ? DEFAULT_QUERY_TIMEOUT : queryTimeout;
            if (queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw new IllegalArgumentException("query timeout must be positive: " + queryTimeout);
            }
            if (maxRequestBytes <= 0 || maxResponseBytes <= 0) {
                throw new IllegalArgumentException("size limits must be positive");
            }
            if (base != null) {
                base = base.strip();
                if (!base.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
                    throw new IllegalArgumentException("base must be an http(s) address, e.g. https://example.org/: " + base);
                }
                base = base.endsWith("/") ? base : base + "/";
            }
        }

        /** Returns read-only settings on loopback with the default timeout. */
        public static Options readOnly(int port) {
            return new Options(DEFAULT_HOST, port, DEFAULT_QUERY_TIMEOUT, null);
        }
    }

    /** Wraps Fuseki's handler in Jetty's size limits: 413 for large requests, an error for large responses. */
    private static void limitSizes(FusekiServer server, Options options) {
        org.eclipse.jetty.server.Server jetty = server.getJettyServer();
        var limits = new org.eclipse.jetty.server.handler.SizeLimitHandler(options.maxRequestBytes(),
                options.maxResponseBytes());
        limits.setHandler(jetty.getHandler());
        jetty.setHandler(limits);
    }

    private final FusekiServer server;
    private final String urlHost;
    private final UserStore users; // null when read-only

    private SparqlServer(FusekiServer server, String urlHost, UserStore users) {
        this.server = server;
        this.urlHost = urlHost;
        this.users = users;
    }

    /**
     * Starts a server over {@code dsg} and returns once it is listening.
     *
     * <p>The query timeout is set on {@code dsg}'s context, so it also applies to other
     * queries on the same dataset object. Its union-default-graph setting is left as it is.
     *
     * @throws IllegalArgumentException if the password file is not readable
     * @throws org.apache.jena.fuseki.FusekiException if the server cannot start (port in use)
     */
    public static SparqlServer start(DatasetGraph dsg, Options options) {
        Objects.requireNonNull(dsg, "dsg");
        Objects.requireNonNull(options, "options");
        Path passwordFile = options.passwordFile();
        if (passwordFile != null && !Files.isReadable(passwordFile)) {
            throw new IllegalArgumentException("password file not readable: " + passwordFile);
        }
        dsg.getContext().set(ARQ.queryTimeout, timeoutSpec(options.queryTimeout()));

        FusekiServer.Builder builder = FusekiServer.create()
                // No auto-discovered modules: above all not FMod_Admin (open dataset create/delete).
                .fusekiModules(FusekiModules.empty())
                .port(options.port())
                .add(DATASET, dataService(dsg, passwordFile != null));
        UserStore users = null;
        if (passwordFile != null) {
            // Not builder.passwordFile(): Fuseki then starts a user store (with a thread that
            // re-reads the file every 5 s) that nothing ever stops. Owning it lets close() stop it.
            users = JettySecurityLib.makeUserStore(passwordFile.toAbsolutePath().toString());
            builder.securityHandler(JettySecurityLib.makeSecurityHandler(Auth.dftRealm, users, AuthScheme.BASIC));
        }
        UiResources.install(builder);
        WebPages.install(builder, dsg, passwordFile == null, options.base());
        builder.addFilter(DATASET + "/*", new CoalescingFlushFilter());

        FusekiServer server = null;
        try {
            server = builder.build();
            bindTo(server, options.host());
            limitSizes(server, options);
            server.start();
        } catch (RuntimeException e) {
            stopQuietly(server, users);
            throw e;
        }
        SparqlServer started = new SparqlServer(server, urlHost(options.host()), users);
        LOG.info("SPARQL endpoint {} ({}; query timeout {} ms)", started.sparqlUrl(),
                 passwordFile == null ? "read-only" : "updates with password",
                 options.queryTimeout().toMillis());
        return started;
    }

    /** Returns the port the server listens on (the real one when started with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** Returns the SPARQL query endpoint, e.g. {@code http://127.0.0.1:3030/diplograph/sparql}. */
    public String sparqlUrl() {
        return baseUrl() + DATASET.substring(1) + "/sparql";
    }

    /**
     * The path under the server's root where the page of a minted IRI is served
     * ({@code https://w3id.org/diplograph/id/person/x} → {@code id/person/x}), or null for any other IRI.
     */
    public static String pagePath(String iri) {
        return iri.startsWith(Vocab.ID) ? "id/" + iri.substring(Vocab.ID.length()) : null;
    }

    /** Returns the server's root URL, where the UI is, e.g. {@code http://127.0.0.1:3030/}. */
    public String baseUrl() {
        return "http://" + urlHost + ":" + port() + "/";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops the server; the dataset is left open for the caller to close. */
    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            stopUsers(users);
        }
    }

    /** Query at the dataset and its named endpoints, GSP reads; writes only behind a login. */
    private static DataService.Builder dataService(DatasetGraph dsg, boolean withUpdate) {
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        if (withUpdate) {
            // ANY_USER = any user the password file authenticates; Fuseki adds the path constraints.
            service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                   .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
        } else {
            service.addEndpoint(Operation.GSP_R, "data");
        }
        return service;
    }

    /** Formats ARQ's "first row, overall" timeout in milliseconds; both are given so neither is unlimited. */
    static String timeoutSpec(Duration overall) {
        long firstRow = Math.min(FIRST_ROW_TIMEOUT.toMillis(), overall.toMillis());
        return firstRow + "," + overall.toMillis();
    }

    /**
     * Sets the listening interface on the built, not yet started, server: the builder only
     * offers loopback-or-all, and its loopback means "localhost", which may resolve to IPv6.
     */
    private static void bindTo(FusekiServer server, String host) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host);
            }
        }
    }

    /** Returns the host to put in URLs: brackets for IPv6, loopback for a wildcard address. */
    private static String urlHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            return Options.DEFAULT_HOST;
        }
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static void stopQuietly(FusekiServer server, UserStore users) {
        if (server != null) {
            try {
                server.getJettyServer().stop();
            } catch (Exception e) {
                LOG.debug("Stopping a server that failed to start", e);
            }
        }
        stopUsers(users);
    }

    private static void stopUsers(UserStore users) {
        if (users == null) {
            return;
        }
        try {
            users.stop();
        } catch (Exception e) {
            LOG.warn("Cannot stop the password file watcher: {}", e.toString());
        }
    }
}
