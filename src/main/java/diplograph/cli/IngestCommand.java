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

    @picocli.CommandLine.Mixin
    RemoteOptions remote;

    private Integer remote(java.io.PrintWriter err) throws java.io.IOException {
        if (db != null || bulk) {
            throw new IllegalArgumentException("--endpoint writes to a remote store: it takes neither --db nor --bulk");
        }
        Diplograph dg = Diplograph.standard(persons);
        var store = remote.store(dg.validator());
        try (Progress progress = Progress.on(err)) {
            return finish(dg.ingest(store, paths, published, maxBytes, err::println, threads, progress), err);
        }
    }

    @Override
    public Integer call() throws java.io.IOException {
        var err = spec.commandLine().getErr();
        if (remote.endpoint != null) {
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
