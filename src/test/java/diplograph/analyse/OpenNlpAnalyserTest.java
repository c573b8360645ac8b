package diplograph.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import diplograph.model.AnalysedArticle;
import diplograph.model.Token;
import diplograph.read.ReadOutcome;
import diplograph.read.Readers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenNlpAnalyserTest {

    private static AnalysedArticle seed() {
        return new OpenNlpAnalyser().analyse(seedArticle());
    }

    @Test
    void everyTokenCoversExactlyItsTextInTheArticle() {
        AnalysedArticle a = seed();
        assertThat(a.tokens()).isNotEmpty().allSatisfy(t ->
                assertThat(t.span().coveredText(a.article().text())).isEqualTo(t.text()));
    }

    @Test
    void headingsAreNotSentences() {
        AnalysedArticle a = seed();
        assertThat(a.sentences()).noneMatch(s -> a.text(s.span()).startsWith("Kazakhstan hails Iran"));
        assertThat(a.sentences()).hasSize(28);
    }

    @Test
    void curlyPossessivesDashesAndFinalPeriodsAreSplit() {
        AnalysedArticle a = seed();
        List<String> words = a.tokens().stream().map(Token::text).toList();
        assertThat(words).contains("Kazakhstan", "’s", "—", "Tokayev").doesNotContain("Kazakhstan’s", "Tokayev.");
    }

    @Test
    void onlyTheSelectedSentencesAndTheSentenceBeforeEachAreParsed() {
        var article = seedArticle();
        // Select the sentences that mention a telephone: the parse is the analyser's costliest layer.
        AnalysedArticle a = new OpenNlpAnalyser(java.util.Set.of(), DependencyParser.standard(),
                (sentence, text) -> sentence.stream().anyMatch(t -> t.text().equals("telephone"))).analyse(article);
        List<Integer> parsed = parsedSentences(a);
        int call = telephoneSentence(a);
        assertThat(parsed).containsExactly(call - 1, call);
        assertThat(a.tokens().subList(a.sentences().get(0).tokens().start(), a.sentences().get(0).tokens().end()))
                .isNotEmpty();
        assertThat(a.dependencies().relation(a.sentences().get(0).tokens().start())).isEqualTo("dep");
        // Every sentence, as the default does, gives the selected sentences the same trees.
        AnalysedArticle all = new OpenNlpAnalyser().analyse(article);
        var s = a.sentences().get(call);
        for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
            assertThat(a.dependencies().head(i)).isEqualTo(all.dependencies().head(i));
            assertThat(a.dependencies().relation(i)).isEqualTo(all.dependencies().relation(i));
        }
    }

    @Test
    void aSelectorMaySpareTheSentenceBeforeASelectedOne() {
        var article = seedArticle();
        SentenceSelector telephoneOnly = new SentenceSelector() {
            @Override
            public boolean parse(List<diplograph.model.Token> sentence, String text) {
                return sentence.stream().anyMatch(t -> t.text().equals("telephone"));
            }

            @Override
            public boolean parseSentenceBefore(List<diplograph.model.Token> sentence, String text) {
                return false;
            }
        };
        AnalysedArticle a = new OpenNlpAnalyser(java.util.Set.of(), DependencyParser.standard(), telephoneOnly).analyse(article);
        List<Integer> parsed = parsedSentences(a);
        int call = telephoneSentence(a);
        assertThat(parsed).containsExactly(call);
    }

    private static diplograph.model.Article seedArticle() {
        List<ReadOutcome> out = new ArrayList<>();
        new Readers().read(List.of(Fixtures.seed()), out::add);
        return ((ReadOutcome.Read) out.get(0)).article();
    }

    /** The indexes of the sentences that have a parse. */
    private static List<Integer> parsedSentences(AnalysedArticle a) {
        return a.sentences().stream()
                .filter(s -> java.util.stream.IntStream.range(s.tokens().start(), s.tokens().end())
                        .anyMatch(i -> a.dependencies().head(i) >= 0))
                .map(diplograph.model.Sentence::index).toList();
    }

    /** The index of the seed's sentence about the telephone conversation. */
    private static int telephoneSentence(AnalysedArticle a) {
        return a.sentences().stream().filter(s -> a.text(s.span()).contains("telephone conversation"))
                .findFirst().orElseThrow().index();
    }
}
