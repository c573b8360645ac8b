package diplograph.cli;

import diplograph.Diplograph;
import diplograph.store.TdbStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "remove", description = "Drop one article's graph from the store.")
final class RemoveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "ARTICLE-ID", description = "The article id (file name without extension, or JSON Lines id).")
    String articleId;

    @Override
    public Integer call() {
        try (TdbStore s = Diplograph.openExisting(store.db)) {
            if (s.remove(Diplograph.articleGraph(articleId))) {
                spec.commandLine().getErr().println("removed " + articleId);
                return 0;
            }
            spec.commandLine().getErr().println(store.db + ": no article '" + articleId + "'");
            return 1;
        }
    }
}
