/**
 * Map stage: an {@link diplograph.model.Extraction} in, RDF triples out to a Jena
 * {@link org.apache.jena.riot.system.StreamRDF}, under {@code ontology/diplomacy.ttl}, with
 * deterministic IRIs ({@link diplograph.map.Iris}).
 */
package diplograph.map;
