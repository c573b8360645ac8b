package diplograph.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetcherTest {

    private HttpServer server;
    private final List<Long> requestTimes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/gzip", x -> {
            requestTimes.add(System.nanoTime());
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (GZIPOutputStream z = new GZIPOutputStream(b)) {
                z.write("hello, compressed".getBytes());
            }
            x.getResponseHeaders().add("Content-Encoding", "gzip");
            x.getResponseHeaders().add("ETag", "\"e1\"");
            x.sendResponseHeaders(200, b.size());
            x.getResponseBody().write(b.toByteArray());
            x.close();
        });
        server.createContext("/big", x -> {
            x.sendResponseHeaders(200, 5000);
            x.getResponseBody().write(new byte[5000]);
            x.close();
        });
        server.createContext("/", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static Fetcher fetcher(Duration hostDelay, long maxBytes) {
        return new Fetcher(new Fetcher.Politeness(Fetcher.Politeness.USER_AGENT, hostDelay, Duration.ofSeconds(5), maxBytes, true));
    }

    @Test
    void decompressesGzipAndKeepsTheValidators() throws Exception {
        Response r = fetcher(Duration.ZERO, 1000).get(url("/gzip"), null, null);
        assertThat(new String(r.body())).isEqualTo("hello, compressed");
        assertThat(r.etag()).isEqualTo("\"e1\"");
    }

    @Test
    void refusesAnswersOverTheLimitAndSchemesOtherThanHttp() {
        assertThatThrownBy(() -> fetcher(Duration.ZERO, 1000).get(url("/big"), null, null))
                .isInstanceOf(FetchException.class).hasMessageEndingWith("/big: larger than 1000 bytes");
        assertThatThrownBy(() -> fetcher(Duration.ZERO, 1000).get(URI.create("file:///etc/passwd"), null, null))
                .hasMessage("file:///etc/passwd: only http and https URLs are followed");
        assertThatThrownBy(() -> fetcher(Duration.ZERO, 1000).get(url("/missing"), null, null))
                .hasMessageEndingWith("/missing: status 404");
    }

    @Test
    void waitsTheHostDelayBetweenTwoRequestsToOneHost() throws Exception {
        Fetcher f = fetcher(Duration.ofMillis(400), 1000);
        f.get(url("/gzip"), null, null);
        f.get(url("/gzip"), null, null);
        assertThat(requestTimes).hasSize(2);
        assertThat(Duration.ofNanos(requestTimes.get(1) - requestTimes.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(380));
    }

    @Test
    void readsRetryAfterAsSecondsOrADateWithinADay() {
        Instant now = Instant.parse("2026-12-06T12:00:00Z");
        Fetcher f = new Fetcher(Fetcher.Politeness.standard(), Clock.fixed(now, ZoneOffset.UTC));
        assertThat(f.retryAfter("120")).isEqualTo(now.plusSeconds(120));
        assertThat(f.retryAfter("Sun, 06 Dec 2026 13:00:00 GMT")).isEqualTo(now.plusSeconds(3600));
        assertThat(f.retryAfter("999999999")).isEqualTo(now.plus(Duration.ofHours(24)));
        assertThat(f.retryAfter("soon")).isNull();
    }
}
