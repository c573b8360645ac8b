package diplograph;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;

/**
 * The article graphs a remote store may already hold during an ingest: those its check found there
 * (with other text) and those sent in this run. Such a graph must be replaced, not added to: adding
 * to it would merge two texts' quads. Kept as 64-bit hashes of the names, so a run of a million
 * articles costs tens of megabytes; two names that share a hash only send one graph the slower,
 * replacing way, which is as correct.
 */
final class GraphsPresent {

    private final Set<Long> hashes = ConcurrentHashMap.newKeySet();

    void add(Node graph) {
        hashes.add(hash(graph.getURI()));
    }

    boolean mayHold(Node graph) {
        return hashes.contains(hash(graph.getURI()));
    }

    /** FNV-1a, 64 bits. */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
