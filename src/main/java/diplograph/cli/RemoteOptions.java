package diplograph.cli;

import diplograph.store.RemoteStore;
import diplograph.store.Validator;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** A remote SPARQL 1.1 store to write to, as {@code ingest --endpoint} and {@code follow --endpoint} take it. */
final class RemoteOptions {

    @Option(names = "--endpoint", paramLabel = "URL", description = {
            "Write to a remote SPARQL 1.1 store instead of --db: the dataset's URL (http://host:3030/ds).",
            "ingest sends article graphs in batches, one request (one transaction) each: new ones in a TriG",
            "POST to --gsp-path, changed ones in a SPARQL Update to --update-path; unchanged articles are",
            "skipped, asked about in batches too. follow sends each item's graph with its record in one SPARQL Update."})
    String endpoint;

    @Option(names = "--sparql-path", defaultValue = "sparql", paramLabel = "PATH",
            description = "The query endpoint under --endpoint (default: ${DEFAULT-VALUE}).")
    String sparqlPath;

    @Option(names = "--gsp-path", defaultValue = "data", paramLabel = "PATH",
            description = "The Graph Store Protocol endpoint under --endpoint: new article graphs (a TriG POST to the dataset), the ontology, reference and contacts graphs (PUT) (default: ${DEFAULT-VALUE}).")
    String gspPath;

    @Option(names = "--update-path", defaultValue = "update", paramLabel = "PATH",
            description = "The SPARQL Update endpoint under --endpoint, which replaces changed article graphs and takes follow's items (default: ${DEFAULT-VALUE}).")
    String updatePath;

    @Option(names = "--user", paramLabel = "USER", description = "User for HTTP basic authentication at --endpoint.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "A file holding the --user's password (first line).")
    Path passwordFile;

    /** The store at {@link #endpoint}, checked: an http(s) URL, and a password file with a user. */
    RemoteStore store(Validator validator) throws java.io.IOException {
        if (!endpoint.matches("https?://.+")) {
            throw new IllegalArgumentException("--endpoint needs an http(s) URL, got '" + endpoint + "'");
        }
        if (user != null && passwordFile == null) {
            throw new IllegalArgumentException("--user needs --password-file");
        }
        String password = passwordFile == null ? null
                : java.nio.file.Files.readAllLines(passwordFile).stream().findFirst().orElse("").strip();
        return new RemoteStore(endpoint, sparqlPath, gspPath, updatePath, user, password, validator);
    }
}
