package diplograph;

import diplograph.map.Iris;
import diplograph.map.Vocab;
import diplograph.model.Article;
import diplograph.read.ReadOutcome;
import diplograph.store.ArticleGraph;
import diplograph.store.TdbStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;

/**
 * One ingest run: the calling thread reads, a pool of extraction threads analyses, extracts and
 * maps, and one writer thread commits batches of article graphs to the store. The queues between
 * them are bounded, so memory stays bounded however large the corpus.
 */
final class Ingestion {

    /** Marks the end of the work in the writer's queue. */
    private final TdbStore.Checked end;

    private final Diplograph diplograph;
    private final TdbStore store;
    private final int threads;
    private final int batchSize;
    private final Consumer<String> problems;
    private final Consumer<Long> progress;

    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong triples = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong storeNanos = new AtomicLong();

    Ingestion(Diplograph diplograph, TdbStore store, int threads, int batchSize, Consumer<String> problems,
              Consumer<Long> progress) {
        this.diplograph = diplograph;
        this.store = store;
        this.threads = threads;
        this.batchSize = batchSize;
        this.problems = problems;
        this.progress = progress;
        this.end = store.check(new ArticleGraph("", NodeFactory.createURI("urn:end"),
                org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph()));
    }

    IngestReport run(List<Path> paths, LocalDate published, long maxBytes) {
        long t0 = System.nanoTime();
        BlockingQueue<TdbStore.Checked> toWrite = new ArrayBlockingQueue<>(batchSize * 2);
        Thread writer = new Thread(() -> write(toWrite), "diplograph-writer");
        writer.start();
        ExecutorService extractors = java.util.concurrent.Executors.newFixedThreadPool(threads);
        // At most a few articles wait per thread: the reader blocks rather than filling memory,
        // and never extracts itself, so the cores go to the extraction threads and the writer.
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(threads * 4);
        try {
            diplograph.read(paths, published, maxBytes, outcome -> {
                if (outcome instanceof ReadOutcome.Rejected r) {
                    fail(r.message());
                    tick();
                    return;
                }
                Article a = ((ReadOutcome.Read) outcome).article();
                if (isStoredUnchanged(a)) {
                    unchanged.incrementAndGet();
                    tick();
                    return;
                }
                slots.acquireUninterruptibly();
                extractors.execute(() -> {
                    try {
                        extract(a, toWrite);
                    } finally {
                        slots.release();
                    }
                });
            });
        } finally {
            extractors.shutdown();
            awaitQuietly(extractors);
            putQuietly(toWrite, end);
            joinQuietly(writer);
        }
        return new IngestReport((int) stored.get(), (int) unchanged.get(), failures, triples.get(),
                (System.nanoTime() - t0) / 1e9, storeNanos.get() / 1e9);
    }

    private void extract(Article a, BlockingQueue<TdbStore.Checked> toWrite) {
        try {
            // Validation runs here, on the extraction threads, rather than in the single writer.
            putQuietly(toWrite, store.check(
                    new ArticleGraph(a.id(), Iris.article(a), diplograph.graph(diplograph.extract(a)))));
        } catch (RuntimeException e) {
            // One article's failure never stops the others.
            fail(a.source() + ": extraction failed: " + e);
            tick();
        }
    }

    private void write(BlockingQueue<TdbStore.Checked> queue) {
        List<TdbStore.Checked> batch = new ArrayList<>(batchSize);
        try {
            while (true) {
                TdbStore.Checked g = queue.poll(200, TimeUnit.MILLISECONDS);
                if (g == end) {
                    flush(batch);
                    return;
                }
                if (g != null) {
                    batch.add(g);
                }
                if (batch.size() >= batchSize || g == null && !batch.isEmpty()) {
                    flush(batch);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            fail("store: write failed, batch not stored: " + e);
        }
    }

    private void flush(List<TdbStore.Checked> batch) {
        if (batch.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        List<TdbStore.WriteResult> results = store.writeChecked(batch);
        storeNanos.addAndGet(System.nanoTime() - t0);
        for (TdbStore.WriteResult r : results) {
            if (r.stored()) {
                stored.incrementAndGet();
            } else {
                fail(r.articleId() + ": not stored: " + r.problem());
            }
        }
        batch.stream().filter(TdbStore.Checked::conforms).forEach(c -> triples.addAndGet(c.graph().graph().size()));
        for (int i = 0; i < batch.size(); i++) {
            tick();
        }
        batch.clear();
    }

    private boolean isStoredUnchanged(Article a) {
        Node graph = Iris.article(a);
        Node hash = NodeFactory.createLiteralString(a.sha256());
        return Txn.calculateRead(store.dataset(), () -> store.dataset().contains(graph, graph, Vocab.SHA256, hash));
    }

    private void fail(String message) {
        failures.add(message);
        synchronized (problems) {
            problems.accept(message);
        }
    }

    private void tick() {
        progress.accept(done.incrementAndGet());
    }

    private static void putQuietly(BlockingQueue<TdbStore.Checked> q, TdbStore.Checked g) {
        try {
            q.put(g);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
