package diplograph.follow;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tukaani.xz.XZInputStream;

/**
 * The real feed history of {@code src/test/resources/feeds} (264 successive polls of the State
 * Department's press-release feed, June 2021), served as a feed that moves on one snapshot each
 * time the follower shows, by its {@code If-None-Match}, that it holds the current one whole: so a
 * follower that is killed and restarted is shown every snapshot, as one polling a real feed often
 * enough would be. A snapshot byte-identical to the one before it is a 304.
 */
final class FeedHistory implements LocalWeb.Handler {

    final List<byte[]> snapshots;
    private int current;
    private volatile boolean finished;

    FeedHistory(List<byte[]> snapshots) {
        this.snapshots = snapshots;
    }

    /** The snapshots of the bundled archive, in poll order. */
    static List<byte[]> load() throws IOException {
        List<byte[]> files = new ArrayList<>();
        try (InputStream raw = FeedHistory.class.getResourceAsStream("/feeds/statedept-rss-2021-06.tar.xz");
             InputStream tar = new XZInputStream(raw)) {
            java.util.Map<String, byte[]> byName = new java.util.TreeMap<>();
            byte[] header = new byte[512];
            while (tar.readNBytes(header, 0, 512) == 512) {
                String name = new String(header, 0, 100, java.nio.charset.StandardCharsets.US_ASCII).replaceAll("\u0000.*", "");
                if (name.isEmpty()) {
                    break; // the archive's end
                }
                String octal = new String(header, 124, 12, java.nio.charset.StandardCharsets.US_ASCII).replaceAll("[^0-7]", "");
                int size = octal.isEmpty() ? 0 : Integer.parseInt(octal, 8);
                byte[] data = tar.readNBytes(size);
                tar.readNBytes((512 - size % 512) % 512);
                if (name.endsWith(".rss") && header[156] != '5') {
                    byName.put(name, data);
                }
            }
            files.addAll(byName.values()); // the names are the poll times: sorted, they are in poll order
        }
        return files;
    }

    static String etag(byte[] snapshot) {
        try {
            return "\"" + java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(snapshot)).substring(0, 16) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized LocalWeb.Answer answer(HttpExchange x) {
        String held = x.getRequestHeaders().getFirst("If-None-Match");
        if (held != null && held.equals(etag(snapshots.get(current)))) {
            if (current == snapshots.size() - 1) {
                finished = true;
                return LocalWeb.Answer.status(304, Map.of("ETag", held));
            }
            current++;
            if (etag(snapshots.get(current)).equals(held)) {
                return LocalWeb.Answer.status(304, Map.of("ETag", held));
            }
        }
        byte[] body = snapshots.get(current);
        return new LocalWeb.Answer(200, Map.of("Content-Type", "application/rss+xml; charset=UTF-8", "ETag", etag(body)), body);
    }

    /** Whether the follower has shown it holds the last snapshot whole. */
    boolean finished() {
        return finished;
    }

    /** The snapshot the feed is at (0-based). */
    synchronized int position() {
        return current;
    }

}
