package diplograph.analyse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Trains the {@link DependencyParser} from a CoNLL-U treebank: the train split's trees
 * (projectivised by {@link Projectiviser}) with the tags of {@link Tags}, an averaged perceptron
 * over {@link ParserFeatures}, the dynamic oracle with exploration ({@link DynamicOracle}), one
 * pass over the shuffled sentences per epoch; after each epoch the averaged, pruned model is
 * scored on the dev split and the best is kept.
 */
public final class ParserTrainer {

    /** Where the train split's tags come from. */
    public enum Tags {
        /** The tagger retrained on the other folds of the train split tags each fold. */
        JACKKNIFE,
        /** The shipped tagger tags the train split it was trained on. */
        PREDICTED,
        /** The treebank's own tags. */
        GOLD
    }

    /**
     * How to train.
     *
     * @param epochs    passes over the train split; the best on dev is kept
     * @param tags      the train split's tags (dev is always tagged by the shipped tagger)
     * @param folds     folds when jackknifing
     * @param explore   after the first epoch, the share of steps that follow the model's own
     *                  prediction instead of the oracle's best
     * @param threshold averaged weights of smaller magnitude are left out of the model
     * @param seed      for the shuffles and the exploration
     */
    public record Options(int epochs, Tags tags, int folds, double explore, float threshold, long seed) {

        public Options {
            if (epochs < 1 || folds < 2 || explore < 0 || explore > 1 || threshold < 0) {
                throw new IllegalArgumentException("bad training options: " + epochs + " epochs, " + folds + " folds, explore "
                        + explore + ", threshold " + threshold);
            }
        }
    }

    /** The outcome: the epoch kept, its dev score, the model's size. */
    public record Result(int epoch, ParseScore dev, int features, int weights) {
    }

    private ParserTrainer() {
    }

    /**
     * Trains on {@code train}, keeps the epoch best on {@code dev} (by LAS) and writes its model to {@code out}.
     *
     * @param tagged a folder to write the two splits into as the parser sees them (train.conllu
     *               and dev.conllu, see {@link TreebankWriter}), for training another parser on
     *               the same data; or null
     * @param log    one line per fold and per epoch
     */
    public static Result train(Path train, Path dev, Path out, Options options, Path tagged, Consumer<String> log) {
        var pos = OpenNlpAnalyser.posModel();
        List<TreebankSentence> trainSet = ConlluReader.read(train);
        List<TreebankSentence> devSet = TreebankTagger.predicted(ConlluReader.read(dev), pos);
        trainSet = switch (options.tags()) {
            case JACKKNIFE -> TreebankTagger.jackknifed(trainSet, options.folds(), log);
            case PREDICTED -> TreebankTagger.predicted(trainSet, pos);
            case GOLD -> trainSet;
        };
        if (tagged != null) {
            try {
                Files.createDirectories(tagged);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + tagged, e);
            }
            TreebankWriter.write(trainSet, tagged.resolve("train.conllu"));
            TreebankWriter.write(devSet, tagged.resolve("dev.conllu"));
        }
        int lifted = 0;
        List<TreebankSentence> projective = new ArrayList<>(trainSet.size());
        for (TreebankSentence s : trainSet) {
            int[] heads = Projectiviser.lift(s.heads());
            lifted += heads == s.heads() ? 0 : 1;
            projective.add(s.withHeads(heads));
        }
        log.accept(String.format(Locale.ROOT, "%d training sentences (%d with crossing arcs lifted), %d dev sentences, tags: %s",
                projective.size(), lifted, devSet.size(), options.tags().name().toLowerCase(Locale.ROOT)));
        TreeSet<String> labelSet = new TreeSet<>();
        projective.forEach(s -> labelSet.addAll(Arrays.asList(s.relations())));
        List<String> labels = List.copyOf(labelSet);
        int root = labels.indexOf("root");
        if (root < 0) {
            throw new IllegalArgumentException(train + " has no \"root\" relation");
        }

        AveragedPerceptron weights = new AveragedPerceptron();
        Random random = new Random(options.seed());
        List<TreebankSentence> order = new ArrayList<>(projective);
        ParserModel best = null;
        Result bestResult = null;
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            long start = System.nanoTime();
            Collections.shuffle(order, random);
            long[] mistakes = new long[2];
            double explore = epoch == 1 ? 0 : options.explore();
            for (TreebankSentence s : order) {
                learn(s, labels, root, weights, explore, random, mistakes);
            }
            ParserModel model = weights.average(labels, root, options.threshold());
            ParseScore score = score(new DependencyParser(model), devSet);
            log.accept(String.format(Locale.ROOT, "epoch %d: %.1f %% of steps wrong, %d features seen, kept %d with %d weights; dev %s (%.0f s)",
                    epoch, 100.0 * mistakes[0] / mistakes[1], weights.features(), model.features(), model.weights(), score,
                    (System.nanoTime() - start) / 1e9));
            if (bestResult == null || score.las() > bestResult.dev().las()) {
                best = model;
                bestResult = new Result(epoch, score, model.features(), model.weights());
            }
        }
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                best.write(o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        log.accept(String.format(Locale.ROOT, "kept epoch %d: dev %s; %s", bestResult.epoch(), bestResult.dev(), out));
        return bestResult;
    }

    /** One sentence: the model's transitions, corrected towards the dynamic oracle's best at each step. */
    private static void learn(TreebankSentence s, List<String> labels, int root, AveragedPerceptron weights,
                              double explore, Random random, long[] mistakes) {
        int n = s.size();
        int[] goldHeads = new int[n];
        int[] goldLabels = new int[n];
        for (int i = 0; i < n; i++) {
            goldHeads[i] = s.heads()[i] < 0 ? n : s.heads()[i];
            goldLabels[i] = labels.indexOf(s.relations()[i]);
        }
        DynamicOracle oracle = new DynamicOracle(goldHeads, goldLabels);
        ParserFeatures features = new ParserFeatures(s.words(), s.tags());
        ArcHybridState state = new ArcHybridState(n, labels.size(), root);
        int[] f = new int[ParserFeatures.MAX];
        float[] scores = new float[state.transitions()];
        boolean[] legal = new boolean[state.transitions()];
        int[] costs = new int[state.transitions()];
        while (!state.isTerminal()) {
            int count = features.extract(state, f);
            Arrays.fill(scores, 0);
            weights.score(f, count, scores);
            state.legal(legal);
            int min = oracle.costs(state, legal, costs);
            int predicted = DependencyParser.best(scores, legal);
            int right = -1;
            for (int t = 0; t < scores.length; t++) {
                if (legal[t] && costs[t] == min && (right < 0 || scores[t] > scores[right])) {
                    right = t;
                }
            }
            weights.step();
            mistakes[1]++;
            if (costs[predicted] != min) {
                weights.update(f, count, right, predicted);
                mistakes[0]++;
            }
            state.apply(costs[predicted] == min || random.nextDouble() < explore ? predicted : right);
        }
    }

    /** The parses of {@code sentences} (with their own tags) scored against their trees. */
    static ParseScore score(DependencyParser parser, List<TreebankSentence> sentences) {
        ParseScore score = new ParseScore();
        for (TreebankSentence s : sentences) {
            score.add(s, parser.parse(s.words(), s.tags()));
        }
        return score;
    }
}
