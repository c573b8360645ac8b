package diplograph.cli;

import diplograph.Diplograph;
import diplograph.store.TdbStore;
import diplograph.store.Validator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", description = "Check every article graph against ontology/shapes.ttl; exit 1 if one does not conform.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Validator validator = new Validator();
        int bad = 0;
        int all = 0;
        try (TdbStore s = Diplograph.openExisting(store.db)) {
            for (Node g : s.articleGraphs()) {
                all++;
                var report = Txn.calculateRead(s.dataset(), () -> validator.validate(s.dataset().getGraph(g)));
                if (!report.conforms()) {
                    bad++;
                    out.println(g.getURI() + ": " + Validator.summary(report));
                }
            }
        }
        out.println(all + " article graph(s), " + (all - bad) + " conform, " + bad + " do not");
        out.flush();
        return bad == 0 ? 0 : 1;
    }
}
