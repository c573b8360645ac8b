package diplograph.model;

/**
 * Where a fact came from: the sentence that states it, the rule that read it, and how sure it is.
 *
 * @param sentence   index of the sentence in the article
 * @param span       the sentence's characters in the article text
 * @param rule       versioned rule id, e.g. {@code meeting.trigger.v1}
 * @param confidence between 0 and 1
 */
public record Evidence(int sentence, CharSpan span, String rule, double confidence) {

    public Evidence {
        java.util.Objects.requireNonNull(span, "span");
        java.util.Objects.requireNonNull(rule, "rule");
        if (!rule.matches("[a-z_]+(\\.[a-z_]+)*\\.v[0-9]+")) {
            throw new IllegalArgumentException("rule id must look like name.v1: " + rule);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }
}
