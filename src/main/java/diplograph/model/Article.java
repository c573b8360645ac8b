package diplograph.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article as read from its source, with the exact text and where its parts lie in it.
 *
 * @param id        stable identifier: the file name without extension, or the JSON Lines "id"
 * @param text      the exact text every {@link CharSpan} points into
 * @param published publication date, or {@code null} when the source gives none
 * @param title     headline, or {@code null}
 * @param url       source URL, or {@code null}
 * @param dateline  dateline place as written ("TEHRAN"), or {@code null}
 * @param blocks    paragraphs and headings, in text order
 * @param source    where the article was read from (a path, or path:line), for messages
 */
public record Article(String id, String text, LocalDate published, String title, String url,
                      String dateline, List<Block> blocks, String source) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        blocks = List.copyOf(blocks);
        for (Block b : blocks) {
            if (b.span().end() > text.length()) {
                throw new IllegalArgumentException("block outside the text: " + b.span());
            }
        }
    }

    /** Lowercase hex SHA-256 of the UTF-8 text: identifies unchanged articles across ingests. */
    public String sha256() {
        return sha256(text);
    }

    /** Lowercase hex SHA-256 of {@code s} in UTF-8. */
    public static String sha256(String s) {
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
