package diplograph.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Query latency over HTTP against a running {@code serve}: percentiles of one client's requests,
 * then the throughput of several clients at once.
 */
public final class QueryLatency {

    /** Latency percentiles in milliseconds, rows per answer, and throughput. */
    public record Result(double p50, double p99, long rows, double queriesPerSecond) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String endpoint;

    public QueryLatency(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Runs {@code sparql} {@code requests} times in a row, then {@code clients} at once for {@code seconds}. */
    public Result measure(String sparql, int requests, int clients, int seconds) throws Exception {
        return measure(List.of(sparql), requests, clients, seconds);
    }

    /**
     * As {@link #measure(String, int, int, int)} for one answer asked in several queries sent one
     * after the other (a person's contacts as either side of a pair, say): each time and each
     * throughput unit is the whole series, the rows are the series' together.
     */
    public Result measure(List<String> series, int requests, int clients, int seconds) throws Exception {
        java.util.concurrent.Callable<Long> all = () -> {
            long rows = 0;
            for (String sparql : series) {
                rows += send(sparql);
            }
            return rows;
        };
        for (int i = 0; i < 4; i++) {
            all.call();
        }
        List<Double> millis = new ArrayList<>();
        long rows = inARow(all, requests, millis);
        AtomicLong done = new AtomicLong();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                while (System.nanoTime() < until) {
                    try {
                        all.call();
                        done.incrementAndGet();
                    } catch (Exception e) {
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
        return new Result(percentile(millis, 50), percentile(millis, 99), rows, done.get() / (double) seconds);
    }

    /** The whole answer's time over HTTP, in milliseconds, of {@code requests} requests in a row after one to warm up. */
    public record Series(double p50, double max, long rows) {
    }

    /**
     * Runs {@code sparql} once to warm up, then {@code requests} times in a row, each time reading
     * the whole answer (CSV); the percentiles are of the time from sending to the last byte.
     */
    public Series series(String sparql, int requests) throws Exception {
        List<Double> millis = new ArrayList<>();
        long rows = inARow(sparql, requests, millis);
        return new Series(percentile(millis, 50), millis.get(millis.size() - 1), rows);
    }

    /**
     * Gets the HTML page at {@code url} (as a browser asks for it) once to warm up, then
     * {@code requests} times in a row: percentiles of the time from sending to the last byte, and the
     * page's size in bytes as {@link Series#rows}.
     */
    public Series page(String url, int requests) throws Exception {
        // HTTP/1.1 as a browser over plain http: Jetty answers the client's h2c upgrade on a GET with 400.
        HttpRequest get = HttpRequest.newBuilder(URI.create(url)).version(HttpClient.Version.HTTP_1_1)
                .header("Accept", "text/html").GET().build();
        List<Double> millis = new ArrayList<>();
        long bytes = inARow(() -> getPage(get), requests, millis);
        return new Series(percentile(millis, 50), millis.get(millis.size() - 1), bytes);
    }

    private long getPage(HttpRequest get) throws Exception {
        HttpResponse<byte[]> r = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " for " + get.uri());
        }
        return r.body().length;
    }

    /**
     * Sends {@code sparql} once to warm up, then {@code requests} times in a row, adding each time
     * in milliseconds to {@code millis} (sorted at the end); returns the rows of the last answer.
     */
    private long inARow(String sparql, int requests, List<Double> millis) throws Exception {
        return inARow(() -> send(sparql), requests, millis);
    }

    /** Makes {@code request} once to warm up, then {@code requests} times, timing each; returns what the last one gave. */
    private static long inARow(java.util.concurrent.Callable<Long> request, int requests, List<Double> millis) throws Exception {
        request.call();
        long last = 0;
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            last = request.call();
            millis.add((System.nanoTime() - t0) / 1e6);
        }
        Collections.sort(millis);
        return last;
    }

    /** Sends one query; returns the number of result lines (CSV rows). */
    private long send(String sparql) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        return r.body().lines().count() - 1;
    }

    private static double percentile(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
