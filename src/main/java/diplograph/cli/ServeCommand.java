package diplograph.cli;

import diplograph.Diplograph;
import diplograph.serve.SparqlServer;
import diplograph.store.TdbStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "Serve the store read-only over SPARQL with the Fuseki UI, dataset /diplograph.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        try (TdbStore s = Diplograph.openExisting(store.db)) {
            serve(spec, s, server);
        }
        return 0;
    }

    /** Starts the server over {@code store}, prints where it listens, and blocks until stopped. */
    static void serve(CommandSpec spec, TdbStore store, ServerOptions options) {
        try (SparqlServer srv = SparqlServer.start(store.dataset(), options.toServerOptions())) {
            var err = spec.commandLine().getErr();
            err.println("diplograph: serving " + store.directory() + " at " + srv.baseUrl()
                    + " (SPARQL: " + srv.sparqlUrl() + ")");
            err.flush();
            srv.join();
        }
    }
}
