package diplograph.model;

import java.util.List;

/**
 * An article with its sentences, tokens and dependency parse: the output of the analyse stage.
 *
 * @param dependencies one head and relation per token, each head inside its token's sentence
 */
public record AnalysedArticle(Article article, List<Sentence> sentences, List<Token> tokens, Dependencies dependencies) {

    public AnalysedArticle {
        java.util.Objects.requireNonNull(article, "article");
        java.util.Objects.requireNonNull(dependencies, "dependencies");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        if (dependencies.size() != tokens.size()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + dependencies.size() + " parsed");
        }
        for (Sentence s : sentences) {
            for (int i = s.tokens().start(); i < s.tokens().end(); i++) {
                int head = dependencies.head(i);
                if (head != -1 && (head < s.tokens().start() || head >= s.tokens().end())) {
                    throw new IllegalArgumentException("token " + i + " has its head " + head + " outside sentence " + s.index());
                }
            }
        }
    }

    /**
     * An article without a parse: every token is its own root with the relation
     * {@value Dependencies#UNPARSED} ({@link Dependencies#unparsed}), as hand-built fixtures have it.
     */
    public AnalysedArticle(Article article, List<Sentence> sentences, List<Token> tokens) {
        this(article, sentences, tokens, Dependencies.unparsed(tokens.size()));
    }

    /** The tokens of one sentence. */
    public List<Token> tokens(Sentence s) {
        return tokens.subList(s.tokens().start(), s.tokens().end());
    }

    public String text(CharSpan span) {
        return span.coveredText(article.text());
    }
}
