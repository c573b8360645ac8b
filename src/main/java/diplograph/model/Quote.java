package diplograph.model;

/**
 * A quotation and who said it.
 *
 * @param speaker  the person quoted
 * @param text     the quoted words; an attribution in the middle ("…,” he said, “and…") is left out
 * @param evidence the quotation's characters in the article, from opening to closing mark
 */
public record Quote(Entity speaker, String text, Evidence evidence) implements Fact {

    public Quote {
        java.util.Objects.requireNonNull(speaker, "speaker");
        java.util.Objects.requireNonNull(text, "text");
        java.util.Objects.requireNonNull(evidence, "evidence");
    }
}
