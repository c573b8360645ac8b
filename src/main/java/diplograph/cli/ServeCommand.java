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

    @Option(names = "--follow", arity = "1..*", paramLabel = "SOURCE", description = {
            "Also follow these feeds, news sitemaps or files listing them, as `follow` does (--every and the",
            "politeness options below apply): readers see each item once its transaction has committed."})
    java.util.List<String> followed;

    @Mixin
    FollowOptions follow;

    @Option(names = "--persons", paramLabel = "FILE",
            description = "With --follow: a table of known persons to link, as ingest takes. Repeatable.")
    java.util.List<java.nio.file.Path> persons = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        SparqlServer.Options options = server.toServerOptions();
        if (followed != null) {
            return serveAndFollow(options);
        }
        try (TdbStore s = Diplograph.openOrCreate(db)) {
            serve(spec, s, options);
        }
        return 0;
    }

    /**
     * Serves and follows in one process: the follower writes on its own thread, one write
     * transaction per item, beside the server's readers; the contacts index is kept in the same
     * transactions. Ctrl-C or SIGTERM end the follower after the item in hand, then the server.
     */
    private Integer serveAndFollow(SparqlServer.Options options) {
        var err = spec.commandLine().getErr();
        var sources = diplograph.Following.sources(followed);
        var fetcher = follow.fetcher();
        Diplograph dg = Diplograph.standard(persons);
        Stopping stopping = Stopping.onSignals();
        try (TdbStore s = dg.openStore(db)) {
            var following = dg.following(s, fetcher, follow.every, line -> FollowOptions.print(err, line));
            Thread follower = new Thread(() -> {
                try {
                    following.run(sources, false, stopping, line -> FollowOptions.printProgress(err, line));
                } catch (RuntimeException e) {
                    FollowOptions.print(err, "diplograph: following stopped: " + e.getMessage());
                } finally {
                    stopping.done();
                }
            }, "diplograph-follower");
            follower.setDaemon(true);
            follower.start();
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
