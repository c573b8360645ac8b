package diplograph.model;

import java.time.LocalDate;

/**
 * A person holding an office of a state or organization, as observed in one article.
 *
 * @param person     who
 * @param office     which office
 * @param of         the state or organization the office belongs to
 * @param observedOn the article's publication date, or {@code null}
 * @param evidence   the sentence naming the person with the title
 * @param reference  what the reference says of it, for a person linked to it; {@code null} when unchecked
 */
public record OfficeHolding(Entity person, Office office, Entity of, LocalDate observedOn,
                            Evidence evidence, ReferenceCheck reference) implements Fact {

    public OfficeHolding {
        java.util.Objects.requireNonNull(person, "person");
        java.util.Objects.requireNonNull(office, "office");
        java.util.Objects.requireNonNull(of, "of");
        java.util.Objects.requireNonNull(evidence, "evidence");
    }

    public OfficeHolding(Entity person, Office office, Entity of, LocalDate observedOn, Evidence evidence) {
        this(person, office, of, observedOn, evidence, null);
    }

    /**
     * The reference's word on an office the article states: it agrees (a term of that office of that
     * state covers the date, quoted in {@code term}), or it does not know it — a new government, an
     * office the reference does not list. Either way the article's statement stands.
     */
    public record ReferenceCheck(boolean agrees, String term) {
    }
}
