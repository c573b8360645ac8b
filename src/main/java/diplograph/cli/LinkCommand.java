package diplograph.cli;

import diplograph.Diplograph;
import diplograph.link.ExternalLinker;
import diplograph.store.TdbStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "link", description = {
        "Link the store's persons and organizations to an external dataset loaded with load-external",
        "(Wikidata- or DBpedia-shaped), by name, office and date as with the bundled reference; writes",
        "owl:sameAs with provenance into its own named graph (replaced on every run)."})
final class LinkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--graph", required = true, paramLabel = "IRI", description = "The named graph holding the external dataset.")
    String graph;

    @Option(names = "--into", paramLabel = "IRI",
            description = "The named graph the links go to (default: the dataset's graph IRI with /links appended).")
    String into;

    @Option(names = "--show", defaultValue = "20", paramLabel = "N", description = "Links to list (default: ${DEFAULT-VALUE}).")
    int show;

    @Override
    public Integer call() {
        String target = into != null ? into : graph.replaceAll("/+$", "") + "/links";
        for (String iri : new String[] {graph, target}) {
            if (!IRIs.check(iri) || !iri.contains(":")) {
                throw new IllegalArgumentException("--graph and --into need absolute IRIs, got '" + iri + "'");
            }
        }
        Node source = NodeFactory.createURI(graph);
        Node links = NodeFactory.createURI(target);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExternalLinker linker = new ExternalLinker(Diplograph.standard().lexicon());
        try (TdbStore s = Diplograph.openExisting(store.db)) {
            boolean loaded = s.read(() -> s.dataset().containsGraph(source) && !s.dataset().getGraph(source).isEmpty());
            if (!loaded) {
                err.println("<" + graph + ">: no such graph in " + store.db + " (load it first with load-external)");
                return 1;
            }
            ExternalLinker.Result r = s.read(() -> linker.link(s.dataset(), source, links));
            s.ensureSupportGraph(links, r.graph());
            r.links().stream().limit(show).forEach(l ->
                    out.println(l.label() + "\t" + l.item().getURI() + "\t" + l.rule() + "\t" + l.confidence()));
            err.println(r.links().size() + " new link(s) to <" + graph + "> (" + r.persons() + " persons and "
                    + r.organizations() + " organizations tried); links in <" + target + ">");
            return 0;
        }
    }
}
