package diplograph.cli;

import diplograph.Diplograph;
import diplograph.store.TdbStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.riot.RiotException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "load-external", description = "Load an RDF file (a Wikidata or DBpedia extract…) into its own named graph, to join in SPARQL.")
final class LoadExternalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--graph", required = true, paramLabel = "IRI", description = "The named graph to load into (replaced).")
    String graph;

    @Parameters(paramLabel = "FILE", description = "N-Triples, Turtle, RDF/XML, N-Quads…; .gz is read compressed.")
    Path file;

    @Override
    public Integer call() {
        if (!IRIs.check(graph) || !graph.contains(":")) {
            throw new IllegalArgumentException("--graph needs an absolute IRI, got '" + graph + "'");
        }
        var err = spec.commandLine().getErr();
        if (!Files.isReadable(file)) {
            err.println(file + ": cannot be read");
            return 1;
        }
        try (TdbStore s = Diplograph.openExisting(store.db)) {
            long n = s.loadExternal(NodeFactory.createURI(graph), file);
            err.println("loaded " + n + " triples from " + file + " into <" + graph + ">");
            return 0;
        } catch (RiotException e) {
            err.println(file + ": not loaded: " + e.getMessage());
            return 1;
        }
    }
}
