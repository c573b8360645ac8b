package diplograph.cli;

import diplograph.Diplograph;
import diplograph.IngestReport;
import diplograph.store.TdbStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", description = "Ingest the bundled article into ./data/tdb2 and serve it, with sample queries.")
final class DemoCommand implements Callable<Integer> {

    /** The article the project started from, bundled in the jar. */
    static final String DEMO_ARTICLE = "2025-06-07-tehran-iran-kazakhstan.txt";

    @Spec
    CommandSpec spec;

    @Option(names = "--db", defaultValue = "data/tdb2", paramLabel = "DIR", description = "Store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        var options = server.toServerOptions();
        Path dir = Files.createTempDirectory("diplograph-demo");
        Path article = dir.resolve(DEMO_ARTICLE);
        try (InputStream in = DemoCommand.class.getResourceAsStream("/demo/" + DEMO_ARTICLE)) {
            Files.copy(in, article, StandardCopyOption.REPLACE_EXISTING);
        }
        Diplograph dg = Diplograph.standard();
        try (TdbStore store = dg.openStore(db)) {
            IngestReport report = dg.ingest(store, List.of(article), null, err::println);
            err.println(report.summary());
            err.println("Queries to try once the server is up (Ctrl-C stops it):");
            err.println("  ./diplograph query --db " + db + " who-met-whom --format csv   (after stopping it)");
            err.flush();
            Files.deleteIfExists(article);
            Files.deleteIfExists(dir);
            ServeCommand.serve(spec, store, options);
        }
        return 0;
    }
}
