package diplograph.analyse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Consumer;
import opennlp.tools.formats.conllu.ConlluPOSSampleStream;
import opennlp.tools.formats.conllu.ConlluStream;
import opennlp.tools.formats.conllu.ConlluTagset;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Gives treebank sentences the tags the project's own tagger predicts, so the parser learns from
 * (and is measured on) the tags it will get in the analyser, not gold ones. The tagger reads
 * surface tokens as the analyser's tokenizer gives them ("don't", "Elena's" whole: OpenNLP's UD
 * model was trained on them so) and may give such a token a combined tag ("AUX+PART"); each word
 * of the token gets its part of it, the last part going to any words left over.
 */
final class TreebankTagger {

    private TreebankTagger() {
    }

    /** The sentences with the tags {@code pos} predicts. */
    static List<TreebankSentence> predicted(List<TreebankSentence> sentences, POSModel pos) {
        GreedyPosTagger tagger = new GreedyPosTagger(OpenNlpAnalyser.greedy(pos), POSTagFormat.UD);
        List<TreebankSentence> out = new ArrayList<>(sentences.size());
        for (TreebankSentence s : sentences) {
            out.add(s.withTags(wordTags(s, tagger.tag(s.tokens().stream().map(TreebankSentence.SurfaceToken::form)
                    .toArray(String[]::new)))));
        }
        return out;
    }

    /** Spreads the tags of the surface tokens over their words. */
    static String[] wordTags(TreebankSentence s, String[] tokenTags) {
        String[] tags = new String[s.size()];
        for (int k = 0; k < tokenTags.length; k++) {
            TreebankSentence.SurfaceToken t = s.tokens().get(k);
            String[] parts = t.end() - t.first() == 1 ? new String[] {tokenTags[k]} : tokenTags[k].split("\\+");
            for (int w = t.first(); w < t.end(); w++) {
                tags[w] = parts[Math.min(w - t.first(), parts.length - 1)];
            }
        }
        return tags;
    }

    /**
     * The sentences with jackknifed tags: split into {@code folds} consecutive parts, each part
     * tagged by a POS model trained as the shipped one was (OpenNLP's maximum entropy trainer, its
     * default 100 iterations and cutoff 5, the shipped model's feature configuration) on the other
     * parts. Tags predicted on a model's own training data are better than on new text; these are
     * as good as on new text, which is what the parser meets.
     */
    static List<TreebankSentence> jackknifed(List<TreebankSentence> sentences, int folds, Consumer<String> log) {
        POSModel shipped = OpenNlpAnalyser.shippedPosModel();
        if (folds < 2) {
            throw new IllegalArgumentException("jackknifing needs 2 folds or more: " + folds);
        }
        if (!(shipped.getArtifact("generator.featuregen") instanceof byte[] featureGenerator)) {
            throw new IllegalStateException("the POS model has no feature configuration (generator.featuregen)");
        }
        List<TreebankSentence> out = new ArrayList<>(sentences.size());
        int n = sentences.size();
        for (int k = 0; k < folds; k++) {
            int from = (int) ((long) n * k / folds);
            int to = (int) ((long) n * (k + 1) / folds);
            List<TreebankSentence> rest = new ArrayList<>(sentences.subList(0, from));
            rest.addAll(sentences.subList(to, n));
            long start = System.nanoTime();
            POSModel model = train(rest, featureGenerator);
            out.addAll(predicted(sentences.subList(from, to), model));
            log.accept(String.format(java.util.Locale.ROOT, "fold %d/%d: tagger trained on %d sentences, tagged %d (%.0f s)",
                    k + 1, folds, rest.size(), to - from, (System.nanoTime() - start) / 1e9));
        }
        return out;
    }

    private static POSModel train(List<TreebankSentence> sentences, byte[] featureGenerator) {
        StringBuilder text = new StringBuilder();
        for (TreebankSentence s : sentences) {
            text.append(s.conllu()).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.THREADS_PARAM, Runtime.getRuntime().availableProcessors());
        try (ObjectStream<POSSample> samples = new ConlluPOSSampleStream(
                new ConlluStream(() -> new ByteArrayInputStream(bytes)), ConlluTagset.U)) {
            return POSTaggerME.train("en", samples, params, new POSTaggerFactory(featureGenerator, new HashMap<>(), null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot train a POS model", e);
        }
    }
}
