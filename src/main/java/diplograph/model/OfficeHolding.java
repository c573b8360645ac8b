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
 */
public record OfficeHolding(Entity person, Office office, Entity of, LocalDate observedOn,
                            Evidence evidence) implements Fact {

    public OfficeHolding {
        java.util.Objects.requireNonNull(person, "person");
        java.util.Objects.requireNonNull(office, "office");
        java.util.Objects.requireNonNull(of, "of");
        java.util.Objects.requireNonNull(evidence, "evidence");
    }
}
