package diplograph;

import diplograph.read.SkippedFiles;
import java.util.List;

/**
 * What an ingest did.
 *
 * @param stored    articles written to the store
 * @param unchanged articles skipped because the store already holds the same text
 * @param failures  one line per input that was not stored: {@code FILE[:LINE]: reason}
 * @param triples   triples written
 * @param seconds   wall time
 * @param storeSeconds time the writer spent in write transactions (the store phase)
 * @param indexSeconds of the store phase, the time spent keeping the contacts index
 * @param skipped   files inside directories passed over for their type (not failures)
 */
public record IngestReport(int stored, int unchanged, List<String> failures, long triples, double seconds,
                           double storeSeconds, double indexSeconds, SkippedFiles skipped) {

    public IngestReport {
        failures = List.copyOf(failures);
        java.util.Objects.requireNonNull(skipped, "skipped");
    }

    /** The closing summary line. */
    public String summary() {
        double rate = seconds > 0 ? stored / seconds : 0;
        return String.format(java.util.Locale.ROOT,
                "ingested %d article(s), %d unchanged, %d failed, %d triples in %.2f s (%.1f articles/s; store phase %.2f s,"
                        + " of which contacts index %.2f s)",
                stored, unchanged, failures.size(), triples, seconds, rate, storeSeconds, indexSeconds);
    }
}
