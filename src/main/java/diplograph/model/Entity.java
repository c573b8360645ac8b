package diplograph.model;

import java.util.List;
import java.util.Objects;

/**
 * A state, person, organization or place, identified by a key that is the same in every article.
 *
 * @param kind     what it is
 * @param key      stable identifier within its kind (ISO code, name slug, organization id)
 * @param label    canonical label ("Masoud Pezeshkian", "Iran")
 * @param aliases  other forms seen or known ("Pezeshkian", "Islamic Republic of Iran")
 * @param code     ISO 3166 alpha-2 code for states, acronym for organizations, else {@code null}
 * @param wikidata Wikidata QID ("Q794") when a reference table knows it, else {@code null}
 */
public record Entity(EntityKind kind, String key, String label, List<String> aliases,
                     String code, String wikidata) {

    public Entity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        if (wikidata != null && !wikidata.matches("Q[0-9]+")) {
            throw new IllegalArgumentException("not a Wikidata QID: " + wikidata);
        }
    }

    /** Same entity, with one more alias (kept once, in order of first sight). */
    public Entity withAlias(String alias) {
        if (alias.equals(label) || aliases.contains(alias)) {
            return this;
        }
        var more = new java.util.ArrayList<>(aliases);
        more.add(alias);
        return new Entity(kind, key, label, more, code, wikidata);
    }
}
