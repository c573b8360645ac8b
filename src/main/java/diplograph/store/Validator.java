package diplograph.store;

import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/** Checks graphs against {@code ontology/shapes.ttl}. Thread-safe once built. */
public final class Validator {

    private final Shapes shapes;

    public Validator() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Validator.class.getResourceAsStream("/ontology/shapes.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/shapes.ttl missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        this.shapes = Shapes.parse(g);
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /** A one-line summary of a failed report: the first violation and how many there are. */
    public static String summary(ValidationReport report) {
        if (report.conforms()) {
            return "conforms";
        }
        ReportEntry first = report.getEntries().iterator().next();
        return report.getEntries().size() + " SHACL violation(s), first: " + first.focusNode() + " "
                + (first.resultPath() == null ? "" : first.resultPath() + " ") + first.message();
    }
}
