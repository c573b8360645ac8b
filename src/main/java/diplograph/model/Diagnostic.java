package diplograph.model;

/** A soft problem found while reading an article, such as a relative date left unresolved. */
public record Diagnostic(String code, String message, CharSpan span) {

    public Diagnostic {
        java.util.Objects.requireNonNull(code, "code");
        java.util.Objects.requireNonNull(message, "message");
    }
}
