package diplograph.lexicon;

import diplograph.model.Office;

/**
 * A title as written before or after a name, and the office it names.
 *
 * @param office   the office; {@code null} for a counterpart or a descriptor
 * @param category the broader office kind ("foreign_minister"); a descriptor's tells whom it fits
 * @param kind     how the title is used
 */
public record Title(Office office, String category, Kind kind) {

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
