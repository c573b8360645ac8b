package diplograph.cli;

import diplograph.Diplograph;
import diplograph.IngestReport;
import diplograph.store.TdbStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", description = "Read articles (.txt, .html, .jsonl files or directories) into the store, one named graph each.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store directory (created if missing); or --endpoint.")
    Path db;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories (recursive).")
    List<Path> paths;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for every article, overriding theirs.")
    LocalDate published;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--persons", paramLabel = "FILE",
            description = "A table of known persons (name, aliases, qid; tab-separated like reference/persons.tsv) to link. Repeatable.")
    List<Path> persons = new java.util.ArrayList<>();

    @Option(names = "--max-article-bytes", paramLabel = "BYTES", defaultValue = "8388608",
            description = "Larger files, and longer JSON lines, are rejected (default: ${DEFAULT-VALUE}, 8 MiB).")
    long maxBytes;

    @Option(names = "--bulk", description = {"Build a new store (the directory must not hold one), its indexes sorted and packed bottom up:",
            "for a first load of a large archive. It appears only when complete; readers wait for it."})
    boolean bulk;

    @Option(names = "--endpoint", paramLabel = "URL", description = {
            "Write to a remote SPARQL 1.1 store instead of --db: the dataset's URL (http://host:3030/ds).",
            "Article graphs are sent in batches, one request (one transaction) each: new ones in a TriG",
            "POST to --gsp-path, changed ones in a SPARQL Update to --update-path; unchanged articles",
            "are skipped, asked about in batches too."})
    String endpoint;

    @Option(names = "--sparql-path", defaultValue = "sparql", paramLabel = "PATH",
            description = "The query endpoint under --endpoint (default: ${DEFAULT-VALUE}).")
    String sparqlPath;

    @Option(names = "--gsp-path", defaultValue = "data", paramLabel = "PATH",
            description = "The Graph Store Protocol endpoint under --endpoint: new article graphs (a TriG POST to the dataset), the ontology, reference and contacts graphs (PUT) (default: ${DEFAULT-VALUE}).")
    String gspPath;

    @Option(names = "--update-path", defaultValue = "update", paramLabel = "PATH",
            description = "The SPARQL Update endpoint under --endpoint, which replaces changed article graphs (default: ${DEFAULT-VALUE}).")
    String updatePath;

    @Option(names = "--user", paramLabel = "USER", description = "User for HTTP basic authentication at --endpoint.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "A file holding the --user's password (first line).")
    Path passwordFile;

    private Integer remote(java.io.PrintWriter err) throws java.io.IOException {
        if (db != null || bulk) {
            throw new IllegalArgumentException("--endpoint writes to a remote store: it takes neither --db nor --bulk");
        }
        if (!endpoint.matches("https?://.+")) {
            throw new IllegalArgumentException("--endpoint needs an http(s) URL, got '" + endpoint + "'");
        }
        if (user != null && passwordFile == null) {
            throw new IllegalArgumentException("--user needs --password-file");
        }
        String password = passwordFile == null ? null
                : java.nio.file.Files.readAllLines(passwordFile).stream().findFirst().orElse("").strip();
        Diplograph dg = Diplograph.standard(persons);
        var remote = new diplograph.store.RemoteStore(endpoint, sparqlPath, gspPath, updatePath, user, password,
                dg.validator());
        try (Progress progress = Progress.on(err)) {
            return finish(dg.ingest(remote, paths, published, maxBytes, err::println, threads, progress), err);
        }
    }

    @Override
    public Integer call() throws java.io.IOException {
        var err = spec.commandLine().getErr();
        if (endpoint != null) {
            return remote(err);
        }
        if (db == null) {
            throw new IllegalArgumentException("ingest needs --db DIR or --endpoint URL");
        }
        Diplograph dg = Diplograph.standard(persons);
        if (bulk) {
            try (Progress progress = Progress.on(err)) {
                return finish(dg.bulkIngest(db, paths, published, maxBytes, err::println, threads, progress), err);
            }
        }
        try (TdbStore s = dg.openStore(db); Progress progress = Progress.on(err)) {
            return finish(dg.ingest(s, paths, published, maxBytes, err::println, threads, progress), err);
        }
    }

    /**
     * Prints what was skipped (files of other types inside directories: not an error) and the
     * summary; exit 1 when an input failed.
     */
    private static int finish(IngestReport report, java.io.PrintWriter err) {
        if (report.skipped().count() > 0) {
            err.println(report.skipped().message());
        }
        err.println(report.summary());
        err.flush();
        return report.failures().isEmpty() ? 0 : 1;
    }
}
