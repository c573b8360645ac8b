/**
 * Spark: the extraction job for a cluster, a thin adapter that runs the same pipeline per
 * partition and writes gzipped N-Quads; Spark is provided by the cluster, not bundled.
 */
package diplograph.spark;
