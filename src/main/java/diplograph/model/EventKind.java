package diplograph.model;

/**
 * The kinds of diplomatic event the graph knows, each with its CAMEO code (GDELT codebook v1.1b3).
 * The {@link #word()} is what the contract queries print in {@code ?kind}.
 */
public enum EventKind {
    MEETING("meeting", "040"),
    PHONE_CALL("phone_call", "041"),
    VISIT("visit", "042"),
    VIDEOCONFERENCE("videoconference", "040"),
    TALKS("talks", "046");

    private final String word;
    private final String cameo;

    EventKind(String word, String cameo) {
        this.word = word;
        this.cameo = cameo;
    }

    public String word() {
        return word;
    }

    public String cameo() {
        return cameo;
    }

    /**
     * What makes two reports one contact: meetings, talks and visits are one in-person class
     * ("met with" in one article, "held talks with" in another); calls and videoconferences each
     * their own.
     */
    public String contactClass() {
        return this == MEETING || this == TALKS || this == VISIT ? "in_person" : word;
    }

    /** Of two kinds of one contact, the more specific: talks over meeting over visit. */
    public EventKind moreSpecific(EventKind other) {
        return specificity() >= other.specificity() ? this : other;
    }

    private int specificity() {
        return switch (this) {
            case TALKS -> 3;
            case MEETING -> 2;
            default -> 1;
        };
    }

    /** The kind named by a lexicon word such as {@code phone_call}. */
    public static EventKind ofWord(String word) {
        for (EventKind k : values()) {
            if (k.word.equals(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown event kind: " + word);
    }
}
