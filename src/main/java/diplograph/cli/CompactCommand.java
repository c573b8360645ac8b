package diplograph.cli;

import diplograph.Diplograph;
import diplograph.store.StoreStats;
import diplograph.store.TdbStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "compact", description = "Compact the TDB2 store, dropping the old index versions every write leaves behind.")
final class CompactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (TdbStore s = Diplograph.openExisting(store.db)) {
            long before = StoreStats.of(s).diskBytes();
            s.compact();
            long after = StoreStats.of(s).diskBytes();
            spec.commandLine().getErr().printf("compacted %s: %d → %d bytes%n", store.db, before, after);
        }
        return 0;
    }
}
