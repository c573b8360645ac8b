package diplograph.analyse;

import diplograph.model.AnalysedArticle;
import diplograph.model.Article;
import diplograph.model.Sentence;
import diplograph.model.Token;
import diplograph.read.ReadOutcome;
import diplograph.read.Readers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The test articles' texts, for the tests that compare an analyser part with OpenNLP's own over all of them. */
final class TestTexts {

    private TestTexts() {
    }

    /** Every {@code .txt} under {@code src/test/resources} that reads as an article, in path order. */
    static List<Article> articles() {
        List<Path> texts;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Article> articles = new ArrayList<>();
        new Readers().read(texts, r -> {
            if (r instanceof ReadOutcome.Read ok) {
                articles.add(ok.article());
            }
        });
        return articles;
    }

    /** The tokens of one sentence of an analysed article. */
    static List<Token> tokens(AnalysedArticle a, Sentence s) {
        return a.tokens().subList(s.tokens().start(), s.tokens().end());
    }

    /** The words of one sentence of an analysed article. */
    static String[] words(AnalysedArticle a, Sentence s) {
        return tokens(a, s).stream().map(Token::text).toArray(String[]::new);
    }
}
