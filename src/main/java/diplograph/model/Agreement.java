package diplograph.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement signed or issued in the reported events.
 *
 * @param kind               "memorandum of understanding", "joint statement", … (lexicon label)
 * @param parties            the states bound by it
 * @param partyOrganizations organizations signing for them (their foreign ministries…)
 * @param signatories        the persons who signed
 * @param date               when, or {@code null}
 * @param place              where, or {@code null}
 * @param topics             topic labels from the topics lexicon
 * @param evidence           the sentence reporting the signing
 */
public record Agreement(String kind, List<Entity> parties, List<Entity> partyOrganizations,
                        List<Entity> signatories, LocalDate date, Entity place, List<String> topics,
                        Evidence evidence) implements Fact {

    public Agreement {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(evidence, "evidence");
        parties = List.copyOf(parties);
        partyOrganizations = List.copyOf(partyOrganizations);
        signatories = List.copyOf(signatories);
        topics = List.copyOf(topics);
    }
}
