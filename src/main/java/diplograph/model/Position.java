package diplograph.model;

/**
 * A stance a state takes, voiced by a speaker, on a matter, possibly towards another state.
 *
 * @param holder   the state (or organization) whose position it is
 * @param speaker  the person voicing it, or {@code null}
 * @param stance   support, oppose, reject, deny, condemn, welcome, praise, concern or call_for
 * @param about    a short phrase from the text saying what it is about
 * @param target   the state it concerns, or {@code null}
 * @param evidence the sentence stating it
 */
public record Position(Entity holder, Entity speaker, String stance, String about, Entity target,
                       Evidence evidence) implements Fact {

    /** The stances of the fixed SKOS scheme. */
    public static final java.util.List<String> STANCES = java.util.List.of("support", "oppose", "reject",
            "deny", "condemn", "welcome", "praise", "concern", "call_for");

    public Position {
        java.util.Objects.requireNonNull(holder, "holder");
        java.util.Objects.requireNonNull(about, "about");
        java.util.Objects.requireNonNull(evidence, "evidence");
        if (!STANCES.contains(stance)) {
            throw new IllegalArgumentException("unknown stance: " + stance);
        }
    }
}
