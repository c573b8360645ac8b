/**
 * Link: reconciles the store's persons and organizations with an external dataset loaded into a
 * named graph (Wikidata- or DBpedia-shaped), by the rules the extractor uses with the bundled
 * reference, and returns the {@code owl:sameAs} links with their provenance as a graph to store.
 */
package diplograph.link;
