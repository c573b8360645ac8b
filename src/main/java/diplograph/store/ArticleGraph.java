package diplograph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * One article's RDF, ready to store: the named graph's IRI and its triples.
 *
 * @param articleId the article's id, for messages
 * @param name      the graph's IRI (the article's IRI)
 * @param graph     the triples; not changed by the store
 */
public record ArticleGraph(String articleId, Node name, Graph graph) {

    public ArticleGraph {
        java.util.Objects.requireNonNull(articleId, "articleId");
        java.util.Objects.requireNonNull(name, "name");
        java.util.Objects.requireNonNull(graph, "graph");
    }
}
