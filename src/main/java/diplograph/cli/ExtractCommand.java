package diplograph.cli;

import diplograph.Diplograph;
import diplograph.read.ReadOutcome;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", description = "Print the RDF of one article without storing it.")
final class ExtractCommand implements Callable<Integer> {

    enum Format { ttl, trig, nq, jsonld }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "The article file.")
    Path path;

    @Option(names = "--format", defaultValue = "ttl", description = "ttl, trig, nq or jsonld (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date, overriding the article's.")
    LocalDate published;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Diplograph dg = Diplograph.standard();
        List<ReadOutcome> outcomes = new ArrayList<>();
        dg.read(List.of(path), published, outcomes::add);
        int status = 0;
        for (ReadOutcome o : outcomes) {
            if (o instanceof ReadOutcome.Rejected r) {
                err.println(r.message());
                status = 1;
                continue;
            }
            var article = ((ReadOutcome.Read) o).article();
            Graph g = dg.graph(dg.extract(article));
            write(Diplograph.articleGraph(article.id()), g, Output.stdout(spec));
        }
        err.flush();
        return status;
    }

    private void write(org.apache.jena.graph.Node name, Graph g, OutputStream out) {
        switch (format) {
            case ttl -> RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
            case jsonld -> RDFDataMgr.write(out, g, RDFFormat.JSONLD11);
            case trig, nq -> {
                DatasetGraph ds = DatasetGraphFactory.createGeneral();
                ds.addGraph(name, g);
                ds.prefixes().putAll(g.getPrefixMapping());
                RDFDataMgr.write(out, ds, format == Format.trig ? RDFFormat.TRIG_PRETTY : RDFFormat.NQUADS);
            }
        }
    }
}
