package diplograph.model;

/**
 * An office as a role concept: "Minister of Foreign Affairs" in the category "foreign_minister".
 *
 * @param key      stable slug of the canonical title, used in IRIs
 * @param label    canonical title, as the {@code officials} query prints it
 * @param category the broader office kind (head_of_state, foreign_minister…) from the titles lexicon
 */
public record Office(String key, String label, String category) {

    public Office {
        java.util.Objects.requireNonNull(key, "key");
        java.util.Objects.requireNonNull(label, "label");
        java.util.Objects.requireNonNull(category, "category");
    }
}
