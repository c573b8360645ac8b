package diplograph.analyse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures a parser on a CoNLL-U file: attachment scores with the tags the project's tagger
 * predicts (or the treebank's gold tags), how long its model takes to load, and how many words
 * a second it parses on a number of threads sharing it (tagging not counted).
 */
public final class ParserBenchmark {

    /**
     * What was measured.
     *
     * @param loadSeconds    reading the model
     * @param score          the parses against the gold trees
     * @param wordsPerSecond words parsed a second over all threads, after one round of warm-up
     */
    public record Result(double loadSeconds, ParseScore score, double wordsPerSecond) {
    }

    private ParserBenchmark() {
    }

    /**
     * @param model    a model file, or null for the bundled model
     * @param goldTags the treebank's tags instead of the tagger's
     * @param threads  threads parsing at once, one parser shared
     * @param rounds   timed passes over the file after the warm-up one
     * @param tagged   a file to write the sentences into as the parser saw them ({@link TreebankWriter}), or null
     */
    public static Result run(Path conllu, Path model, boolean goldTags, int threads, int rounds, Path tagged) throws Exception {
        List<TreebankSentence> sentences = ConlluReader.read(conllu);
        if (!goldTags) {
            sentences = TreebankTagger.predicted(sentences, OpenNlpAnalyser.posModel());
        }
        if (tagged != null) {
            TreebankWriter.write(sentences, tagged);
        }
        long start = System.nanoTime();
        DependencyParser parser = model == null ? DependencyParser.standard() : DependencyParser.load(model);
        double load = (System.nanoTime() - start) / 1e9;
        ParseScore score = ParserTrainer.score(parser, sentences);
        long words = score.words();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            parseAll(pool, parser, sentences, threads);
            long begin = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                parseAll(pool, parser, sentences, threads);
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            return new Result(load, score, rounds == 0 ? 0 : words * rounds / seconds);
        } finally {
            pool.shutdown();
        }
    }

    /** Every sentence parsed once, thread {@code t} taking sentences {@code t}, {@code t + threads}, … */
    private static void parseAll(ExecutorService pool, DependencyParser parser, List<TreebankSentence> sentences,
                                 int threads) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            done.add(pool.submit(() -> {
                for (int i = first; i < sentences.size(); i += threads) {
                    parser.parse(sentences.get(i).words(), sentences.get(i).tags());
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
    }
}
