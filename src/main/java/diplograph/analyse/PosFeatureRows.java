package diplograph.analyse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The outcome probabilities of the English POS model for one token, computed from the model's own
 * parameter rows ({@link Context}) remembered per word, rather than from feature strings made anew
 * for every token and looked up one by one.
 *
 * <p>The model's feature generator (its {@code generator.featuregen}) describes a token by its own
 * suffixes, prefixes, lower-cased form and word class, the lower-cased forms of two words on each
 * side (prefixed {@code p1}, {@code p2}, {@code n1}, {@code n2}), whether it or a word before it
 * begins the sentence, and the two tags before it. All but the last two depend on one word each,
 * and news repeats its words, so a word's rows for each place it may stand in are found once. The
 * rows are summed in the generator's order, from the same start (the uniform prior) and
 * normalised as {@code GISModel.eval} does, so the probabilities are the same doubles
 * ({@code PosFeatureRowsTest} compares them bit for bit on every token of the test articles).
 * A local ingest of 2,000 readouts took a tenth less CPU (37 to 33 s) than with the strings.
 *
 * <p>Not thread-safe: it remembers words, as the tagger that owns it does.
 */
final class PosFeatureRows {

    /**
     * Words remembered, the least recently used forgotten first. On the 338 distinct texts of the
     * development corpus and the tests, 10,000 words keep every repeat an unbounded map keeps
     * (94 % of tokens).
     */
    static final int CAPACITY = 10_000;

    private static final Context[] NONE = new Context[0];

    /** One word's rows: as the token described, then as each neighbour, then its word class. */
    record Word(Context[] own, Context[] p1, Context[] p2, Context[] n1, Context[] n2, Context[] wordClass) {
    }

    private final Map<String, Context> rows;
    private final int outcomes;
    private final double uniform;
    private final Context[] prior;
    /** The sentence-begin feature for the token that begins it, and as the word one and two before. */
    private final Context[] begins;
    private final Context[] p1Begins;
    private final Context[] p2Begins;
    /** Per tag number: the row of "the tag before is this"; per pair: "the two tags before are these". */
    private final Context[] previousTag;
    private final Context[][] previousTags;
    private final AdaptiveFeatureGenerator suffixes = new SuffixFeatureGenerator();
    private final AdaptiveFeatureGenerator prefixes = new PrefixFeatureGenerator();
    private final AdaptiveFeatureGenerator form = new TokenFeatureGenerator(true);
    private final AdaptiveFeatureGenerator wordClass = new TokenClassFeatureGenerator(true);
    private final Map<String, Word> words = new LruMap<>(CAPACITY);

    /**
     * @param model the POS model: a maximum-entropy model with the uniform prior, as the shipped
     *              English models are
     */
    @SuppressWarnings("unchecked")
    PosFeatureRows(AbstractModel model) {
        this.rows = (Map<String, Context>) model.getDataStructures()[1];
        this.outcomes = model.getNumOutcomes();
        this.uniform = StrictMath.log(1.0 / outcomes);
        this.prior = rowsOf(new OutcomePriorFeatureGenerator(), "");
        AdaptiveFeatureGenerator begin = new SentenceFeatureGenerator(true, false);
        this.begins = rowsOf(begin, "");
        this.p1Begins = rowsOf(begin, WindowFeatureGenerator.PREV_PREFIX + 1);
        this.p2Begins = rowsOf(begin, WindowFeatureGenerator.PREV_PREFIX + 2);
        this.previousTag = new Context[outcomes];
        this.previousTags = new Context[outcomes][outcomes];
        // As PosTaggerFeatureGenerator names them: "t=" the tag before, "t2=" the one before that, a comma, the tag before.
        for (int before = 0; before < outcomes; before++) {
            previousTag[before] = rows.get("t=" + model.getOutcome(before));
            for (int twoBefore = 0; twoBefore < outcomes; twoBefore++) {
                previousTags[twoBefore][before] = rows.get("t2=" + model.getOutcome(twoBefore) + "," + model.getOutcome(before));
            }
        }
    }

    /** Each word's rows, found now, so that a sentence is looked up once whatever its tags turn out to be. */
    Word[] words(String[] tokens) {
        Word[] found = new Word[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            found[i] = words.computeIfAbsent(tokens[i], this::word);
        }
        return found;
    }

    /**
     * The probability of every outcome for token {@code index}, into {@code into}.
     *
     * @param ws        the sentence's words, from {@link #words}
     * @param before    the number of the tag chosen for the token before (ignored for the first)
     * @param twoBefore likewise for the token two before
     */
    double[] eval(Word[] ws, int index, int before, int twoBefore, double[] into) {
        Arrays.fill(into, 0, outcomes, uniform);
        add(prior, into);
        add(ws[index].own, into);
        if (index >= 1) {
            add(ws[index - 1].p1, into);
        }
        if (index >= 2) {
            add(ws[index - 2].p2, into);
        }
        if (index + 1 < ws.length) {
            add(ws[index + 1].n1, into);
        }
        if (index + 2 < ws.length) {
            add(ws[index + 2].n2, into);
        }
        // One of the three at most: the sentence begins at this token, one before it or two before it.
        add(index == 0 ? begins : index == 1 ? p1Begins : index == 2 ? p2Begins : NONE, into);
        add(ws[index].wordClass, into);
        if (index >= 1) {
            add(previousTag[before], into);
            if (index >= 2) {
                add(previousTags[twoBefore][before], into);
            }
        }
        double normal = 0.0;
        for (int o = 0; o < outcomes; o++) {
            into[o] = StrictMath.exp(into[o]);
            normal += into[o];
        }
        for (int o = 0; o < outcomes; o++) {
            into[o] /= normal;
        }
        return into;
    }

    private static void add(Context[] found, double[] into) {
        for (Context c : found) {
            add(c, into);
        }
    }

    private static void add(Context c, double[] into) {
        if (c != null) {
            int[] outcomes = c.getOutcomes();
            double[] parameters = c.getParameters();
            for (int k = 0; k < outcomes.length; k++) {
                into[outcomes[k]] += parameters[k];
            }
        }
    }

    private Word word(String token) {
        List<String> own = new ArrayList<>();
        String[] alone = {token};
        suffixes.createFeatures(own, alone, 0, null);
        prefixes.createFeatures(own, alone, 0, null);
        List<String> lowerCased = new ArrayList<>(1);
        form.createFeatures(lowerCased, alone, 0, null);
        own.addAll(lowerCased);
        List<String> classes = new ArrayList<>(2);
        wordClass.createFeatures(classes, alone, 0, null);
        return new Word(rowsOf(own, ""), rowsOf(lowerCased, WindowFeatureGenerator.PREV_PREFIX + 1),
                rowsOf(lowerCased, WindowFeatureGenerator.PREV_PREFIX + 2), rowsOf(lowerCased, WindowFeatureGenerator.NEXT_PREFIX + 1),
                rowsOf(lowerCased, WindowFeatureGenerator.NEXT_PREFIX + 2), rowsOf(classes, ""));
    }

    /** The rows of the features a generator gives the first token of a one-token sentence. */
    private Context[] rowsOf(AdaptiveFeatureGenerator generator, String prefix) {
        List<String> features = new ArrayList<>(2);
        generator.createFeatures(features, new String[] {"x"}, 0, null);
        return rowsOf(features, prefix);
    }

    /** The rows of these features with this prefix; a feature the model lacks adds nothing, so it is left out. */
    private Context[] rowsOf(List<String> features, String prefix) {
        return features.stream().map(f -> rows.get(prefix + f)).filter(Objects::nonNull).toArray(Context[]::new);
    }
}
