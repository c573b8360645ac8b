package diplograph.extract.mention;

import java.time.LocalDate;

/**
 * A date expression in a sentence, resolved against the publication date.
 *
 * @param date the day meant, or {@code null} when it cannot be resolved (no publication date)
 */
public record DateMention(int sentence, int start, int end, LocalDate date) {
}
