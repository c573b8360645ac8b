package diplograph.model;

/**
 * One body sentence: its index in the article, its characters, its tokens and its paragraph.
 * Headings and the dateline are not sentences.
 */
public record Sentence(int index, CharSpan span, TokenSpan tokens, int paragraph) {

    public Sentence {
        java.util.Objects.requireNonNull(span, "span");
        java.util.Objects.requireNonNull(tokens, "tokens");
    }
}
