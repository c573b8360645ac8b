package diplograph.lexicon;

import diplograph.model.Office;

/**
 * A title as written before or after a name, and the office it names.
 *
 * @param office   the office; {@code null} for a counterpart or a descriptor
 * @param category the broader office kind ("foreign_minister"); a descriptor's tells whom it fits,
 *                 several separated by "|" ("head_of_state|head_of_government" for "leader")
 * @param kind     how the title is used
 * @param phrase   the title as the lexicon writes it ("Secretary")
 */
public record Title(Office office, String category, Kind kind, String phrase) {

    /**
     * Whether this descriptor can stand for a person titled {@code had}: same category, and a
     * descriptor that is a word of an office ("the Secretary") only for an office with that word
     * ("Secretary of State", not "Minister of Foreign Affairs").
     */
    public boolean describes(Title had) {
        // A descriptor may fit several categories: "leader" fits heads of state and of government.
        if (kind != Kind.DESCRIPTOR || had.kind() != Kind.OFFICE
                || !java.util.Arrays.asList(category.split("\\|")).contains(had.category())) {
            return false;
        }
        String label = " " + had.office().label().toLowerCase(java.util.Locale.ROOT) + " ";
        boolean officeWord = java.util.Arrays.stream(phrase.split("\\s+"))
                .allMatch(w -> label.contains(" " + w.toLowerCase(java.util.Locale.ROOT) + " "));
        boolean generic = phrase.chars().noneMatch(Character::isUpperCase); // "top diplomat"
        return generic || officeWord;
    }

    /**
     * Whether this office's label is the name of its category ("Head of State" of head_of_state,
     * "Head of Government" of head_of_government): said bare ("The Head of State noted…"), it stands
     * for whoever holds an office of that category, the president or the king, as "the leader" does.
     */
    public boolean namesItsCategory() {
        return kind == Kind.OFFICE && office != null
                && office.label().toLowerCase(java.util.Locale.ROOT).replace(' ', '_').equals(category);
    }

    /** Kinds of office a state has one holder of at a time (not ambassadors, envoys, spokespersons, deputies). */
    private static final java.util.Set<String> SOLE_OFFICES = java.util.Set.of("head_of_state", "head_of_government",
            "deputy_head_of_state", "foreign_minister", "minister");

    /**
     * Whether this title names an office one person holds for a state at a time: a bare title
     * ("the French foreign minister") may then stand for that day's holder, while "the French
     * ambassador" is one of many.
     */
    public boolean soleHolder() {
        return kind == Kind.OFFICE && SOLE_OFFICES.contains(category);
    }

    /** How a title phrase refers. */
    public enum Kind {
        /** Names an office: "Foreign Minister". */
        OFFICE,
        /** Takes the office of the other party: "his Iranian counterpart". */
        COUNTERPART,
        /** Identifies a person without asserting an office: "top diplomat". */
        DESCRIPTOR
    }
}
