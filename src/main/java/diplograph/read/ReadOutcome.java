package diplograph.read;

import diplograph.model.Article;

/** What reading one input item gave: an article, or the reason it was rejected. */
public sealed interface ReadOutcome {

    /** An article read successfully. */
    record Read(Article article) implements ReadOutcome {
        public Read {
            java.util.Objects.requireNonNull(article, "article");
        }
    }

    /**
     * An input item that was not read.
     *
     * @param source the file, with {@code :line} for JSON Lines
     * @param reason the catalogue entry
     * @param detail what exactly was wrong
     */
    record Rejected(String source, RejectReason reason, String detail) implements ReadOutcome {
        public Rejected {
            java.util.Objects.requireNonNull(source, "source");
            java.util.Objects.requireNonNull(reason, "reason");
        }

        /** The one-line message the CLI prints: {@code FILE: reason: detail}. */
        public String message() {
            return source + ": " + reason.summary() + (detail == null || detail.isBlank() ? "" : ": " + detail);
        }
    }
}
