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
        List<ReadOutcome> out = new ArrayList<>();
        new Readers().read(List.of(Fixtures.seed()), out::add);
        return new OpenNlpAnalyser().analyse(((ReadOutcome.Read) out.get(0)).article());
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
}
