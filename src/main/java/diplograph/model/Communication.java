package diplograph.model;

import java.time.LocalDate;

/**
 * A message, greetings or congratulations passed between officials.
 *
 * @param kind      message, greetings or congratulation
 * @param sender    who sends it (for congratulations: who congratulates), or {@code null}
 * @param recipient the person or state it is for, or {@code null}
 * @param via       who hands it over when not the sender ("conveyed greetings from Tokayev"), or null
 * @param occasion  what it is for ("Eid al-Adha"), or {@code null}
 * @param date      when, or {@code null}
 * @param evidence  the sentence reporting it
 */
public record Communication(String kind, Entity sender, Entity recipient, Entity via, String occasion,
                            LocalDate date, Evidence evidence) implements Fact {

    public Communication {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(evidence, "evidence");
        if (sender == null && via == null) {
            throw new IllegalArgumentException("a communication needs a sender or a go-between");
        }
    }
}
