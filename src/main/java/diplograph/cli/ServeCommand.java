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

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "TDB2 store directory (created if missing).")
    java.nio.file.Path db;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        SparqlServer.Options options = server.toServerOptions();
        try (TdbStore s = Diplograph.openOrCreate(db)) {
            serve(spec, s, options);
        }
        return 0;
    }

    /** Starts the server over {@code store}, prints where it listens and how to ask it, and blocks. */
    static void serve(CommandSpec spec, TdbStore store, SparqlServer.Options options) {
        // Writes through the server keep the contacts index in step, as an ingest does.
        var dataset = options.passwordFile() != null ? store.datasetKeepingContacts() : store.dataset();
        try (SparqlServer srv = SparqlServer.start(dataset, options)) {
            var err = spec.commandLine().getErr();
            err.println("diplograph: serving " + store.directory() + " at " + srv.baseUrl()
                    + " (SPARQL: " + srv.sparqlUrl() + ")");
            err.println("  network: " + srv.baseUrl() + "network   pages: " + srv.baseUrl()
                    + "id/…   queries: " + srv.baseUrl() + "queries");
            err.println("  UI:    " + srv.baseUrl() + "  (dataset /diplograph; read-only"
                    + (options.passwordFile() != null ? ", updates with a password" : "") + ")");
            err.println("  try:   curl -s " + srv.sparqlUrl() + " -H 'Accept: text/csv' --data-urlencode "
                    + "'query=SELECT ?name WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> ; "
                    + "<http://www.w3.org/2000/01/rdf-schema#label> ?name }'");
            err.println("  stop:  Ctrl-C");
            err.flush();
            srv.join();
        }
    }
}
