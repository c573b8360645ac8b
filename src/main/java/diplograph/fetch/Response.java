package diplograph.fetch;

import java.net.URI;
import java.nio.charset.Charset;

/**
 * A successful answer: 200 with its body (decompressed), or 304 Not Modified with none.
 *
 * @param uri          where the answer came from, after redirects
 * @param etag         the {@code ETag} to send back as {@code If-None-Match}, or {@code null}
 * @param lastModified the {@code Last-Modified} to send back as {@code If-Modified-Since}, or {@code null}
 * @param contentType  the {@code Content-Type}, or {@code null}
 */
public record Response(URI uri, int status, byte[] body, String etag, String lastModified, String contentType) {

    public boolean notModified() {
        return status == 304;
    }

    /** The charset the {@code Content-Type} names, or {@code null} when it names none or an unknown one. */
    public Charset charset() {
        if (contentType == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([A-Za-z0-9_:.-]+)").matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
