package diplograph.cli;

import diplograph.Diplograph;
import diplograph.query.ContactNetwork;
import diplograph.query.NetworkWriter;
import diplograph.query.QueryRunner;
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

@Command(name = "export", description = {"Dump the store, or one graph, to stdout as N-Quads or TriG (streamed);",
        "or the who-met-whom network (persons, and one edge per pair who had contacts) as GraphML or GEXF."})
final class ExportCommand implements Callable<Integer> {

    enum Format { nq, trig, graphml, gexf }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "nq", description = {"nq or trig: the quads (default: ${DEFAULT-VALUE});",
            "graphml or gexf (1.3): the who-met-whom network of the whole store, for Gephi, yEd, NetworkX, igraph."})
    Format format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph (nq and trig only: a network covers the whole store).")
    String graph;

    @Override
    public Integer call() throws Exception {
        if (format == Format.graphml || format == Format.gexf) {
            if (graph != null) {
                throw new IllegalArgumentException("--graph takes one graph of an nq or trig dump; the "
                        + format + " network always covers the whole store");
            }
            try (TdbStore s = Diplograph.openExisting(store.db); OutputStream out = Output.stdout(spec)) {
                NetworkWriter.write(ContactNetwork.of(new QueryRunner(s.dataset())),
                        format == Format.graphml ? NetworkWriter.Format.GRAPHML : NetworkWriter.Format.GEXF, out);
            }
            return 0;
        }
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
