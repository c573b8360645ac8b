package diplograph.model;

import java.util.List;

/** An article with its sentences and tokens: the output of the analyse stage. */
public record AnalysedArticle(Article article, List<Sentence> sentences, List<Token> tokens) {

    public AnalysedArticle {
        java.util.Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }

    /** The tokens of one sentence. */
    public List<Token> tokens(Sentence s) {
        return tokens.subList(s.tokens().start(), s.tokens().end());
    }

    public String text(CharSpan span) {
        return span.coveredText(article.text());
    }
}
