package diplograph.analyse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A greedy transition-based dependency parser: arc-hybrid transitions ({@link ArcHybridState})
 * chosen one at a time by a linear model ({@link ParserModel}) over the features of
 * {@link ParserFeatures}. It reads a sentence's tokens and their UPOS tags and gives every token
 * a head and a Universal Dependencies relation, as one projective tree with one root.
 *
 * <p>The model is read-only and each call keeps its state in its own arrays, so one parser serves
 * any number of threads.
 */
public final class DependencyParser {

    /** The model trained from UD English EWT, on the classpath (see its README beside it). */
    static final String MODEL = "/parser/en-ud-ewt-parser.bin.gz";

    private final ParserModel model;
    private final String[] labels;

    DependencyParser(ParserModel model) {
        this.model = model;
        this.labels = model.labels().toArray(String[]::new);
    }

    /** The parser with the bundled model (about a second to load). */
    public static DependencyParser standard() {
        try (InputStream in = DependencyParser.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("parser model missing from the classpath: " + MODEL);
            }
            return new DependencyParser(ParserModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the parser model " + MODEL, e);
        }
    }

    /** The parser with a model file that {@code diplograph train-parser} wrote. */
    public static DependencyParser load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new DependencyParser(ParserModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the parser model " + file, e);
        }
    }

    ParserModel model() {
        return model;
    }

    /** The relations this parser can give, in its model's order. */
    public List<String> relations() {
        return model.labels();
    }

    /**
     * A sentence's tree.
     *
     * @param words the tokens
     * @param tags  their UPOS tags (combined tags such as "PROPN+PART" are read by their first part)
     * @return for each token its head (an index into {@code words}, -1 for the root) and relation
     */
    public ParsedSentence parse(String[] words, String[] tags) {
        if (words.length != tags.length) {
            throw new IllegalArgumentException(words.length + " words but " + tags.length + " tags");
        }
        int n = words.length;
        ParserFeatures features = new ParserFeatures(words, tags);
        ArcHybridState s = new ArcHybridState(n, labels.length, model.rootLabel());
        int[] f = new int[ParserFeatures.MAX];
        long[] slots = new long[ParserFeatures.MAX];
        float[] scores = new float[s.transitions()];
        boolean[] legal = new boolean[s.transitions()];
        while (!s.isTerminal()) {
            int count = features.extract(s, f);
            Arrays.fill(scores, 0);
            model.score(f, count, scores, slots);
            s.legal(legal);
            s.apply(best(scores, legal));
        }
        int[] heads = new int[n];
        String[] relations = new String[n];
        for (int i = 0; i < n; i++) {
            heads[i] = s.heads[i] == n ? -1 : s.heads[i];
            relations[i] = labels[s.arcLabels[i]];
        }
        return new ParsedSentence(heads, relations);
    }

    /** The legal transition of the highest score (the first on ties). */
    static int best(float[] scores, boolean[] legal) {
        int best = -1;
        for (int t = 0; t < scores.length; t++) {
            if (legal[t] && (best < 0 || scores[t] > scores[best])) {
                best = t;
            }
        }
        return best;
    }

    /**
     * One sentence's tree: for each token its head (an index into the sentence, -1 for the root)
     * and its relation.
     */
    public record ParsedSentence(int[] heads, String[] relations) {

        public ParsedSentence {
            heads = heads.clone();
            relations = relations.clone();
        }

        @Override
        public int[] heads() {
            return heads.clone();
        }

        @Override
        public String[] relations() {
            return relations.clone();
        }

        public int head(int i) {
            return heads[i];
        }

        public String relation(int i) {
            return relations[i];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ParsedSentence p && Arrays.equals(heads, p.heads) && Arrays.equals(relations, p.relations);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(heads) + Arrays.hashCode(relations);
        }

        @Override
        public String toString() {
            return "ParsedSentence" + Arrays.toString(heads) + Arrays.toString(relations);
        }
    }
}
