package diplograph;

import diplograph.map.Iris;
import diplograph.map.Vocab;
import diplograph.model.Article;
import diplograph.read.ReadOutcome;
import diplograph.read.SkippedFiles;
import diplograph.store.ArticleGraph;
import diplograph.store.RemoteStore;
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
 * One ingest run: the calling thread reads, a pool of extraction threads analyses, extracts, maps
 * and validates, and one writer thread streams the article graphs into write transactions of about
 * {@code commitQuads} quads each. The queues between them are bounded, so memory stays bounded
 * however large the corpus.
 */
final class Ingestion {

    /** Articles waiting for the writer: enough to keep the extraction threads busy while it commits. */
    private static final int QUEUED_ARTICLES = 1000;

    /** Marks the end of the work in the writer's queue. */
    private final TdbStore.Checked end;

    private final Diplograph diplograph;
    private final TdbStore store;
    private final int threads;
    private final long commitQuads;
    private final Consumer<String> problems;
    private final Consumer<Long> progress;

    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong triples = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong storeNanos = new AtomicLong();
    /** Of the store phase, the time spent keeping the contacts index. */
    private final AtomicLong indexNanos = new AtomicLong();

    /** Whether the graphs go to the bulk loader (a new store) rather than write transactions. */
    private final boolean bulk;

    Ingestion(Diplograph diplograph, TdbStore store, int threads, long commitQuads, Consumer<String> problems,
              Consumer<Long> progress) {
        this(diplograph, store, threads, commitQuads, problems, progress, false);
    }

    /** A remote SPARQL store written in batches ({@link RemoteSender}), instead of {@code store}. */
    private final RemoteStore remote;

    /** Of a remote store, the article graphs it may hold: those to replace rather than add. */
    private final GraphsPresent present = new GraphsPresent();

    Ingestion(Diplograph diplograph, TdbStore store, int threads, long commitQuads, Consumer<String> problems,
              Consumer<Long> progress, boolean bulk) {
        this(diplograph, store, null, threads, commitQuads, problems, progress, bulk);
    }

    Ingestion(Diplograph diplograph, RemoteStore remote, int threads, Consumer<String> problems, Consumer<Long> progress) {
        this(diplograph, null, remote, threads, 0, problems, progress, false);
    }

    private Ingestion(Diplograph diplograph, TdbStore store, RemoteStore remote, int threads, long commitQuads,
                      Consumer<String> problems, Consumer<Long> progress, boolean bulk) {
        this.bulk = bulk;
        this.remote = remote;
        this.diplograph = diplograph;
        this.store = store;
        this.threads = threads;
        this.commitQuads = commitQuads;
        this.problems = problems;
        this.progress = progress;
        this.end = check(new ArticleGraph("", NodeFactory.createURI("urn:end"),
                org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph()));
    }

    IngestReport run(List<Path> paths, LocalDate published, long maxBytes) {
        long t0 = System.nanoTime();
        BlockingQueue<TdbStore.Checked> toWrite = new ArrayBlockingQueue<>(QUEUED_ARTICLES);
        Thread writer = new Thread(() -> {
            if (remote != null) {
                send(toWrite);
            } else if (bulk) {
                load(toWrite);
            } else {
                write(toWrite);
            }
        }, "diplograph-writer");
        writer.start();
        ExecutorService extractors = java.util.concurrent.Executors.newFixedThreadPool(threads);
        // At most a few articles wait per thread: the reader blocks rather than filling memory,
        // and never extracts itself, so the cores go to the extraction threads and the writer.
        java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(threads * 4);
        Consumer<Article> extractLater = a -> {
            slots.acquireUninterruptibly();
            extractors.execute(() -> {
                try {
                    extract(a, toWrite);
                } finally {
                    slots.release();
                }
            });
        };
        Consumer<Article> skip = a -> {
            unchanged.incrementAndGet();
            tick();
        };
        // A remote store is asked which articles it holds unchanged many at a time; a local one per article.
        UnchangedCheck remoteCheck = remote == null ? null : new UnchangedCheck(remote, present, extractLater, skip);
        SkippedFiles skipped;
        try {
            skipped = diplograph.read(paths, published, maxBytes, outcome -> {
                if (outcome instanceof ReadOutcome.Rejected r) {
                    fail(r.message());
                    tick();
                    return;
                }
                Article a = ((ReadOutcome.Read) outcome).article();
                if (remoteCheck != null) {
                    remoteCheck.add(a);
                } else if (!bulk && isStoredUnchanged(a)) {
                    skip.accept(a);
                } else {
                    extractLater.accept(a);
                }
            });
            if (remoteCheck != null) {
                remoteCheck.finish();
            }
        } finally {
            extractors.shutdown();
            awaitQuietly(extractors);
            putQuietly(toWrite, end);
            joinQuietly(writer);
        }
        return new IngestReport((int) stored.get(), (int) unchanged.get(), failures, triples.get(),
                (System.nanoTime() - t0) / 1e9, storeNanos.get() / 1e9, indexNanos.get() / 1e9, skipped);
    }

    private void extract(Article a, BlockingQueue<TdbStore.Checked> toWrite) {
        try {
            // Validation runs here, on the extraction threads, rather than in the single writer.
            putQuietly(toWrite, check(
                    new ArticleGraph(a.id(), Iris.article(a), diplograph.graph(diplograph.extract(a)))));
        } catch (RuntimeException e) {
            // One article's failure never stops the others.
            fail(a.source() + ": extraction failed: " + e);
            tick();
        }
    }

    private void write(BlockingQueue<TdbStore.Checked> queue) {
        try (TdbStore.Writer writer = store.writer()) {
            while (true) {
                TdbStore.Checked g = queue.poll(200, TimeUnit.MILLISECONDS);
                if (g == end) {
                    commit(writer);
                    indexNanos.set(writer.indexNanos());
                    return;
                }
                if (g != null) {
                    add(writer, g);
                }
                // Commit when the transaction is big enough, or when no article came for a moment
                // (the extraction threads are behind: nothing is gained by holding it open).
                if (writer.pendingQuads() >= commitQuads || g == null && writer.pendingQuads() > 0) {
                    commit(writer);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The bulk path: every conforming graph into the bulk loader, indexes sorted and packed at the end.
     * An article id seen twice keeps its first text (a bulk load cannot replace a graph).
     */
    private void load(BlockingQueue<TdbStore.Checked> queue) {
        TdbStore.BulkLoad load = store.bulkLoad();
        long[] loaded = new long[2]; // articles, quads: counted as stored only once the load finishes
        try {
            drain(queue, g -> {
                if (load.add(g)) {
                    loaded[0]++;
                    loaded[1] += g.graph().graph().size();
                } else {
                    fail(g.graph().articleId() + ": not stored: the same article id came earlier in this bulk load");
                }
            });
        } catch (RuntimeException | Error e) {
            load.abandon();
            throw e;
        }
        long t0 = System.nanoTime();
        load.finish();
        storeNanos.addAndGet(System.nanoTime() - t0);
        indexNanos.addAndGet(load.indexNanos());
        stored.addAndGet(loaded[0]);
        triples.addAndGet(loaded[1]);
    }

    /**
     * Takes graphs from the queue until its end mark, one at a time: a graph that does not conform
     * is reported, a conforming one goes to {@code write}; each is timed as store work and counted.
     */
    private void drain(BlockingQueue<TdbStore.Checked> queue, Consumer<TdbStore.Checked> write) {
        try {
            while (true) {
                TdbStore.Checked g = queue.take();
                if (g == end) {
                    return;
                }
                long t0 = System.nanoTime();
                if (!g.conforms()) {
                    fail(g.graph().articleId() + ": not stored: " + g.problem());
                } else {
                    write.accept(g);
                }
                storeNanos.addAndGet(System.nanoTime() - t0);
                tick();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void add(TdbStore.Writer writer, TdbStore.Checked g) {
        if (!g.conforms()) {
            fail(g.graph().articleId() + ": not stored: " + g.problem());
            tick();
            return;
        }
        long t0 = System.nanoTime();
        try {
            writer.add(g);
        } catch (RuntimeException e) {
            // The open transaction is gone with the articles in it; the ingest goes on with the rest.
            failAll(writer.abort(), e);
            failAll(List.of(g.graph().articleId()), e);
        } finally {
            storeNanos.addAndGet(System.nanoTime() - t0);
        }
        // Progress counts articles handled; the closing summary counts only committed ones.
        tick();
    }

    private void commit(TdbStore.Writer writer) {
        long quads = writer.pendingQuads();
        long t0 = System.nanoTime();
        try {
            List<String> done = writer.commit();
            stored.addAndGet(done.size());
            triples.addAndGet(quads);
        } catch (RuntimeException e) {
            failAll(writer.abort(), e);
        } finally {
            storeNanos.addAndGet(System.nanoTime() - t0);
        }
    }

    private void failAll(List<String> articleIds, RuntimeException e) {
        articleIds.forEach(id -> fail(id + ": not stored: write failed: " + e));
    }

    private TdbStore.Checked check(ArticleGraph g) {
        return remote != null ? remote.check(g) : store.check(g);
    }

    /**
     * The remote path: the conforming graphs sent in batches, a batch when it is full or when no
     * graph came for a moment (the extraction threads are behind: nothing is gained by holding it);
     * then the contacts index, computed from what the endpoint holds, PUT once.
     */
    private void send(BlockingQueue<TdbStore.Checked> queue) {
        RemoteSender sender = new RemoteSender(remote, present, RemoteSender.BATCH_BYTES, new RemoteSender.Outcome() {
            @Override
            public void stored(ArticleGraph g) {
                stored.incrementAndGet();
                triples.addAndGet(g.graph().size());
                tick();
            }

            @Override
            public void failed(ArticleGraph g, RuntimeException e) {
                fail(g.articleId() + ": not stored: " + oneLine(e));
                tick();
            }
        });
        try {
            while (true) {
                TdbStore.Checked g = queue.poll(200, TimeUnit.MILLISECONDS);
                long t0 = System.nanoTime();
                if (g == end) {
                    sender.flush();
                    storeNanos.addAndGet(System.nanoTime() - t0);
                    break;
                }
                if (g == null) {
                    sender.flush();
                } else if (!g.conforms()) {
                    fail(g.graph().articleId() + ": not stored: " + g.problem());
                    tick();
                } else {
                    sender.add(g.graph());
                }
                storeNanos.addAndGet(System.nanoTime() - t0);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long t0 = System.nanoTime();
        try {
            remote.keepContacts();
        } catch (RuntimeException e) {
            fail("contacts index: not stored at " + remote.describe() + ": " + oneLine(e));
        } finally {
            long spent = System.nanoTime() - t0;
            storeNanos.addAndGet(spent);
            indexNanos.addAndGet(spent);
        }
    }

    private static String oneLine(RuntimeException e) {
        String m = String.valueOf(e.getMessage());
        return m.lines().findFirst().orElse(e.getClass().getSimpleName());
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
