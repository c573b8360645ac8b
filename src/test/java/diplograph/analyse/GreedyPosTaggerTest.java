package diplograph.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.model.AnalysedArticle;
import diplograph.model.Sentence;
import diplograph.read.ReadOutcome;
import diplograph.read.Readers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class GreedyPosTaggerTest {

    @Test
    void tagsEverySentenceOfTheTestArticlesAsOpenNlpsBeamOfOneDoes() throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        List<ReadOutcome> read = new ArrayList<>();
        new Readers().read(texts, read::add);
        POSModel model = OpenNlpAnalyser.posModel();
        POSTaggerME beam = new POSTaggerME(model, POSTagFormat.UD);
        GreedyPosTagger greedy = new GreedyPosTagger(model, POSTagFormat.UD);
        OpenNlpAnalyser analyser = new OpenNlpAnalyser();
        int sentences = 0;
        int tokens = 0;
        for (ReadOutcome r : read) {
            if (!(r instanceof ReadOutcome.Read ok)) {
                continue;
            }
            AnalysedArticle a = analyser.analyse(ok.article());
            for (Sentence s : a.sentences()) {
                String[] words = a.tokens().subList(s.tokens().start(), s.tokens().end()).stream()
                        .map(diplograph.model.Token::text).toArray(String[]::new);
                assertThat(greedy.tag(words)).as(String.join(" ", words)).containsExactly(beam.tag(words));
                sentences++;
                tokens += words.length;
            }
        }
        assertThat(texts).hasSizeGreaterThan(60);
        assertThat(sentences).isGreaterThan(1000);
        assertThat(tokens).isGreaterThan(20_000);
    }

    @Test
    void givesTagsInTheFormatAsked() {
        POSModel model = OpenNlpAnalyser.posModel();
        String[] words = {"The", "minister", "met", "Tokayev", "in", "Astana", "."};
        assertThat(new GreedyPosTagger(model, POSTagFormat.PENN).tag(words))
                .containsExactly(new POSTaggerME(model, POSTagFormat.PENN).tag(words));
        assertThat(new GreedyPosTagger(model, POSTagFormat.UD).tag(words)).contains("PROPN").doesNotContain("NNP");
    }
}
