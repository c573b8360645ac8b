package diplograph;

import diplograph.store.ArticleGraph;
import diplograph.store.GraphText;
import diplograph.store.RemoteStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The writer side of an ingest into a remote store: article graphs gathered into two batches, one
 * request (one transaction at the store) each — graphs new to the store, added with a TriG POST,
 * and graphs it may hold ({@link GraphsPresent}), replaced with a SPARQL Update. The additions are
 * always sent before the replacements, so a graph added and then replaced in one run ends as its
 * last text. A batch is bounded in bytes, to stay under the request limits servers and proxies set
 * ({@code serve} refuses more than 4 MiB by default, nginx 1 MiB), and in articles; the caller also
 * flushes when no graph came for a moment, so a slow trickle still lands.
 *
 * <p>A batch that fails after its retries is sent again article by article, so that only an
 * article the store refuses is reported and the rest of its batch lands; not when the store could
 * not be reached at all, which each article's own request would only find again, slowly. An
 * article whose addition fails is tried as a replacement before it is reported: a store that takes
 * SPARQL Update but not a TriG POST to the dataset (that is Fuseki's, not part of SPARQL 1.1) then
 * gets every later addition as an update too.
 */
final class RemoteSender {

    /** Bytes of text per request: under the common 1 MiB limit, with room for the prologue. */
    static final long BATCH_BYTES = 1_000_000;

    /** Articles per request: bounds the work one transaction gives the store, whatever the graphs' size. */
    static final int BATCH_ARTICLES = 500;

    /** What became of each article sent. */
    interface Outcome {
        void stored(ArticleGraph g);

        void failed(ArticleGraph g, RuntimeException e);
    }

    private final RemoteStore remote;
    private final GraphsPresent present;
    private final long batchBytes;
    private final Outcome outcome;
    private final Batch additions = new Batch();
    private final Batch replacements = new Batch();
    /** Whether the store takes TriG POSTs; false once one failed where an update of the same graph did not. */
    private boolean posts = true;

    RemoteSender(RemoteStore remote, GraphsPresent present, long batchBytes, Outcome outcome) {
        this.remote = remote;
        this.present = present;
        this.batchBytes = batchBytes;
        this.outcome = outcome;
    }

    /** Adds a graph to its batch, sending first what the graph would take over the bounds. */
    void add(ArticleGraph g) {
        GraphText text = new GraphText(g);
        boolean replace = !posts || present.mayHold(g.name());
        present.add(g.name());
        Batch batch = replace ? replacements : additions;
        if (!batch.graphs.isEmpty() && (batch.bytes + text.bytes() > batchBytes || batch.graphs.size() >= BATCH_ARTICLES)) {
            if (replace) {
                flush();
            } else {
                sendAdditions();
            }
        }
        batch.graphs.add(text);
        batch.bytes += text.bytes();
    }

    /** Sends both batches, the additions first. */
    void flush() {
        sendAdditions();
        List<GraphText> sending = replacements.take();
        if (sending.isEmpty()) {
            return;
        }
        try {
            remote.replace(sending);
            sending.forEach(t -> outcome.stored(t.graph()));
        } catch (RuntimeException batchFailed) {
            oneByOne(sending, batchFailed, sending.size() == 1 ? null : t -> remote.replace(List.of(t)));
        }
    }

    private void sendAdditions() {
        List<GraphText> sending = additions.take();
        if (sending.isEmpty()) {
            return;
        }
        boolean posted = posts;
        try {
            if (posted) {
                remote.add(sending);
            } else {
                remote.replace(sending);
            }
            sending.forEach(t -> outcome.stored(t.graph()));
        } catch (RuntimeException batchFailed) {
            RuntimeException postedAlone = posted && sending.size() == 1 ? batchFailed : null;
            oneByOne(sending, batchFailed, !posted && sending.size() == 1 ? null : t -> addAlone(t, postedAlone));
        }
    }

    /**
     * Adds one graph: with a POST, unless one of it alone already failed ({@code postFailed}) or the
     * store takes none; then with an update.
     */
    private void addAlone(GraphText t, RuntimeException postFailed) {
        if (posts && postFailed == null) {
            try {
                remote.add(List.of(t));
                return;
            } catch (RuntimeException e) {
                postFailed = e;
            }
        }
        if (postFailed != null && RemoteStore.unreachable(postFailed)) {
            throw postFailed;
        }
        remote.replace(List.of(t));
        if (postFailed != null) {
            posts = false; // the update took what the POST did not
        }
    }

    /**
     * Which article of a failed batch is at fault, if any, only a request of its own can tell
     * ({@code alone}; {@code null} when that would be the request that failed).
     */
    private void oneByOne(List<GraphText> batch, RuntimeException batchFailed, Request alone) {
        boolean unreachable = RemoteStore.unreachable(batchFailed);
        for (GraphText t : batch) {
            if (unreachable || alone == null) {
                outcome.failed(t.graph(), batchFailed);
                continue;
            }
            try {
                alone.send(t);
                outcome.stored(t.graph());
            } catch (RuntimeException e) {
                outcome.failed(t.graph(), e);
            }
        }
    }

    private interface Request {
        void send(GraphText t);
    }

    private static final class Batch {
        final List<GraphText> graphs = new ArrayList<>();
        long bytes;

        List<GraphText> take() {
            List<GraphText> taken = List.copyOf(graphs);
            graphs.clear();
            bytes = 0;
            return taken;
        }
    }
}
