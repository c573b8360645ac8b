package diplograph;

import diplograph.analyse.Analyser;
import diplograph.analyse.DependencyParser;
import diplograph.analyse.OpenNlpAnalyser;
import diplograph.analyse.SentenceSelector;
import diplograph.extract.Extractor;
import diplograph.extract.Groups;
import diplograph.extract.StandardExtractor;
import diplograph.lexicon.Lexicon;
import diplograph.map.FactMapper;
import diplograph.map.Iris;
import diplograph.map.ReferenceMapper;
import diplograph.map.Vocab;
import diplograph.model.AnalysedArticle;
import diplograph.model.Article;
import diplograph.model.Extraction;
import diplograph.model.Token;
import diplograph.read.ReadOutcome;
import diplograph.read.Readers;
import diplograph.read.SkippedFiles;
import diplograph.store.ArticleGraph;
import diplograph.store.RemoteStore;
import diplograph.store.TdbStore;
import diplograph.store.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The front door: reads, analyses, extracts, maps and stores articles. Build one with
 * {@link #standard()} (it loads the OpenNLP models and lexicons once) and reuse it.
 *
 * <pre>{@code
 * Diplograph dg = Diplograph.standard();
 * try (TdbStore store = dg.openStore(Path.of("data/tdb2"))) {
 *     IngestReport r = dg.ingest(store, List.of(Path.of("articles/")), null, System.err::println);
 * }
 * }</pre>
 */
public final class Diplograph {

    /**
     * Quads per write transaction in an ingest. One transaction per article is ~25x slower than
     * batches (JENA-NOTES), and TDB2 copies every index page a transaction touches, so fewer, larger
     * transactions also leave a smaller database: 10,000 articles took 1.5 GB in transactions of
     * 1,000 articles (~270k quads), 1.1 GB in transactions of ~1M quads.
     */
    public static final long COMMIT_QUADS = 1_000_000L;

    private final Lexicon lexicon;
    private final Analyser analyser;
    private final Extractor extractor;
    private final FactMapper mapper = new FactMapper();
    private final Validator validator;

    private Diplograph(Lexicon lexicon, Analyser analyser, Extractor extractor, Validator validator) {
        this.lexicon = lexicon;
        this.analyser = analyser;
        this.extractor = extractor;
        this.validator = validator;
    }

    /** The standard pipeline: OpenNLP analysis, the bundled lexicons, the standard extractor. */
    public static Diplograph standard() {
        return standard(List.of());
    }

    /** The standard pipeline, knowing the persons of the user's own tables too (see Lexicon#load). */
    public static Diplograph standard(List<Path> personTables) {
        Lexicon lexicon = Lexicon.load(personTables);
        return new Diplograph(lexicon, new OpenNlpAnalyser(lexicon.abbreviations(), lexicon.capitalisedTitleWords(), DependencyParser.standard(),
                contactSentences(lexicon)), new StandardExtractor(lexicon),
                new Validator());
    }

    /**
     * The sentences the rules read the parse of: those naming a contact, and the sentence before one
     * whose group word ("the two leaders") may stand for that sentence's subject.
     */
    private static SentenceSelector contactSentences(Lexicon lexicon) {
        return new SentenceSelector() {
            @Override
            public boolean parse(List<Token> sentence, String text) {
                return lexicon.namesContact(sentence, text);
            }

            @Override
            public boolean parseSentenceBefore(List<Token> sentence, String text) {
                return Groups.any(lexicon, sentence, text);
            }
        };
    }

    /**
     * Reads the articles at {@code paths}; {@code published} (nullable) overrides their dates.
     *
     * @return the files inside directories passed over for their type
     */
    public SkippedFiles read(List<Path> paths, LocalDate published, Consumer<ReadOutcome> sink) {
        return read(paths, published, Readers.DEFAULT_MAX_BYTES, sink);
    }

    /** Reads the articles at {@code paths}, rejecting files (and JSON lines) over {@code maxBytes}. */
    public SkippedFiles read(List<Path> paths, LocalDate published, long maxBytes, Consumer<ReadOutcome> sink) {
        return new Readers(maxBytes, published).read(paths, sink);
    }

    /** Analyses one article: sentences, tokens and tags, the first stage of {@link #extract}. */
    public AnalysedArticle analyse(Article article) {
        return analyser.analyse(article);
    }

    /** Analyses and extracts one article. */
    public Extraction extract(Article article) {
        return extractor.extract(analyser.analyse(article));
    }

    /** One article's RDF as a graph. */
    public Graph graph(Extraction x) {
        Graph g = GraphFactory.createDefaultGraph();
        mapper.map(x, StreamRDFLib.graph(g));
        // Printed as Turtle or TriG, the graph uses the project's prefixes; stores ignore them.
        g.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
        return g;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /**
     * One article's named graph as N-Quads lines (extract, map, validate), or the one-line reason
     * it is left out: what a single-machine ingest would store for it, for a distributed job to write.
     */
    public record Quads(String articleId, String nquads, String problem) implements java.io.Serializable {
    }

    public Quads quads(Article a) {
        Graph g = graph(extract(a));
        var report = validator.validate(g);
        if (!report.conforms()) {
            return new Quads(a.id(), null, a.source() + ": not stored: " + Validator.summary(report));
        }
        Node name = Iris.article(a);
        StringBuilder b = new StringBuilder();
        g.find().forEachRemaining(t -> b.append(org.apache.jena.riot.out.NodeFmtLib.strNQ(
                org.apache.jena.sparql.core.Quad.create(name, t))).append('\n'));
        return new Quads(a.id(), b.toString(), null);
    }

    public Validator validator() {
        return validator;
    }

    /** Opens (or creates) a store and makes sure it holds the current ontology and reference tables. */
    public TdbStore openStore(Path dir) {
        Graph reference = referenceGraph(lexicon);
        if (TdbStore.isAbsentOrEmpty(dir)) {
            // A new store is built beside its place and moved there whole: a process killed while
            // TDB2 lays out its files would otherwise leave a directory it cannot open again.
            TdbStore.createAtomically(dir, validator, store -> fill(store, reference));
        }
        TdbStore store = TdbStore.open(dir, validator);
        fill(store, reference);
        return store;
    }

    private static void fill(TdbStore store, Graph reference) {
        store.ensureSupportGraph(Vocab.ONTOLOGY_GRAPH, ontologyGraph());
        store.ensureSupportGraph(Vocab.REFERENCE_GRAPH, reference);
        store.ensureContacts();
    }

    /**
     * Reads, extracts and stores every article at {@code paths}: extraction on all cores, one
     * writer committing about {@link #COMMIT_QUADS} quads per write transaction. Articles whose text is
     * already stored unchanged are skipped. Bad inputs and invalid graphs are reported to
     * {@code problems} and left out; the rest lands.
     */
    public IngestReport ingest(TdbStore store, List<Path> paths, LocalDate published, Consumer<String> problems) {
        return ingest(store, paths, published, Readers.DEFAULT_MAX_BYTES, problems,
                Runtime.getRuntime().availableProcessors(), n -> { });
    }

    /**
     * Like {@link #ingest(TdbStore, List, LocalDate, Consumer)}, with the maximum article size, the
     * number of extraction threads and a callback told how many articles are done so far.
     */
    public IngestReport ingest(TdbStore store, List<Path> paths, LocalDate published, long maxBytes,
                               Consumer<String> problems, int threads, Consumer<Long> progress) {
        return new Ingestion(this, store, Math.max(1, threads), COMMIT_QUADS, problems, progress)
                .run(paths, published, maxBytes);
    }

    /**
     * Ingests into a remote SPARQL store: the ontology and reference graphs first (PUT, replacing
     * them), then every article not stored there unchanged, in batches of graphs sent as one SPARQL
     * Update request each. An article the store refuses is reported; the rest lands.
     */
    public IngestReport ingest(RemoteStore remote, List<Path> paths, LocalDate published, long maxBytes,
                               Consumer<String> problems, int threads, Consumer<Long> progress) {
        remote.put(Vocab.ONTOLOGY_GRAPH, ontologyGraph());
        remote.put(Vocab.REFERENCE_GRAPH, referenceGraph(lexicon));
        return new Ingestion(this, remote, Math.max(1, threads), problems, progress).run(paths, published, maxBytes);
    }

    /**
     * A follower of feeds and news sitemaps into {@code store}, polling every {@code every}, its
     * requests made by {@code fetcher}; problems with sources and items go to {@code problems}.
     */
    public Following following(TdbStore store, diplograph.fetch.Fetcher fetcher, java.time.Duration every,
                               Consumer<String> problems) {
        return new Following(this, FollowTarget.local(store), fetcher, every, problems, java.time.Clock.systemUTC());
    }

    /**
     * A follower into a remote SPARQL store: each item's graph and record in one SPARQL Update,
     * the ontology and reference graphs PUT first, the contacts index recomputed there after each
     * poll that stored something.
     */
    public Following following(RemoteStore remote, diplograph.fetch.Fetcher fetcher, java.time.Duration every,
                               Consumer<String> problems) {
        remote.put(Vocab.ONTOLOGY_GRAPH, ontologyGraph());
        remote.put(Vocab.REFERENCE_GRAPH, referenceGraph(lexicon));
        return new Following(this, FollowTarget.remote(remote), fetcher, every, problems, java.time.Clock.systemUTC());
    }

    /**
     * Builds a new store at {@code dir} from the articles at {@code paths}: extraction and
     * validation on all cores feeding the bulk loader ({@link TdbStore#bulkLoad}), in a directory beside
     * {@code dir} that is moved into place only when the load is complete. A killed bulk load
     * leaves no store at {@code dir}.
     *
     * @throws IllegalArgumentException when {@code dir} already holds a store
     */
    public IngestReport bulkIngest(Path dir, List<Path> paths, LocalDate published, long maxBytes,
                                   Consumer<String> problems, int threads, Consumer<Long> progress) {
        requireNoStore(dir);
        IngestReport[] report = new IngestReport[1];
        TdbStore.createAtomically(dir, validator, store -> {
            report[0] = new Ingestion(this, store, Math.max(1, threads), COMMIT_QUADS, problems, progress, true)
                    .run(paths, published, maxBytes);
            fill(store, referenceGraph(lexicon)); // after: a bulk load packs its indexes from empty
        });
        return report[0];
    }

    /**
     * Builds a new store at {@code dir} from RDF quads produced elsewhere (N-Quads or TriG, plain or
     * gzipped: an {@code export}, the Spark job's output) with the bulk loader, moved into
     * place only when complete; with the current ontology and reference graphs. A file that does not
     * parse stores nothing.
     *
     * @return the number of quads in the new store
     * @throws IllegalArgumentException when {@code dir} already holds a store
     * @throws org.apache.jena.riot.RiotException naming the file, for a file that does not parse
     */
    public static long loadQuads(Path dir, List<Path> files) {
        requireNoStore(dir);
        for (Path f : files) {
            if (!java.nio.file.Files.isReadable(f)) {
                throw new IllegalArgumentException(f + ": cannot be read");
            }
        }
        Validator validator = new Validator();
        TdbStore.createAtomically(dir, validator, store -> {
            TdbStore.BulkLoad load = store.bulkLoad();
            for (Path f : files) {
                try {
                    load.load(f);
                } catch (RuntimeException e) {
                    load.abandon();
                    throw e instanceof org.apache.jena.riot.RiotException
                            ? new org.apache.jena.riot.RiotException(f + ": not loaded: " + e.getMessage(), e) : e;
                }
            }
            load.finish();
        });
        try (TdbStore store = TdbStore.open(dir, validator)) {
            fill(store, referenceGraph(Lexicon.load()));
            return store.quadCount();
        }
    }

    private static void requireNoStore(Path dir) {
        if (!TdbStore.isAbsentOrEmpty(dir)) {
            throw new IllegalArgumentException(dir + ": already holds a store; a bulk load builds a new one "
                    + "(ingest without --bulk adds to it)");
        }
    }

    /** The reference tables (states, organizations, offices) of {@code lexicon} as a graph. */
    private static Graph referenceGraph(Lexicon lexicon) {
        Graph reference = GraphFactory.createDefaultGraph();
        new ReferenceMapper().map(lexicon, StreamRDFLib.graph(reference));
        return reference;
    }

    /**
     * Opens an existing store for reading and upkeep, without loading the NLP models. A store made
     * before the contacts index existed gets it here, once.
     *
     * @throws IllegalStateException when {@code dir} holds no store
     */
    public static TdbStore openExisting(Path dir) {
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + ": no store here (create one with ingest)");
        }
        TdbStore store = TdbStore.open(dir, new Validator());
        try {
            store.ensureContacts(); // a store made before the contacts index gets it once
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * Opens the store at {@code dir} for serving, creating an empty one when the directory does not
     * exist (a server with updates enabled receives its articles from {@code ingest --endpoint}).
     */
    public static TdbStore openOrCreate(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            try {
                java.nio.file.Files.createDirectories(dir);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(dir + ": cannot create the store: " + e.getMessage(), e);
            }
        }
        return openExisting(dir);
    }

    /** The bundled ontology as a graph. */
    public static Graph ontologyGraph() {
        return diplograph.lexicon.DataFiles.turtle("/ontology/diplomacy.ttl");
    }

    /** The graph IRI of an article id, as {@code remove} and {@code export --graph} take it. */
    public static Node articleGraph(String articleId) {
        return Iris.article(articleId);
    }
}
