package diplograph.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.lexicon.Lexicon;
import diplograph.model.AnalysedArticle;
import diplograph.model.Article;
import diplograph.model.Block;
import diplograph.model.CharSpan;
import diplograph.model.Sentence;
import diplograph.model.Token;
import diplograph.model.TokenSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Date resolution against a Saturday publication date (2025-06-07), on hand-built tokens. */
public class DateFinderTest {

    private static final DateFinder FINDER = new DateFinder(Lexicon.load());

    /** One sentence, whitespace-tokenised, no models needed. */
    static AnalysedArticle sentence(String text, LocalDate published) {
        Article a = new Article("t", text, published, null, null, null,
                List.of(new Block(Block.BlockKind.PARAGRAPH, new CharSpan(0, text.length()))), "t");
        List<Token> tokens = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]").matcher(text);
        while (m.find()) {
            tokens.add(new Token(new CharSpan(m.start(), m.end()), m.group(), "X"));
        }
        return new AnalysedArticle(a, List.of(new Sentence(0, new CharSpan(0, text.length()),
                new TokenSpan(0, tokens.size()), 0)), tokens);
    }

    @ParameterizedTest
    @CsvSource({
        "'They met on Thursday .', 2025-06-05",
        "'They met on Saturday .', 2025-06-07",
        "'They met on Sunday .', 2025-06-01",
        "'They met yesterday .', 2025-06-06",
        "'They met on 5 June .', 2025-06-05",
        "'They met on June 5 , 2024 .', 2024-06-05",
        "'They met on December 30 .', 2024-12-30",
        "'They met on 2025-05-01 .', 2025-05-01",
    })
    void resolvesAgainstThePublicationDate(String text, String expected) {
        AnalysedArticle a = sentence(text, LocalDate.of(2025, 6, 7));
        assertThat(FINDER.find(a, a.sentences().get(0))).extracting(DateMention::date)
                .containsExactly(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"'They met on Thursday .'", "'They met yesterday .'", "'They met on 5 June .'"})
    void withoutAPublicationDateRelativeDatesStayUnresolved(String text) {
        AnalysedArticle a = sentence(text, null);
        assertThat(FINDER.find(a, a.sentences().get(0))).extracting(DateMention::date).containsOnlyNulls().hasSize(1);
    }
}
