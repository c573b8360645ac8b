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
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", description = "Check every article graph against ontology/shapes.ttl and the contacts index against the article graphs; exit 1 if one does not conform or the index is out of step.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--rebuild-contacts", description = "Rebuild the contacts index from the article graphs when it is out of step (then check it again).")
    boolean rebuild;

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
            out.println(all + " article graph(s), " + (all - bad) + " conform, " + bad + " do not");
            long stale = s.contactsOutOfStep();
            if (stale > 0 && rebuild) {
                s.rebuildContacts();
                out.println("contacts index: " + stale + " contact(s) were out of step; rebuilt from the article graphs");
                stale = s.contactsOutOfStep();
            }
            out.println(stale == 0 ? "contacts index: in step with the article graphs"
                    : "contacts index: " + stale + " contact(s) out of step with the article graphs (validate --rebuild-contacts rebuilds it)");
            out.flush();
            return bad == 0 && stale == 0 ? 0 : 1;
        }
    }
}
