/**
 * Benchmark tools behind {@code diplograph bench} and {@code bench/run}: corpus replication, the
 * NLP floor, and query latency over HTTP. Not used by the pipeline itself.
 */
package diplograph.bench;
