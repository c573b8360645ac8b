package diplograph.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The RDF data files the jar carries: the ontology and the SHACL shapes. */
public final class DataFiles {

    private DataFiles() {
    }

    /** Parses a Turtle resource such as {@code /ontology/shapes.ttl} into a new graph. */
    public static Graph turtle(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return g;
    }
}
