package diplograph.cli;

import diplograph.fetch.Fetcher;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/** What {@code follow} and {@code serve --follow} share: how often to poll, and how politely. */
final class FollowOptions {

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "Time between polls: 30s, 15m, 1h, 500ms (default: ${DEFAULT-VALUE}).")
    Duration every;

    @Option(names = "--host-delay", paramLabel = "DURATION", defaultValue = "1s", converter = DurationConverter.class,
            description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}; a robots.txt Crawl-delay that is longer wins).")
    Duration hostDelay;

    @Option(names = "--fetch-timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Timeout for connecting and for each whole answer (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--max-response-bytes", paramLabel = "BYTES", defaultValue = "8388608",
            description = "Larger feeds and pages are refused (default: ${DEFAULT-VALUE}, 8 MiB).")
    long maxBytes;

    @Option(names = "--user-agent", paramLabel = "TEXT", defaultValue = Fetcher.Politeness.USER_AGENT,
            description = "The User-Agent sent; its first word is the name robots.txt rules are matched against (default: ${DEFAULT-VALUE}).")
    String userAgent;

    @Option(names = "--ignore-robots", description = "Do not read robots.txt (only for sources that are yours).")
    boolean ignoreRobots;

    /** A line to stderr, whole, whichever thread writes it (the follower's beside the server's). */
    static void print(java.io.PrintWriter err, String line) {
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }

    /** A poll's progress line to stderr, after the time it was printed (UTC, to the second). */
    static void printProgress(java.io.PrintWriter err, String line) {
        print(err, java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " " + line);
    }

    Fetcher fetcher() {
        if (every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("--every needs a time greater than zero");
        }
        return new Fetcher(new Fetcher.Politeness(userAgent, hostDelay, timeout, maxBytes, !ignoreRobots));
    }

    /** Reads "30s", "15m", "1h", "500ms", "1d", or an ISO-8601 duration ("PT15M"). */
    static final class DurationConverter implements picocli.CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            var m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h|d)").matcher(value.strip());
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                Duration d = switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
                return d;
            }
            try {
                return Duration.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a duration such as 30s, 15m or 1h");
            }
        }
    }
}
