/**
 * Query stage: SPARQL text (or a name from {@code queries/}) and parameters in, results out in
 * the W3C formats, run over the store's union default graph.
 */
package diplograph.query;
