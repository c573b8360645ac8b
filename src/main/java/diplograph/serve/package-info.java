/**
 * Serve stage: a TDB2 dataset in, a read-only SPARQL endpoint with the Fuseki UI out.
 * {@link diplograph.serve.SparqlServer} is the entry point; updates need a password file.
 */
package diplograph.serve;
