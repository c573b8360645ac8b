package diplograph.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.model.AnalysedArticle;
import diplograph.model.Article;
import diplograph.model.Block;
import diplograph.model.CharSpan;
import diplograph.model.Dependencies;
import diplograph.model.Sentence;
import diplograph.model.Token;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The bundled parser through the analyser: the arcs a reader of contact sentences would check,
 * and well-formed, thread-independent trees for every sentence of the test articles. The model
 * was not tuned to these sentences.
 */
class DependencyParserTest {

    private static OpenNlpAnalyser analyser;
    private static DependencyParser parser;

    @BeforeAll
    static void load() {
        parser = DependencyParser.standard();
        analyser = new OpenNlpAnalyser(Set.of(), parser);
    }

    /** One sentence analysed as an article of one paragraph. */
    private static Parse parse(String text) {
        Article a = new Article("t", text, null, null, null, null,
                List.of(new Block(Block.BlockKind.PARAGRAPH, new CharSpan(0, text.length()))), "test");
        return new Parse(analyser.analyse(a));
    }

    private record Parse(AnalysedArticle a) {
        int at(String word) {
            List<String> words = a.tokens().stream().map(Token::text).toList();
            assertThat(words).as("tokens").containsOnlyOnce(word);
            return words.indexOf(word);
        }

        String head(String word) {
            int h = a.dependencies().head(at(word));
            return h < 0 ? "ROOT" : a.tokens().get(h).text();
        }

        String relation(String word) {
            return a.dependencies().relation(at(word));
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            Dependencies d = a.dependencies();
            for (int i = 0; i < d.size(); i++) {
                b.append(a.tokens().get(i).text()).append('/').append(a.tokens().get(i).pos()).append(" <-")
                        .append(d.relation(i)).append("- ").append(d.head(i) < 0 ? "ROOT" : a.tokens().get(d.head(i)).text()).append('\n');
            }
            return b.toString();
        }
    }

    // The three sentences below are the arcs a contact rule would read. They are written in the
    // treebank's conventions: a name's head is its first word ("Ana" in "Ana Ruiz", "Ruiz" being
    // flat), a title before it hangs from the name (nmod:desc). The bundled model gets each of them
    // partly wrong; they are kept, disabled, with what it does instead, rather than tuned for.

    @Test
    @Disabled("known miss of the bundled model: \"Peruvian\" is left at the bottom of the stack and ends as the "
            + "root, \"held\" its ccomp; \"Ruiz\" is nsubj of \"held\" beside \"Ana\"; \"Tomás\" is conj of \"Ruiz\"")
    void coordinatedSubjectsOfTalks() {
        Parse p = parse("Peruvian President Ana Ruiz and Chilean President Tomás Vidal held talks in Lima on Tuesday.");
        assertThat(p.relation("held")).as(p.toString()).isEqualTo("root");
        assertThat(p.head("Ana")).as(p.toString()).isEqualTo("held");
        assertThat(p.relation("Ana")).as(p.toString()).isEqualTo("nsubj");
        assertThat(p.head("Ruiz")).as(p.toString()).isEqualTo("Ana");
        assertThat(p.head("Tomás")).as(p.toString()).isEqualTo("Ana");
        assertThat(p.relation("Tomás")).as(p.toString()).isEqualTo("conj");
        assertThat(p.head("talks")).as(p.toString()).isEqualTo("held");
        assertThat(p.relation("talks")).as(p.toString()).isEqualTo("obj");
    }

    @Test
    @Disabled("known miss of the bundled model: \"the\" is the obj of \"received\", \"visiting\" its acl, and "
            + "\"Mike\" the obj of \"visiting\"")
    void theVisitorIsTheObjectOfReceived() {
        Parse p = parse("Putin received the visiting U.S. Vice President Mike Pence at the Kremlin.");
        assertThat(p.head("Putin")).as(p.toString()).isEqualTo("received");
        assertThat(p.relation("Putin")).as(p.toString()).isEqualTo("nsubj");
        assertThat(p.head("Mike")).as(p.toString()).isEqualTo("received");
        assertThat(p.relation("Mike")).as(p.toString()).isEqualTo("obj");
        assertThat(p.head("Pence")).as(p.toString()).isEqualTo("Mike");
    }

    @Test
    @Disabled("known miss of the bundled model: the tagger makes \"before\" an ADV, and \"opening\" becomes the "
            + "ccomp of \"told\" with \"reporters\" its subject; \"Sameh\" is the appos of \"opening\"")
    void talksWithACounterpartInApposition() {
        Parse p = parse("Marsudi told reporters before opening talks with her Egyptian counterpart, Sameh Shoukry.");
        assertThat(p.head("Marsudi")).as(p.toString()).isEqualTo("told");
        assertThat(p.relation("Marsudi")).as(p.toString()).isEqualTo("nsubj");
        assertThat(p.head("opening")).as(p.toString()).isEqualTo("told");
        assertThat(p.relation("opening")).as(p.toString()).isEqualTo("advcl");
        assertThat(p.head("talks")).as(p.toString()).isEqualTo("opening");
        assertThat(p.head("with")).as(p.toString()).isEqualTo("counterpart");
        assertThat(p.head("Sameh")).as(p.toString()).isEqualTo("counterpart");
        assertThat(p.relation("Sameh")).as(p.toString()).isEqualTo("appos");
    }

    @Test
    void everySentenceOfTheTestArticlesGetsOneProjectiveTree() {
        int sentences = 0;
        for (Article article : TestTexts.articles()) {
            AnalysedArticle a = analyser.analyse(article); // checks every head lies in its sentence
            Dependencies d = a.dependencies(); // checks there is no cycle
            for (Sentence s : a.sentences()) {
                int start = s.tokens().start();
                int[] heads = new int[s.tokens().size()];
                int roots = 0;
                for (int i = 0; i < heads.length; i++) {
                    int h = d.head(start + i);
                    assertThat(h == -1 || (h >= start && h < s.tokens().end())).isTrue();
                    heads[i] = h < 0 ? -1 : h - start;
                    roots += h < 0 ? 1 : 0;
                    assertThat(d.relation(start + i).equals("root")).isEqualTo(h < 0);
                }
                assertThat(roots).as(a.text(s.span())).isEqualTo(1);
                assertThat(Projectiviser.isProjective(heads)).as(a.text(s.span())).isTrue();
                sentences++;
            }
        }
        assertThat(sentences).isGreaterThan(1000);
    }

    @Test
    void oneParserSharedByThreadsParsesAsOneThreadDoes() throws Exception {
        List<Article> articles = TestTexts.articles();
        List<Dependencies> alone = articles.stream().map(a -> analyser.analyse(a).dependencies()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Dependencies>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    // each thread starts at another article, so the threads parse different articles at once
                    Dependencies[] out = new Dependencies[articles.size()];
                    for (int k = 0; k < articles.size(); k++) {
                        int i = (k + offset * articles.size() / 4) % articles.size();
                        out[i] = analyser.analyse(articles.get(i)).dependencies();
                    }
                    return Arrays.asList(out);
                }));
            }
            for (Future<List<Dependencies>> run : runs) {
                assertThat(run.get()).containsExactlyElementsOf(alone);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aModelWrittenAndReadBackParsesTheSame() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        parser.model().write(bytes);
        DependencyParser copy = new DependencyParser(ParserModel.read(new ByteArrayInputStream(bytes.toByteArray())));
        assertThat(copy.model().features()).isEqualTo(parser.model().features());
        String[] words = "Lavrov met his Turkish counterpart in Ankara on Monday .".split(" ");
        String[] tags = "PROPN VERB PRON ADJ NOUN ADP PROPN ADP PROPN PUNCT".split(" ");
        assertThat(copy.parse(words, tags)).isEqualTo(parser.parse(words, tags));
        assertThat(parser.parse(new String[0], new String[0]).heads()).isEmpty();
    }

    @Test
    void combinedTagsAreReadByTheirFirstPart() {
        assertThat(ParserFeatures.tag("PROPN+PART")).isEqualTo(ParserFeatures.tag("PROPN"));
        assertThat(ParserFeatures.tag("AUX+PART")).isEqualTo(ParserFeatures.tag("AUX"));
        assertThat(ParserFeatures.tag("NNP")).isEqualTo(ParserFeatures.tag("X"));
        assertThat(ParserFeatures.normalise("Kazakhstan’s 2025")).isEqualTo("kazakhstan's 0000");
        assertThat(ParserFeatures.shape("U.S.")).isEqualTo("X.X.");
        assertThat(ParserFeatures.shape("Tuesday")).isEqualTo("Xxx");
    }
}
