package diplograph.model;

/**
 * A stretch of one sentence that refers to an entity.
 *
 * @param sentence index of the sentence
 * @param tokens   the tokens of the mention
 * @param span     the characters of the mention
 * @param entity   what it refers to
 * @param rule     the rule that found it, e.g. {@code person.title_name.v1}
 */
public record Mention(int sentence, TokenSpan tokens, CharSpan span, Entity entity, String rule) {

    public Mention {
        java.util.Objects.requireNonNull(tokens, "tokens");
        java.util.Objects.requireNonNull(span, "span");
        java.util.Objects.requireNonNull(entity, "entity");
        java.util.Objects.requireNonNull(rule, "rule");
    }
}
