package diplograph.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import diplograph.model.AnalysedArticle;
import diplograph.model.Sentence;
import diplograph.read.ReadOutcome;
import diplograph.read.Readers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import org.junit.jupiter.api.Test;

class SameWordFeaturesTest {

    private static final POSModel MODEL = OpenNlpAnalyser.posModel();

    @Test
    void givesTheModelsOwnFeaturesInItsOrderForEveryTokenOfTheTestArticles() throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        List<ReadOutcome> read = new ArrayList<>();
        new Readers().read(texts, read::add);
        AdaptiveFeatureGenerator own = MODEL.getFactory().createFeatureGenerators();
        AdaptiveFeatureGenerator remembering = GreedyPosTagger.features(MODEL);
        OpenNlpAnalyser analyser = new OpenNlpAnalyser();
        int tokens = 0;
        for (ReadOutcome r : read) {
            if (!(r instanceof ReadOutcome.Read ok)) {
                continue;
            }
            AnalysedArticle a = analyser.analyse(ok.article());
            for (Sentence s : a.sentences()) {
                var sentence = a.tokens().subList(s.tokens().start(), s.tokens().end());
                String[] words = sentence.stream().map(diplograph.model.Token::text).toArray(String[]::new);
                String[] tags = sentence.stream().map(diplograph.model.Token::pos).toArray(String[]::new);
                for (int i = 0; i < words.length; i++) {
                    String[] before = Arrays.copyOf(tags, i);
                    List<String> want = new ArrayList<>();
                    own.createFeatures(want, words, i, before);
                    List<String> got = new ArrayList<>();
                    remembering.createFeatures(got, words, i, before);
                    assertThat(got).as("%s, token %d of: %s", ok.article().id(), i, String.join(" ", words))
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
