package diplograph.read;

/** Why an input was not read as an article. The catalogue of input errors, one line each. */
public enum RejectReason {
    EMPTY("empty article"),
    BINARY("binary content, not text"),
    INVALID_UTF8("invalid UTF-8"),
    TOO_LARGE("larger than the maximum article size"),
    BAD_DATE("invalid date"),
    MALFORMED("malformed JSON line"),
    UNSUPPORTED_TYPE("unsupported file type"),
    UNREADABLE("cannot be read");

    private final String summary;

    RejectReason(String summary) {
        this.summary = summary;
    }

    public String summary() {
        return summary;
    }
}
