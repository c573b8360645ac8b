package diplograph.model;

import java.util.List;
import java.util.Objects;

/**
 * Whether a person of one article is the official a Wikidata item describes, and why: linked, with
 * the grounds that agreed (name, office, state, the article's date in a term of office), or not
 * linked, with the reason. A wrong link is worse than none, so a link needs exactly one official
 * to fit.
 *
 * @param person         the person, as the article's graph names it (keyed by the item when linked)
 * @param wikidata       the Wikidata item, or {@code null} when not linked
 * @param grounds        what agreed, one short statement each ("office: Secretary of State of United States")
 * @param unlinkedReason why no item was taken, or {@code null} when linked
 * @param evidence       the sentence whose mention gave the strongest ground, the rule and its confidence
 */
public record PersonLink(Entity person, String wikidata, List<String> grounds, String unlinkedReason,
                         Evidence evidence) implements Fact {

    public PersonLink {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(evidence, "evidence");
        grounds = List.copyOf(grounds);
        if ((wikidata == null) == (unlinkedReason == null)) {
            throw new IllegalArgumentException("a link has an item or a reason, not both: " + person.label());
        }
    }

    public boolean linked() {
        return wikidata != null;
    }
}
