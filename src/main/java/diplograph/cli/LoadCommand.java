package diplograph.cli;

import diplograph.Diplograph;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RiotException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load", description = {
        "Build a new store from N-Quads (or TriG) produced elsewhere — an export, the Spark job's output —",
        "plain or gzipped, its indexes sorted and packed bottom up. The directory must not hold a store; the new one",
        "appears only when complete, and a file that does not parse stores nothing."})
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = ".nq, .nq.gz, .trig, .trig.gz")
    List<Path> files;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        try {
            long quads = Diplograph.loadQuads(store.db, files);
            err.printf("loaded %d file(s) into %s: %d quads in %.2f s%n", files.size(), store.db, quads,
                    (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (RiotException e) {
            err.println(e.getMessage().lines().findFirst().orElse(String.valueOf(e)));
            return 1;
        }
    }
}
