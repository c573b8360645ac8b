package diplograph.cli;

import diplograph.Diplograph;
import diplograph.IngestReport;
import diplograph.store.TdbStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ingest", description = "Read articles (.txt, .html, .jsonl files or directories) into the store, one named graph each.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

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

    @Option(names = "--bulk", description = {"Build a new store (the directory must not hold one) with Jena's parallel bulk loader:",
            "for a first load of a large archive. It appears only when complete; readers wait for it."})
    boolean bulk;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Diplograph dg = Diplograph.standard(persons);
        if (bulk) {
            try (Progress progress = Progress.on(err)) {
                IngestReport report = dg.bulkIngest(store.db, paths, published, maxBytes, err::println, threads, progress);
                err.println(report.summary());
                err.flush();
                return report.failures().isEmpty() ? 0 : 1;
            }
        }
        try (TdbStore s = dg.openStore(store.db); Progress progress = Progress.on(err)) {
            IngestReport report = dg.ingest(s, paths, published, maxBytes, err::println, threads, progress);
            err.println(report.summary());
            err.flush();
            return report.failures().isEmpty() ? 0 : 1;
        }
    }
}
