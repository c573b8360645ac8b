package diplograph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting, call, visit or talks, as one article reports it.
 *
 * @param kind         what happened
 * @param participants the persons taking part, in order of mention (at least one); for talks
 *                     between states where no person is named, the states
 * @param date         when, or {@code null} when the article does not say
 * @param place        where, or {@code null}
 * @param evidence     the sentence reporting it
 */
public record Event(EventKind kind, List<Entity> participants, LocalDate date, Entity place,
                    Evidence evidence) implements Fact {

    public Event {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(evidence, "evidence");
        participants = List.copyOf(participants);
        if (participants.isEmpty()) {
            throw new IllegalArgumentException("an event needs a participant");
        }
    }
}
