package diplograph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Loads quads into a new, empty TDB2 database the way Jena's xloader does, in one process and
 * without text files or an external sort: each node gets its NodeId from the database's node table
 * as the quads stream in, the rows of NodeIds are sorted a chunk at a time into runs for every
 * index order (on a thread of its own, while the stream goes on), and at the end each index's runs
 * are merged and packed into its B+tree bottom up ({@link BPlusTreeRewriter}), leaves full and in
 * order. Inserting each quad into six B+trees one at a time, as Jena's other loaders do, costs a
 * descent from the root per index per quad; packing costs one sort per index.
 *
 * <p>The database must be new: packing writes each index from empty. Until {@link #complete}
 * returns, the database is not whole, so it is built where nothing takes it for a store
 * ({@link TdbStore#createAtomically}).
 */
final class PackedIndexLoader implements StreamRDF {

    /** Rows per sorted run: 32 MB of quad rows; two chunks are in memory at once. */
    static final int CHUNK_ROWS = 1 << 20;

    private final int chunkRows;
    private final Path location;
    private final Path work;
    private final DatasetGraph dsg;
    private final NodeTable nodes;
    private final Rows quads;
    private final Rows triples;
    private final ExecutorService sorter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bulk-sort");
        t.setDaemon(true);
        return t;
    });
    private final byte[] idBytes = new byte[SystemTDB.SizeOfNodeId];
    private Future<?> sorting;
    private long count;

    /**
     * Starts loading into the database at {@code location}, open as {@code dsg} (which must hold
     * nothing): begins the write transaction that the node table's additions go in.
     *
     * @param work a directory for the sorted runs, created here and deleted by {@link #complete}
     */
    PackedIndexLoader(Path location, DatasetGraph dsg, Path work) {
        this(location, dsg, work, CHUNK_ROWS);
    }

    /** As above, with {@code chunkRows} rows per sorted run. */
    PackedIndexLoader(Path location, DatasetGraph dsg, Path work, int chunkRows) {
        this.chunkRows = chunkRows;
        this.location = location;
        this.work = work;
        this.dsg = dsg;
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(work + ": cannot create the bulk load's work directory", e);
        }
        dsg.begin(TxnType.WRITE);
        if (!tdb.getQuadTable().getNodeTupleTable().getTupleTable().isEmpty()
                || !tdb.getTripleTable().getNodeTupleTable().getTupleTable().isEmpty()) {
            dsg.abort();
            dsg.end();
            throw new IllegalStateException(location + ": a bulk load needs an empty database");
        }
        this.nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        this.quads = new Rows("GSPO", tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes());
        this.triples = new Rows("SPO", tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes());
    }

    @Override
    public void start() {
    }

    @Override
    public void triple(Triple t) {
        triples.put(id(t.getSubject()), id(t.getPredicate()), id(t.getObject()), 0);
    }

    @Override
    public void quad(Quad q) {
        if (q.isTriple() || q.isDefaultGraph()) {
            triple(q.asTriple());
            return;
        }
        quads.put(id(q.getGraph()), id(q.getSubject()), id(q.getPredicate()), id(q.getObject()));
    }

    @Override
    public void base(String base) {
    }

    @Override
    public void prefix(String prefix, String iri) {
        dsg.prefixes().add(prefix, iri);
    }

    @Override
    public void version(String version) {
    }

    /** Nothing: a parser calls this at the end of each file, and more may follow; see {@link #complete}. */
    @Override
    public void finish() {
    }

    /** Quads and triples taken so far (duplicates included). */
    long count() {
        return count;
    }

    /**
     * Commits the node table, then builds every index from its runs and closes the database:
     * reopen it to use it. The work directory is deleted.
     */
    void complete() {
        try {
            quads.flush();
            triples.flush();
            awaitSorting();
            dsg.commit();
        } catch (RuntimeException e) {
            dsg.abort();
            throw e;
        } finally {
            dsg.end();
            sorter.shutdownNow();
        }
        // The indexes are packed through their own component transactions, on a fresh connection,
        // and the database is let go after, so the next connection reads every index's new root.
        TDBInternal.expel(dsg);
        DatasetGraph fresh = DatabaseMgr.connectDatasetGraph(location.toString());
        try {
            quads.pack(fresh);
            triples.pack(fresh);
        } finally {
            TDBInternal.expel(fresh);
            deleteWork();
        }
    }

    /** Gives up: the node table's transaction is aborted and the runs deleted; the database must be thrown away. */
    void abandon() {
        sorter.shutdownNow();
        try {
            sorter.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES); // no run written after the delete
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (dsg.isInTransaction()) {
            dsg.abort();
            dsg.end();
        }
        deleteWork();
    }

    private void deleteWork() {
        try {
            TdbStore.deleteTree(work);
        } catch (IOException e) {
            throw new UncheckedIOException(work + ": cannot delete the bulk load's work directory", e);
        }
    }

    private long id(Node n) {
        NodeId id = nodes.getAllocateNodeId(n);
        NodeIdFactory.set(id, idBytes, 0);
        return Bytes.getLong(idBytes, 0);
    }

    private void awaitSorting() {
        if (sorting == null) {
            return;
        }
        try {
            sorting.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bulk load interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The rows of one tuple table (quads or triples) in its primary order, a chunk at a time, and
     * one set of sorted runs per index of that table.
     */
    private final class Rows {
        private final int width;
        private final TupleIndex[] indexes;
        private final int[][] orders; // per index: the primary-order column of each key column
        private final SortedRuns[] runs;
        private long[] chunk;
        private int rows;

        Rows(String primary, TupleIndex[] indexes) {
            this.width = primary.length();
            this.indexes = indexes;
            this.orders = new int[indexes.length][];
            this.runs = new SortedRuns[indexes.length];
            for (int i = 0; i < indexes.length; i++) {
                String name = indexes[i].getName();
                orders[i] = new int[width];
                for (int k = 0; k < width; k++) {
                    orders[i][k] = primary.indexOf(name.charAt(k));
                }
                runs[i] = new SortedRuns(work, name, width);
            }
        }

        void put(long a, long b, long c, long d) {
            if (chunk == null) { // a table that gets no rows (the default graph, mostly) costs nothing
                chunk = new long[chunkRows * width];
            }
            int at = rows * width;
            chunk[at] = a;
            chunk[at + 1] = b;
            chunk[at + 2] = c;
            if (width == 4) {
                chunk[at + 3] = d;
            }
            count++;
            if (++rows == chunkRows) {
                flush();
            }
        }

        /** Hands the chunk to the sorter (after the one before it is done) and starts a new one. */
        void flush() {
            if (rows == 0) {
                return;
            }
            awaitSorting();
            long[] full = chunk;
            int n = rows;
            sorting = sorter.submit(() -> {
                long[] keyed = new long[n * width];
                for (int i = 0; i < indexes.length; i++) {
                    int[] order = orders[i];
                    for (int r = 0, at = 0; r < n; r++, at += width) {
                        for (int k = 0; k < width; k++) {
                            keyed[at + k] = full[at + order[k]];
                        }
                    }
                    runs[i].addRun(keyed, n);
                }
            });
            chunk = null;
            rows = 0;
        }

        /** Packs each index of {@code fresh}'s table from its merged runs. */
        void pack(DatasetGraph fresh) {
            for (int i = 0; i < indexes.length; i++) {
                TupleIndex index = TDBInternal.findIndex(fresh, indexes[i].getName());
                packIndex(index, runs[i].merged());
                runs[i].delete();
            }
        }
    }

    private static void packIndex(TupleIndex index, Iterator<long[]> rows) {
        BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
        RecordFactory factory = tree.getRecordFactory();
        BPlusTreeParams params = new BPlusTreeParams(BPlusTreeParams.calcOrder(SystemTDB.BlockSize, factory), factory);
        Iterator<Record> records = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Record next() {
                long[] row = rows.next();
                byte[] key = new byte[row.length * SystemTDB.SizeOfNodeId];
                for (int k = 0; k < row.length; k++) {
                    Bytes.setLong(row[k], key, k * SystemTDB.SizeOfNodeId);
                }
                return factory.create(key);
            }
        };
        CoLib.executeWrite(index, () -> BPlusTreeRewriter.packIntoBPlusTree(records, params, factory,
                tree.getStateManager().getBufferChannel(), tree.getNodeManager().getBlockMgr(),
                tree.getRecordsMgr().getBlockMgr()));
    }
}
