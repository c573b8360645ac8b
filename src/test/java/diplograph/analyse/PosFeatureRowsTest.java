package diplograph.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.model.AnalysedArticle;
import diplograph.model.Article;
import diplograph.model.Sentence;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

class PosFeatureRowsTest {

    private static final POSModel MODEL = OpenNlpAnalyser.posModel();
    private static final AbstractModel MAXENT = (AbstractModel) MODEL.getArtifact("pos.model");

    /** What the model gives a token from its own feature generator's strings. */
    private static final class Reference {
        private final ConfigurablePOSContextGenerator contexts =
                new ConfigurablePOSContextGenerator(MODEL.getFactory().createFeatureGenerators());

        double[] eval(String[] words, int i, String[] tags) {
            return MAXENT.eval(contexts.getContext(i, words, Arrays.copyOf(tags, i), null), new double[MAXENT.getNumOutcomes()]);
        }
    }

    private static int outcome(String tag) {
        return tag == null ? -1 : MAXENT.getIndex(tag);
    }

    @Test
    void givesTheModelsOwnProbabilitiesBitForBitForEveryTokenOfTheTestArticles() {
        Reference reference = new Reference();
        PosFeatureRows rows = new PosFeatureRows(MAXENT);
        OpenNlpAnalyser analyser = new OpenNlpAnalyser();
        int tokens = 0;
        for (Article article : TestTexts.articles()) {
            AnalysedArticle a = analyser.analyse(article);
            for (Sentence s : a.sentences()) {
                String[] words = TestTexts.words(a, s);
                String[] tags = TestTexts.tokens(a, s).stream().map(diplograph.model.Token::pos).toArray(String[]::new);
                PosFeatureRows.Word[] found = rows.words(words);
                for (int i = 0; i < words.length; i++) {
                    double[] want = reference.eval(words, i, tags);
                    double[] got = rows.eval(found, i, i >= 1 ? outcome(tags[i - 1]) : -1, i >= 2 ? outcome(tags[i - 2]) : -1,
                            new double[MAXENT.getNumOutcomes()]);
                    assertThat(got).as("%s, token %d of: %s", article.id(), i, String.join(" ", words)).containsExactly(want);
                    tokens++;
                }
            }
        }
        assertThat(tokens).isGreaterThan(20_000);
    }

    @Test
    void readsWordsItForgotAsItReadThemFirst() {
        Reference reference = new Reference();
        PosFeatureRows rows = new PosFeatureRows(MAXENT);
        String[] words = {"The", "envoy", "met", "Tokayev", "in", "Astana", "."};
        String[] tags = new GreedyPosTagger(MODEL, opennlp.tools.postag.POSTagFormat.UD).tag(words);
        for (int n = 0; n < PosFeatureRows.CAPACITY + 10; n++) {
            rows.words(new String[] {"word" + n}); // fills the memory past its capacity
        }
        PosFeatureRows.Word[] found = rows.words(words);
        for (int i = 0; i < words.length; i++) {
            assertThat(rows.eval(found, i, i >= 1 ? outcome(tags[i - 1]) : -1, i >= 2 ? outcome(tags[i - 2]) : -1,
                    new double[MAXENT.getNumOutcomes()])).containsExactly(reference.eval(words, i, tags));
        }
        assertThat(List.of(tags)).contains("PROPN", "VERB");
    }
}
