package diplograph.cli;

import diplograph.serve.SparqlServer;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the SPARQL server, shared by {@code serve} and {@code demo}. */
final class ServerOptions {

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only). Another address exposes the store.")
    String host;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-request-bytes", defaultValue = "4194304", paramLabel = "BYTES",
            description = "Larger requests are refused with 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--max-result-bytes", defaultValue = "268435456", paramLabel = "BYTES",
            description = "A result growing past this is cut off with an error (default: ${DEFAULT-VALUE}).")
    long maxResultBytes;

    @Option(names = "--update", description = "Enable SPARQL Update and Graph Store writes, behind HTTP basic auth (needs --password-file).")
    boolean update;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Users for --update, one 'user: password' per line.")
    Path passwordFile;

    @Option(names = "--base", paramLabel = "URL",
            description = "Public address of the server (behind a proxy, say): the minted IRIs "
                    + "https://w3id.org/diplograph/id/… are linked and served as URL/id/… (default: this server, relative links).")
    String base;

    SparqlServer.Options toServerOptions() {
        if (update && passwordFile == null) {
            throw new IllegalArgumentException("--update needs --password-file: updates are never open to anyone");
        }
        if (!update && passwordFile != null) {
            throw new IllegalArgumentException("--password-file is only used with --update");
        }
        return new SparqlServer.Options(host, port, java.time.Duration.ofSeconds(timeoutSeconds),
                update ? passwordFile : null, maxRequestBytes, maxResultBytes, base);
    }
}
