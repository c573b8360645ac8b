package diplograph;

import diplograph.map.Iris;
import diplograph.model.Article;
import diplograph.store.RemoteStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;

/**
 * The skip-unchanged check of an ingest into a remote store, asked for many articles at once: the
 * reader gathers what it reads and one query tells which of them the store holds with the same
 * text; the others go on to extraction, in the order read, and those the store holds with other
 * text are noted as present, to be replaced. A round trip per article would cost more than reading it. The batch is bounded in articles, in text (memory) and in age, so a slow reader
 * does not hold articles back; what is left is checked when reading ends ({@link #finish}).
 */
final class UnchangedCheck {

    static final int BATCH_ARTICLES = 250;
    static final long BATCH_CHARS = 16L << 20;
    static final long BATCH_NANOS = 1_000_000_000L;

    private final RemoteStore remote;
    private final GraphsPresent present;
    private final Consumer<Article> changed;
    private final Consumer<Article> unchanged;
    private final List<Article> pending = new ArrayList<>();
    private long chars;
    private long since;

    UnchangedCheck(RemoteStore remote, GraphsPresent present, Consumer<Article> changed, Consumer<Article> unchanged) {
        this.remote = remote;
        this.present = present;
        this.changed = changed;
        this.unchanged = unchanged;
    }

    void add(Article a) {
        if (pending.isEmpty()) {
            since = System.nanoTime();
        }
        pending.add(a);
        chars += a.text().length();
        if (pending.size() >= BATCH_ARTICLES || chars >= BATCH_CHARS || System.nanoTime() - since >= BATCH_NANOS) {
            finish();
        }
    }

    /** Checks the articles gathered so far and hands each on. */
    void finish() {
        if (pending.isEmpty()) {
            return;
        }
        Set<Node> graphs = new LinkedHashSet<>();
        pending.forEach(a -> graphs.add(Iris.article(a)));
        Map<Node, String> held = remote.held(graphs);
        List<Article> batch = List.copyOf(pending);
        pending.clear();
        chars = 0;
        for (Article a : batch) {
            Node graph = Iris.article(a);
            String sha256 = held.get(graph);
            if (a.sha256().equals(sha256)) {
                unchanged.accept(a);
            } else {
                if (sha256 != null) {
                    present.add(graph);
                }
                changed.accept(a);
            }
        }
    }
}
