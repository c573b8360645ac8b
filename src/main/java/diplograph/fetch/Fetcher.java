package diplograph.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * A polite HTTP client for following sources: http and https only, a {@code User-Agent} naming
 * diplograph, gzip, conditional requests, robots.txt honoured (read once a day per host), one
 * request at a time with at least {@link Politeness#hostDelay} (or the host's {@code Crawl-delay})
 * between two requests to the same host, a timeout on every request and a size limit on every
 * response. 429 and 503 become a {@link FetchException} that carries the server's
 * {@code Retry-After}, for the caller to wait that long before asking that source again.
 * One follower uses one fetcher from one thread.
 */
public final class Fetcher {

    /**
     * What politeness costs, and where its limits lie.
     *
     * @param userAgent the {@code User-Agent}; its first word is the product token robots.txt groups name
     * @param hostDelay the least time between two requests to the same host
     * @param timeout   for connecting, and for the whole of each answer
     * @param maxBytes  a larger answer (after decompression) is refused
     * @param robots    whether robots.txt is read and honoured
     */
    public record Politeness(String userAgent, Duration hostDelay, Duration timeout, long maxBytes, boolean robots) {

        public static final String USER_AGENT = "diplograph/0.1.0 (+https://w3id.org/diplograph; a news-to-graph follower)";

        public static Politeness standard() {
            return new Politeness(USER_AGENT, Duration.ofSeconds(1), Duration.ofSeconds(30), 8L << 20, true);
        }

        String productToken() {
            return userAgent.split("[/\\s]", 2)[0];
        }
    }

    private static final Duration ROBOTS_KEPT = Duration.ofHours(24);
    /** A Retry-After longer than this is taken as this: a follower asks again within the day. */
    private static final Duration LONGEST_WAIT = Duration.ofHours(24);

    private record KnownRobots(Robots robots, Instant read) {
    }

    private final Politeness politeness;
    private final HttpClient http;
    private final Clock clock;
    private final Map<String, Instant> lastRequest = new HashMap<>();
    private final Map<String, KnownRobots> robots = new HashMap<>();

    public Fetcher(Politeness politeness) {
        this(politeness, Clock.systemUTC());
    }

    Fetcher(Politeness politeness, Clock clock) {
        this.politeness = politeness;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(politeness.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL) // never from https down to http
                .build();
    }

    /**
     * GETs {@code uri}, sending the validators of the copy the caller holds ({@code null} when none).
     *
     * @return 200 with its body, or 304 when the copy is current
     * @throws FetchException anything else: another status, robots.txt forbidding the path, a
     *                        response over the size limit, a timeout or a network failure
     */
    public Response get(URI uri, String etag, String lastModified) throws FetchException {
        requireWeb(uri);
        if (politeness.robots() && !robotsOf(uri).allows(pathAndQuery(uri))) {
            throw new FetchException(uri + ": robots.txt disallows it for " + politeness.productToken());
        }
        return request(uri, etag, lastModified);
    }

    private static void requireWeb(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new FetchException(uri + ": only http and https URLs are followed");
        }
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private Robots robotsOf(URI uri) throws FetchException {
        String origin = origin(uri);
        KnownRobots known = robots.get(origin);
        Instant now = clock.instant();
        if (known != null && known.read.plus(ROBOTS_KEPT).isAfter(now)) {
            return known.robots;
        }
        Robots r;
        try {
            Response answer = request(URI.create(origin + "/robots.txt"), null, null);
            r = Robots.parse(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8), politeness.productToken());
        } catch (FetchException e) {
            // RFC 9309: a robots.txt that is missing (4xx) allows everything; one that cannot be
            // read (5xx, no answer) forbids everything until it can, so it is asked for again next time.
            if (e.getMessage().contains(" status 4")) {
                r = Robots.ALLOW_ALL;
            } else {
                robots.remove(origin);
                throw new FetchException(uri + ": robots.txt could not be read (" + e.getMessage() + "): not fetched",
                        e.retryAfter());
            }
        }
        robots.put(origin, new KnownRobots(r, now));
        return r;
    }

    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getRawAuthority();
    }

    private Response request(URI uri, String etag, String lastModified) throws FetchException {
        waitForHost(uri);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(politeness.timeout()).GET()
                .header("User-Agent", politeness.userAgent())
                .header("Accept-Encoding", "gzip");
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            b.header("If-Modified-Since", lastModified);
        }
        HttpResponse<InputStream> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new FetchException(uri + ": " + (e instanceof java.net.http.HttpTimeoutException
                    ? "no answer within " + politeness.timeout().toSeconds() + " s" : String.valueOf(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(uri + ": interrupted");
        } finally {
            lastRequest.put(origin(uri), clock.instant());
        }
        int status = r.statusCode();
        try (InputStream in = r.body()) {
            if (status == 304) {
                return new Response(r.uri(), 304, new byte[0], etag, lastModified, null);
            }
            if (status != 200) {
                Instant retry = status == 429 || status == 503 ? retryAfter(r.headers().firstValue("Retry-After").orElse(null)) : null;
                throw new FetchException(uri + ": status " + status
                        + (retry != null ? ", retry after " + retry : ""), retry);
            }
            boolean gzip = r.headers().firstValue("Content-Encoding").map(v -> v.toLowerCase(java.util.Locale.ROOT).contains("gzip")).orElse(false);
            byte[] body = readLimited(gzip ? new java.util.zip.GZIPInputStream(in) : in, uri);
            return new Response(r.uri(), 200, body, r.headers().firstValue("ETag").orElse(null),
                    r.headers().firstValue("Last-Modified").orElse(null),
                    r.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new FetchException(uri + ": the answer broke off: " + e);
        }
    }

    private byte[] readLimited(InputStream in, URI uri) throws IOException, FetchException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, politeness.maxBytes() + 1));
        if (body.length > politeness.maxBytes()) {
            throw new FetchException(uri + ": larger than " + politeness.maxBytes() + " bytes");
        }
        return body;
    }

    /** Sleeps until the host's last request lies the delay back. */
    private void waitForHost(URI uri) {
        String origin = origin(uri);
        Instant last = lastRequest.get(origin);
        if (last == null) {
            return;
        }
        Duration delay = politeness.hostDelay();
        KnownRobots known = robots.get(origin);
        if (known != null && known.robots.crawlDelay() != null && known.robots.crawlDelay().compareTo(delay) > 0) {
            delay = known.robots.crawlDelay();
        }
        long wait = Duration.between(clock.instant(), last.plus(delay)).toMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** {@code Retry-After} as seconds or an HTTP date; {@code null} when absent or unreadable. */
    Instant retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant now = clock.instant();
        Instant at;
        try {
            at = now.plusSeconds(Long.parseLong(value.strip()));
        } catch (NumberFormatException notSeconds) {
            try {
                at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (java.time.format.DateTimeParseException unreadable) {
                return null;
            }
        }
        Instant latest = now.plus(LONGEST_WAIT);
        return at.isAfter(latest) ? latest : at;
    }
}
