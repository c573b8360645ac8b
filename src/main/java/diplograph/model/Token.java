package diplograph.model;

/** One token: its place in the article, its text and its part-of-speech tag (Penn Treebank). */
public record Token(CharSpan span, String text, String pos) {

    public Token {
        java.util.Objects.requireNonNull(span, "span");
        java.util.Objects.requireNonNull(text, "text");
        java.util.Objects.requireNonNull(pos, "pos");
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
