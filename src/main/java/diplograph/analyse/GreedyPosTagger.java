package diplograph.analyse;

import java.util.Arrays;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's POS tagger decoding with a beam of one, without the beam: {@code POSTaggerME} with a
 * beam of one still sorts every token's outcome probabilities and builds a scored sequence object
 * per candidate, a sixth of its time. This takes, token by token, the outcome the beam search would
 * keep: the first valid outcome of the highest probability or, when none of those is valid, the
 * valid outcome of the highest running score (first on ties), where the running score is the sum
 * of the logarithms as the beam search computes it. The tags are the same ({@code GreedyPosTaggerTest}
 * compares both over every sentence of the test articles). Not thread-safe, like the tagger it replaces.
 */
final class GreedyPosTagger {

    private final MaxentModel model;
    private final PosFeatureRows features;
    private final SequenceValidator<String> validator;
    private final POSTagFormatMapper formats;
    private final POSTagFormat format;
    private final double[] probs;

    GreedyPosTagger(POSModel pos, POSTagFormat format) {
        if (!(pos.getArtifact("pos.model") instanceof MaxentModel maxent)) {
            throw new IllegalArgumentException("not a maximum-entropy POS model: " + pos.getArtifact("pos.model"));
        }
        this.model = maxent;
        if (!(maxent instanceof AbstractModel rows)) {
            throw new IllegalArgumentException("not a model with parameter rows: " + maxent.getClass().getName());
        }
        this.features = new PosFeatureRows(rows);
        this.validator = pos.getFactory().getSequenceValidator();
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        this.formats = new POSTagFormatMapper(outcomes) { }; // its constructor is protected
        this.format = format;
        this.probs = new double[model.getNumOutcomes()];
    }

    String[] tag(String[] words) {
        String[] tags = new String[words.length];
        PosFeatureRows.Word[] rows = features.words(words);
        int before = -1;
        int twoBefore = -1;
        double score = 0;
        for (int i = 0; i < words.length; i++) {
            String[] taggedBefore = Arrays.copyOf(tags, i);
            double[] p = features.eval(rows, i, before, twoBefore, probs);
            int best = -1;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : p) {
                max = Math.max(max, v);
            }
            for (int o = 0; o < p.length && best < 0; o++) {
                if (p[o] == max && validator.validSequence(i, words, taggedBefore, model.getOutcome(o))) {
                    best = o;
                }
            }
            if (best < 0) {
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int o = 0; o < p.length; o++) {
                    double s = score + StrictMath.log(p[o]);
                    if (s > bestScore && validator.validSequence(i, words, taggedBefore, model.getOutcome(o))) {
                        best = o;
                        bestScore = s;
                    }
                }
                if (best < 0) {
                    throw new IllegalStateException("no valid POS tag for token " + i + ": " + words[i]);
                }
            }
            score += StrictMath.log(p[best]);
            tags[i] = model.getOutcome(best);
            twoBefore = before;
            before = best;
        }
        if (format == POSTagFormat.CUSTOM || formats.getGuessedFormat() == format) {
            return tags;
        }
        return formats.convertTags(Arrays.asList(tags));
    }
}
