package diplograph.cli;

import diplograph.Diplograph;
import diplograph.store.StoreStats;
import diplograph.store.TdbStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", description = "Print what the store holds: articles, quads, entities, events, disk size.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TdbStore s = Diplograph.openExisting(store.db)) {
            StoreStats st = StoreStats.of(s);
            out.printf("articles         %d%n", st.articles());
            out.printf("quads            %d%n", st.quads());
            out.printf("states           %d%n", st.states());
            out.printf("persons          %d%n", st.persons());
            out.printf("events           %d%n", st.events());
            out.printf("office holdings  %d%n", st.officeHoldings());
            out.printf("disk bytes       %d%n", st.diskBytes());
        }
        out.flush();
        return 0;
    }
}
