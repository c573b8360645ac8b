package diplograph.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.model.Article;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.Test;

class ChunkTokenizerTest {

    private static final TokenizerModel MODEL = OpenNlpAnalyser.tokenizerModel();

    @Test
    void tokenizesEveryTestArticleAsOpenNlpsTokenizerDoes() {
        List<Article> articles = TestTexts.articles();
        TokenizerME plain = new TokenizerME(MODEL);
        ChunkTokenizer chunks = new ChunkTokenizer(MODEL);
        int tokens = 0;
        for (Article article : articles) {
            // The whole text at once: paragraphs, line breaks and every kind of space between chunks.
            String text = article.text();
            var want = plain.tokenizePos(text);
            assertThat(chunks.tokenizePos(text)).as(article.id()).containsExactly(want);
            tokens += want.length;
        }
        assertThat(articles).hasSizeGreaterThan(60);
        assertThat(tokens).isGreaterThan(20_000);
        // The articles share many chunks, and a chunk met again is not tokenized again.
        assertThat(chunks.remembered()).isGreaterThan(chunks.chunks() / 2);
    }

    @Test
    void splitsAChunkMetAgainAsTheFirstTimeWhereverItStands() {
        ChunkTokenizer chunks = new ChunkTokenizer(MODEL);
        String first = "Iran's minister said: Kazakhstan's support (MFA) \"matters.\"";
        String again = "\u00a0 Kazakhstan's\tofficials said: Iran's\n";
        TokenizerME plain = new TokenizerME(MODEL);
        assertThat(chunks.tokenizePos(first)).containsExactly(plain.tokenizePos(first));
        long remembered = chunks.remembered();
        assertThat(chunks.tokenizePos(again)).containsExactly(plain.tokenizePos(again));
        assertThat(chunks.remembered() - remembered).isEqualTo(3); // Kazakhstan's, said:, Iran's
        assertThat(chunks.tokenizePos("")).isEmpty();
        assertThat(chunks.tokenizePos("  a  ")).containsExactly(plain.tokenizePos("  a  "));
    }

    @Test
    void remembersAtMostItsCapacityOfChunks() {
        ChunkTokenizer chunks = new ChunkTokenizer(MODEL);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ChunkTokenizer.CAPACITY + 100; i++) {
            text.append("n").append(i).append("'s ");
        }
        chunks.tokenizePos(text.toString());
        assertThat(chunks.size()).isEqualTo(ChunkTokenizer.CAPACITY);
        assertThat(chunks.remembered()).isZero();
        long before = chunks.remembered();
        chunks.tokenizePos("n0's n" + (ChunkTokenizer.CAPACITY + 99) + "'s");
        assertThat(chunks.remembered() - before).isEqualTo(1); // the newest kept, the oldest forgotten
    }
}
