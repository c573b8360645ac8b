package diplograph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Checks graphs against {@code ontology/shapes.ttl}. Thread-safe once built. */
public final class Validator {

    private final Shapes shapes;

    public Validator() {
        this.shapes = Shapes.parse(diplograph.lexicon.DataFiles.turtle("/ontology/shapes.ttl"));
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
