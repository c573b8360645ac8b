package diplograph.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.model.Article;
import diplograph.model.AnalysedArticle;
import diplograph.model.Sentence;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

class GreedyPosTaggerTest {

    @Test
    void tagsEverySentenceOfTheTestArticlesAsOpenNlpsBeamOfOneDoes() {
        List<Article> articles = TestTexts.articles();
        POSModel model = OpenNlpAnalyser.posModel();
        POSTaggerME beam = new POSTaggerME(model, POSTagFormat.UD);
        GreedyPosTagger greedy = new GreedyPosTagger(model, POSTagFormat.UD);
        OpenNlpAnalyser analyser = new OpenNlpAnalyser();
        int sentences = 0;
        int tokens = 0;
        for (Article article : articles) {
            AnalysedArticle a = analyser.analyse(article);
            for (Sentence s : a.sentences()) {
                String[] words = TestTexts.words(a, s);
                assertThat(greedy.tag(words)).as(String.join(" ", words)).containsExactly(beam.tag(words));
                sentences++;
                tokens += words.length;
            }
        }
        assertThat(articles).hasSizeGreaterThan(60);
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
