package diplograph.cli;

import diplograph.Diplograph;
import diplograph.store.TdbStore;
import java.io.OutputStream;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Dump the store, or one graph, to stdout as N-Quads or TriG (streamed).")
final class ExportCommand implements Callable<Integer> {

    enum Format { nq, trig }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "nq", description = "nq or trig (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph.")
    String graph;

    @Override
    public Integer call() throws Exception {
        Node g = graph == null ? Node.ANY : NodeFactory.createURI(graph);
        try (TdbStore s = Diplograph.openExisting(store.db); OutputStream out = Output.stdout(spec)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out,
                    format == Format.nq ? RDFFormat.NQUADS : RDFFormat.TRIG_BLOCKS);
            Txn.executeRead(s.dataset(), () -> {
                w.start();
                s.dataset().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(w::quad);
                w.finish();
            });
        }
        return 0;
    }
}
