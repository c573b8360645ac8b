package diplograph.model;

/** One block of an article's body: a paragraph or a heading, with where it lies in the text. */
public record Block(BlockKind kind, CharSpan span) {

    public enum BlockKind { PARAGRAPH, HEADING }

    public Block {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(span, "span");
    }
}
