package diplograph.store;

import diplograph.map.Vocab;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The TDB2 store: one named graph per article, the ontology and reference tables in graphs of
 * their own, and the union of all graphs as the default graph for queries. Writes go in batches,
 * many articles per write transaction, and each graph is validated before it is written, so the
 * store never holds a half-written or invalid article. The contacts index ({@link ContactsIndex},
 * in {@link Vocab#CONTACTS_GRAPH}) is kept in step by every article write and removal, in the same
 * write transaction, and built whole at the end of a bulk load.
 */
public final class TdbStore implements AutoCloseable {

    /** What became of one article graph handed to {@link #write}. */
    public record WriteResult(String articleId, boolean stored, String problem) {
    }

    private final Path dir;
    private DatasetGraph dsg; // replaced once, when a bulk load has packed the indexes
    private final Validator validator;

    private TdbStore(Path dir, DatasetGraph dsg, Validator validator) {
        this.dir = dir;
        this.dsg = dsg;
        this.validator = validator;
    }

    /**
     * Opens (or creates) the store in {@code dir}.
     *
     * @throws StoreLockedException when another process holds the store
     */
    public static TdbStore open(Path dir, Validator validator) {
        try {
            return new TdbStore(dir, connect(dir), validator);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("lock")) {
                throw new StoreLockedException(dir, e.getMessage());
            }
            throw e;
        }
    }

    private static DatasetGraph connect(Path dir) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        QC.setFactory(dsg.getContext(), SubjectScanExecutor.FACTORY);
        return dsg;
    }

    /** Whether {@code dir} holds no store yet: it does not exist, or is an empty directory. */
    public static boolean isAbsentOrEmpty(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return true;
        }
        try (var entries = java.nio.file.Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false; // not a directory we can read: let open report it
        }
    }

    /**
     * Creates a store in a sibling directory ({@code NAME.creating}), lets {@code init} fill it,
     * closes it and moves it to {@code dir} in one rename. A crash at any point leaves either no
     * store at {@code dir} or a whole one; a leftover {@code NAME.creating} is removed first.
     */
    public static void createAtomically(Path dir, Validator validator, java.util.function.Consumer<TdbStore> init) {
        Path absolute = dir.toAbsolutePath();
        Path staging = absolute.resolveSibling(absolute.getFileName() + ".creating");
        try {
            deleteTree(staging);
            java.nio.file.Files.createDirectories(staging);
            try (TdbStore fresh = open(staging, validator)) {
                init.accept(fresh);
            } catch (RuntimeException e) {
                deleteTree(staging); // nothing half-built is left to look like a store
                throw e;
            }
            java.nio.file.Files.deleteIfExists(absolute); // an empty directory, if any
            java.nio.file.Files.move(staging, absolute, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(dir + ": cannot create the store", e);
        }
    }

    /** Deletes {@code root} and everything under it; nothing when it does not exist. */
    static void deleteTree(Path root) throws java.io.IOException {
        if (!java.nio.file.Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        }
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    public Path directory() {
        return dir;
    }

    /**
     * An article graph with the outcome of its validation. Only {@link #check} makes one, so a
     * graph the store is handed as checked has been validated against the shapes.
     */
    public static final class Checked {
        private final ArticleGraph graph;
        private final String problem;

        private Checked(ArticleGraph graph, String problem) {
            this.graph = graph;
            this.problem = problem;
        }

        public ArticleGraph graph() {
            return graph;
        }

        public boolean conforms() {
            return problem == null;
        }

        /** What the shapes found wrong, in one line; {@code null} when the graph conforms. */
        public String problem() {
            return problem;
        }
    }

    /**
     * Validates one graph against the shapes. Thread-safe: ingest threads check the graphs they
     * made, so the single writer spends its time writing.
     */
    public Checked check(ArticleGraph g) {
        return checked(g, validator);
    }

    static Checked checked(ArticleGraph g, Validator validator) {
        var report = validator.validate(g.graph());
        return new Checked(g, report.conforms() ? null : Validator.summary(report));
    }

    /**
     * Validates each graph, then stores the valid ones in one write transaction, each replacing any
     * earlier graph of the same name. Invalid graphs are reported and left out.
     */
    public List<WriteResult> write(List<ArticleGraph> batch) {
        return writeChecked(batch.stream().map(this::check).toList());
    }

    /**
     * Stores the conforming graphs of a batch validated with {@link #check} in one write
     * transaction, each replacing any earlier graph of the same name; the others are reported.
     */
    public List<WriteResult> writeChecked(List<Checked> batch) {
        List<WriteResult> results = new ArrayList<>();
        try (Writer w = writer()) {
            for (Checked c : batch) {
                if (c.conforms()) {
                    w.add(c);
                    results.add(new WriteResult(c.graph().articleId(), true, null));
                } else {
                    results.add(new WriteResult(c.graph().articleId(), false, c.problem));
                }
            }
            w.commit();
        }
        return results;
    }

    /** A writer that streams graphs into one open write transaction until told to commit. */
    public Writer writer() {
        return new Writer();
    }

    /**
     * Streams article graphs into a write transaction that stays open across many articles and is
     * committed when the caller says, so the graphs need not wait in memory for their batch, and
     * large transactions leave a smaller database (TDB2 copies every index page a transaction
     * touches). Readers see only committed transactions; a crash loses the open transaction whole,
     * and a later ingest stores its articles again (their hashes were never committed). Not
     * thread-safe: one writing thread.
     */
    public final class Writer implements AutoCloseable {
        private final List<String> pending = new ArrayList<>();
        private long pendingQuads;
        /** What the open transaction's articles do to the contacts index: applied at commit. */
        private final ContactsIndex.Changes contacts = new ContactsIndex.Changes();
        private long indexNanos;

        private Writer() {
        }

        /**
         * Writes one validated, conforming graph into the open transaction, beginning one if none is.
         * When it throws, the transaction may hold part of the graph: {@link #abort} it, which also
         * says which articles were lost with it.
         */
        public void add(Checked c) {
            if (!c.conforms()) {
                throw new IllegalArgumentException(c.graph().articleId() + ": does not conform: " + c.problem);
            }
            if (!dsg.isInTransaction()) {
                dsg.begin(org.apache.jena.query.TxnType.WRITE);
            }
            long t0 = System.nanoTime();
            contacts.replacing(dsg, c.graph().name(), c.graph().graph());
            indexNanos += System.nanoTime() - t0;
            replace(c.graph().name(), c.graph().graph());
            pending.add(c.graph().articleId());
            pendingQuads += c.graph().graph().size();
        }

        /**
         * Replaces what {@code graph} says about {@code subject} with {@code triples}, in the open
         * transaction (beginning one if none is): a record that must land with the articles beside
         * it, or not at all ({@link FollowLedger}). Not for article graphs.
         */
        public void replaceAbout(Node graph, Node subject, java.util.Collection<Triple> triples) {
            if (!dsg.isInTransaction()) {
                dsg.begin(org.apache.jena.query.TxnType.WRITE);
            }
            dsg.deleteAny(graph, subject, Node.ANY, Node.ANY);
            for (Triple t : triples) {
                dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
            }
            pendingQuads += triples.size();
        }

        /** Quads written since the last commit. */
        public long pendingQuads() {
            return pendingQuads;
        }

        /**
         * Brings the contacts of the events its articles touched up to date, then commits the open
         * transaction; returns the ids of the articles it stored (none if none was open). When it
         * throws, {@link #abort} the transaction.
         */
        public List<String> commit() {
            if (dsg.isInTransaction() && !contacts.isEmpty()) {
                long t0 = System.nanoTime();
                contacts.apply(dsg);
                indexNanos += System.nanoTime() - t0;
            }
            return end(dsg::commit);
        }

        /** Time spent keeping the contacts index so far (noting what each article changes, then applying it at commit). */
        public long indexNanos() {
            return indexNanos;
        }

        /** Drops the open transaction; returns the ids of the articles it would have stored. */
        public List<String> abort() {
            return end(dsg::abort);
        }

        private List<String> end(Runnable outcome) {
            List<String> articles = List.copyOf(pending);
            pending.clear();
            pendingQuads = 0;
            contacts.clear();
            if (dsg.isInTransaction()) {
                try {
                    outcome.run();
                } finally {
                    dsg.end();
                }
            }
            return articles;
        }

        /** Aborts what was not committed. */
        @Override
        public void close() {
            abort();
        }
    }

    /**
     * A bulk load into this store, which must be new and empty: every quad gets its node ids as it
     * comes, and each index is sorted and packed bottom up at the end ({@link PackedIndexLoader}),
     * with no transaction per batch. A load that dies leaves a store that must not be used, so it
     * is meant for a store built aside ({@link #createAtomically}). Not thread-safe: one writing
     * thread.
     *
     * @throws IllegalStateException when the store holds quads already
     */
    public BulkLoad bulkLoad() {
        return new BulkLoad();
    }

    /** See {@link #bulkLoad()}. */
    public final class BulkLoad {
        private final PackedIndexLoader loader = new PackedIndexLoader(dir, dsg, dir.resolve("bulk-runs"));
        private final java.util.Set<Node> graphs = new java.util.HashSet<>();
        private long indexNanos;

        private BulkLoad() {
        }

        /**
         * Adds one conforming article graph; {@code false}, adding nothing, when a graph of that
         * name was added before (a bulk load cannot replace what it loaded).
         */
        public boolean add(Checked c) {
            if (!c.conforms()) {
                throw new IllegalArgumentException(c.graph().articleId() + ": does not conform: " + c.problem);
            }
            if (!graphs.add(c.graph().name())) {
                return false;
            }
            Node name = c.graph().name();
            c.graph().graph().find().forEachRemaining(t -> loader.quad(Quad.create(name, t)));
            return true;
        }

        /** Loads RDF files (N-Quads, TriG…, gzipped or not, by their names) as they are. */
        public void load(Path file) {
            parse(file, loader, org.apache.jena.riot.Lang.NQUADS, null,
                    org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging);
        }

        /**
         * Builds the indexes, then the contacts index from what was loaded (a contacts graph among
         * the loaded quads is replaced): the store is complete when this returns.
         */
        public void finish() {
            loader.complete();
            dsg = connect(dir);
            long t0 = System.nanoTime();
            rebuildContacts();
            indexNanos = System.nanoTime() - t0;
        }

        /** Gives up the load: what it wrote must be thrown away with the store. */
        public void abandon() {
            loader.abandon();
        }

        /** Time {@link #finish} spent building the contacts index. */
        public long indexNanos() {
            return indexNanos;
        }
    }

    /** Replaces a named graph: {@code removeGraph} then add, since TDB2's addGraph merges. */
    private void replace(Node name, Graph graph) {
        dsg.removeGraph(name);
        Iterator<Triple> it = graph.find();
        while (it.hasNext()) {
            Triple t = it.next();
            dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    /** Replaces a support graph (ontology, reference tables) unless it already holds {@code graph}. */
    public void ensureSupportGraph(Node name, Graph graph) {
        boolean same = Txn.calculateRead(dsg, () -> {
            Graph stored = dsg.getGraph(name);
            return stored.size() == graph.size() && graph.find().toList().stream().allMatch(stored::contains);
        });
        if (!same) {
            Txn.executeWrite(dsg, () -> replace(name, graph));
        }
    }

    /**
     * Loads an RDF file (N-Triples, Turtle, RDF/XML…, gzipped or not, by its extension) into its own
     * named graph, replacing what that graph held. The file is parsed completely before the write
     * transaction begins, so a file with an error stores nothing.
     *
     * @return the number of triples loaded
     * @throws org.apache.jena.riot.RiotException for a file that does not parse
     */
    public long loadExternal(Node graphName, Path file) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        parse(file, org.apache.jena.riot.system.StreamRDFLib.graph(g), null, file.toUri().toString(), null);
        Txn.executeWrite(dsg, () -> replace(graphName, g));
        return g.size();
    }

    /**
     * Parses an RDF file into {@code dest} in the syntax its name says, {@code .gz} read compressed
     * ("extract.nt.gz" is N-Triples), else in {@code orElse}.
     *
     * @param base   the base IRI, or {@code null} for none
     * @param errors how parse errors are reported, or {@code null} for Jena's default
     */
    private static void parse(Path file, org.apache.jena.riot.system.StreamRDF dest, org.apache.jena.riot.Lang orElse,
                              String base, org.apache.jena.riot.system.ErrorHandler errors) {
        String name = file.getFileName().toString();
        boolean gz = name.endsWith(".gz");
        var lang = org.apache.jena.riot.RDFLanguages.filenameToLang(gz ? name.substring(0, name.length() - 3) : name);
        try (var in = gz ? new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(file), 1 << 16)
                : java.nio.file.Files.newInputStream(file)) {
            var parser = org.apache.jena.riot.RDFParser.source(in).lang(lang == null ? orElse : lang);
            if (base != null) {
                parser.base(base);
            }
            if (errors != null) {
                parser.errorHandler(errors);
            }
            parser.parse(dest);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(file + ": cannot be read", e);
        }
    }

    /**
     * Removes one article's graph, and recomputes the contacts of its events in the same write
     * transaction; {@code false} when there was none.
     */
    public boolean remove(Node articleGraph) {
        return Txn.calculateWrite(dsg, () -> {
            boolean had = dsg.containsGraph(articleGraph) && !dsg.getGraph(articleGraph).isEmpty();
            ContactsIndex.Changes contacts = new ContactsIndex.Changes();
            contacts.removing(dsg, articleGraph);
            dsg.removeGraph(articleGraph);
            contacts.apply(dsg);
            return had;
        });
    }

    /**
     * The dataset for writes that do not go through this store (SPARQL Update, the Graph Store
     * Protocol): the contacts index is brought up to date at each commit of such a write.
     */
    public DatasetGraph datasetKeepingContacts() {
        return new ContactsKeepingDataset(dsg);
    }

    /** How many contacts the contacts index holds otherwise than the article graphs give them (0: in step). */
    public long contactsOutOfStep() {
        return Txn.calculateRead(dsg, () -> ContactsIndex.outOfStep(dsg));
    }

    /**
     * Replaces the contacts index with one computed from every article graph of the store, in one
     * write transaction: after a bulk load, or after writes that did not go through this class.
     */
    public void rebuildContacts() {
        Txn.executeWrite(dsg, () -> ContactsIndex.rebuild(dsg));
    }

    /**
     * Builds the contacts index of a store made before there was one (article graphs with contact
     * events but no contacts graph) or before it held reports (contacts but no report). Does
     * nothing to any other store.
     */
    public void ensureContacts() {
        if (read(() -> !dsg.containsGraph(Vocab.CONTACTS_GRAPH) && ContactsIndex.hasContactEvents(dsg)
                || ContactsIndex.lacksReports(dsg))) {
            rebuildContacts();
        }
    }

    /** The stored article graphs' names. */
    public List<Node> articleGraphs() {
        return Txn.calculateRead(dsg, () -> {
            List<Node> names = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), Vocab.ARTICLE)
                    .forEachRemaining(q -> {
                        if (q.getGraph().equals(q.getSubject())) {
                            names.add(q.getGraph());
                        }
                    });
            return names;
        });
    }

    /** Number of quads in all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** Runs {@code body} in a read transaction. */
    public <T> T read(java.util.function.Supplier<T> body) {
        return Txn.calculateRead(dsg, body);
    }

    /** Compacts the database (TDB2 keeps old versions of its indexes until asked). */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
    }

    /** Releases the store and its lock, so the directory can be opened again, here or elsewhere. */
    @Override
    public void close() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}
