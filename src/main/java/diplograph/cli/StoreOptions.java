package diplograph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option every store command takes. */
final class StoreOptions {

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 store directory (made by ingest).")
    Path db;
}
