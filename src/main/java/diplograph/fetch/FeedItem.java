package diplograph.fetch;

import java.time.Instant;

/**
 * One item of a feed or news sitemap, as the source states it.
 *
 * @param key       what identifies the item across polls: its link, else its guid or Atom id
 * @param link      the page of the item, or {@code null}
 * @param title     its title, or {@code null}
 * @param published {@code pubDate}, {@code dc:date}, Atom {@code published} (else {@code updated}),
 *                  a sitemap's publication date or {@code lastmod}; {@code null} when none is stated
 * @param content   the full text as HTML ({@code content:encoded}, Atom {@code content}), or {@code null}
 * @param summary   the description or Atom summary, or {@code null}
 */
public record FeedItem(String key, String link, String title, Instant published, String content, String summary) {

    public FeedItem {
        java.util.Objects.requireNonNull(key, "key");
    }

    /** Whether the feed carries the item's text, so its page need not be fetched. */
    public boolean hasContent() {
        return content != null && content.strip().length() >= MIN_CONTENT;
    }

    /** Shorter "content" is a teaser, not the article. */
    private static final int MIN_CONTENT = 200;

    /**
     * SHA-256 of what the source states about the item: when it is unchanged at the next poll, the
     * item is passed over without fetching its page.
     */
    public String hash() {
        String all = String.join("\u0000", String.valueOf(link), String.valueOf(title),
                String.valueOf(published), String.valueOf(content), String.valueOf(summary));
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(all.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
