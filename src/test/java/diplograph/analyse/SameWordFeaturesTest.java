package diplograph.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import diplograph.model.Article;
import diplograph.model.AnalysedArticle;
import diplograph.model.Sentence;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;

class SameWordFeaturesTest {

    private static final POSModel MODEL = OpenNlpAnalyser.posModel();

    @Test
    void givesTheModelsOwnFeaturesInItsOrderForEveryTokenOfTheTestArticles() {
        AdaptiveFeatureGenerator own = MODEL.getFactory().createFeatureGenerators();
        AdaptiveFeatureGenerator remembering = GreedyPosTagger.features(MODEL);
        OpenNlpAnalyser analyser = new OpenNlpAnalyser();
        int tokens = 0;
        for (Article article : TestTexts.articles()) {
            AnalysedArticle a = analyser.analyse(article);
            for (Sentence s : a.sentences()) {
                String[] words = TestTexts.words(a, s);
                String[] tags = TestTexts.tokens(a, s).stream().map(diplograph.model.Token::pos).toArray(String[]::new);
                for (int i = 0; i < words.length; i++) {
                    String[] before = Arrays.copyOf(tags, i);
                    List<String> want = new ArrayList<>();
                    own.createFeatures(want, words, i, before);
                    List<String> got = new ArrayList<>();
                    remembering.createFeatures(got, words, i, before);
                    assertThat(got).as("%s, token %d of: %s", article.id(), i, String.join(" ", words))
                            .containsExactlyElementsOf(want);
                    tokens++;
                }
            }
        }
        assertThat(tokens).isGreaterThan(20_000);
    }

    @Test
    void remembersAtMostItsCapacityForgettingTheLeastRecentlyUsedWord() {
        List<String> asked = new ArrayList<>();
        SameWordFeatures features = new SameWordFeatures((out, tokens, index, previous) -> {
            asked.add(tokens[index]);
            out.add("w=" + tokens[index]);
        });
        List<String> out = new ArrayList<>();
        features.createFeatures(out, new String[] {"often"}, 0, null);
        for (int i = 0; i < SameWordFeatures.CAPACITY + 100; i++) {
            features.createFeatures(out, new String[] {"w" + i}, 0, null);
            features.createFeatures(out, new String[] {"often"}, 0, null);
        }
        assertThat(features.size()).isEqualTo(SameWordFeatures.CAPACITY);
        asked.clear();
        features.createFeatures(out, new String[] {"often"}, 0, null); // used all along: kept
        features.createFeatures(out, new String[] {"w0"}, 0, null); // among the oldest: forgotten
        assertThat(asked).containsExactly("w0");
        assertThat(out.get(out.size() - 2)).isEqualTo("w=often");
    }

    @Test
    void saysWhatIsWrongWithAnElementWithoutAGenerator() {
        String xml = "<featureGenerators name=\"x\"><generator class=\"diplograph.analyse.SameWordFeatures$Factory\"/></featureGenerators>";
        assertThatThrownBy(() -> GeneratorFactory.create(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), k -> null))
                .hasMessageContaining("SameWordFeatures must contain one generator");
    }
}
