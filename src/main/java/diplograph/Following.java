package diplograph;

import diplograph.fetch.FeedItem;
import diplograph.fetch.Feeds;
import diplograph.fetch.FetchException;
import diplograph.fetch.Fetcher;
import diplograph.fetch.Response;
import diplograph.map.Vocab;
import diplograph.model.Article;
import diplograph.read.ReadOutcome;
import diplograph.read.WebPages;
import diplograph.store.ArticleGraph;
import diplograph.store.FollowLedger;
import diplograph.store.TdbStore;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;

/**
 * Follows feeds and news sitemaps into a store. Each poll of a source sends the validators of the
 * copy last read completely (304: nothing to do), reads the items oldest first and passes over
 * those whose entry is unchanged since they were last seen; any other item becomes an article
 * (from the feed's own full text, else from its page, fetched) that is stored, with the item's
 * record, in one write transaction. Only when every item of a poll is done are the feed's
 * validators stored, so a follower stopped or killed at any moment, then restarted, ends with
 * the store an uninterrupted one would have. A source that fails is reported and asked again
 * after a wait that doubles with each failure in a row (or after the server's Retry-After).
 */
public final class Following {

    /** What one poll of one source did; {@code note} says why it did nothing, when it did nothing. */
    public record Poll(String source, int added, int changed, int unchanged, int failed, String note) {

        /** The progress line a poll prints. */
        public String line() {
            return source + ": " + (note != null ? note
                    : added + " new, " + changed + " changed, " + unchanged + " unchanged, " + failed + " failed");
        }
    }

    /** Waits after failures in a row double up to this. */
    private static final Duration LONGEST_BACKOFF = Duration.ofHours(6);
    private static final int MAX_ID = 120;

    private final Diplograph diplograph;
    private final FollowTarget target;
    private final Fetcher fetcher;
    private final Consumer<String> problems;
    private final Clock clock;
    private final Duration every;
    private final Map<String, Integer> failuresInARow = new HashMap<>();
    private final Map<String, Instant> notBefore = new HashMap<>();

    Following(Diplograph diplograph, FollowTarget target, Fetcher fetcher, Duration every, Consumer<String> problems, Clock clock) {
        this.diplograph = diplograph;
        this.target = target;
        this.fetcher = fetcher;
        this.every = every;
        this.problems = problems;
        this.clock = clock;
    }

    /**
     * The sources named: feed and sitemap URLs as they are, and the lines of files listing them
     * (blank lines and {@code #} comments left out).
     *
     * @throws IllegalArgumentException for a name that is neither an http(s) URL nor a readable file
     */
    public static List<String> sources(List<String> named) {
        List<String> all = new ArrayList<>();
        for (String s : named) {
            if (s.matches("(?i)https?://.+")) {
                all.add(s);
                continue;
            }
            Path file = Path.of(s);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(s + ": neither an http(s) URL nor a file listing sources");
            }
            try {
                for (String line : Files.readAllLines(file)) {
                    String l = line.replaceAll("#.*", "").strip();
                    if (l.isEmpty()) {
                        continue;
                    }
                    if (!l.matches("(?i)https?://\\S+")) {
                        throw new IllegalArgumentException(file + ": '" + l + "' is not an http(s) URL");
                    }
                    all.add(l);
                }
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage());
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(all));
    }

    /**
     * Polls every source once, one after the other; {@code stopping} is asked between items, and
     * when it says so the poll ends after the item in hand.
     */
    public List<Poll> pollAll(List<String> sources, BooleanSupplier stopping) {
        List<Poll> polls = new ArrayList<>();
        for (String source : sources) {
            if (stopping.getAsBoolean()) {
                break;
            }
            polls.add(poll(source, stopping));
        }
        return polls;
    }

    /**
     * Polls until {@code stopping} says so (or once, with {@code once}), every {@link #every},
     * handing each poll's line to {@code progress}.
     */
    public void run(List<String> sources, boolean once, BooleanSupplier stopping, Consumer<String> progress) {
        while (!stopping.getAsBoolean()) {
            Instant started = clock.instant();
            for (Poll p : pollAll(sources, stopping)) {
                progress.accept(p.line());
            }
            if (once) {
                return;
            }
            Instant next = started.plus(every);
            while (!stopping.getAsBoolean() && clock.instant().isBefore(next)) {
                sleep(Math.min(100, Math.max(1, Duration.between(clock.instant(), next).toMillis())));
            }
        }
    }

    /** One poll of one source. */
    public Poll poll(String source, BooleanSupplier stopping) {
        Instant wait = notBefore.get(source);
        if (wait != null && clock.instant().isBefore(wait)) {
            return new Poll(source, 0, 0, 0, 0, "waiting until " + wait + " after "
                    + failuresInARow.getOrDefault(source, 0) + " failed poll(s)");
        }
        FollowLedger.SourceState seen = target.source(source);
        Response feed;
        List<FeedItem> items;
        try {
            feed = fetcher.get(URI.create(source), seen.etag(), seen.lastModified());
            if (feed.notModified()) {
                succeeded(source);
                return new Poll(source, 0, 0, 0, 0, "not modified");
            }
            items = Feeds.isSitemapIndex(feed.body()) ? indexed(source, feed.body())
                    : Feeds.read(source, feed.body(), feed.contentType());
        } catch (FetchException | IllegalArgumentException e) {
            failed(source, e instanceof FetchException f ? f.retryAfter() : null);
            problems.accept(source + ": poll failed: " + e.getMessage());
            return new Poll(source, 0, 0, 0, 1, "failed: " + e.getMessage());
        }
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        int failed = 0;
        boolean complete = true;
        Instant retryAfter = null;
        for (FeedItem item : items) {
            if (stopping.getAsBoolean()) {
                complete = false;
                break;
            }
            try {
                switch (take(source, item)) {
                    case ADDED -> added++;
                    case CHANGED -> changed++;
                    case UNCHANGED -> unchanged++;
                    case REJECTED -> failed++;
                }
            } catch (FetchException e) {
                // A page that could not be fetched is asked for again at the next poll: the feed's
                // validators stay as they were, so the next poll reads the feed whole.
                failed++;
                complete = false;
                problems.accept(item.key() + ": not stored: " + e.getMessage());
                if (e.retryAfter() != null) {
                    retryAfter = e.retryAfter(); // the host asked for a pause: the rest waits for it too
                    break;
                }
            }
        }
        if (added + changed > 0) {
            try {
                target.polled();
            } catch (RuntimeException e) {
                problems.accept(source + ": contacts index not brought up to date: " + e.getMessage());
            }
        }
        if (complete) {
            target.write(null, FollowLedger.feedNode(source), FollowLedger.sourceRecord(source, feed.etag(), feed.lastModified()));
            succeeded(source);
        } else if (retryAfter != null) {
            failed(source, retryAfter);
        }
        return new Poll(source, added, changed, unchanged, failed, null);
    }

    /** Sitemaps read from a sitemap index, at most: the most recently modified, where news is. */
    private static final int INDEXED_SITEMAPS = 5;

    /** The items of the sitemaps a sitemap index lists (the most recently modified), oldest first. */
    private List<FeedItem> indexed(String source, byte[] index) throws FetchException {
        List<FeedItem> items = new ArrayList<>();
        for (String sitemap : Feeds.sitemaps(index, INDEXED_SITEMAPS)) {
            Response r = fetcher.get(URI.create(sitemap), null, null);
            items.addAll(Feeds.read(sitemap, r.body(), r.contentType()));
        }
        items.sort(java.util.Comparator.comparing(FeedItem::published, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return items;
    }

    private enum Outcome { ADDED, CHANGED, UNCHANGED, REJECTED }

    /** Stores one item unless it is unchanged; its record lands with its article. */
    private Outcome take(String source, FeedItem item) throws FetchException {
        FollowLedger.ItemState seen = target.item(source, item.key());
        String hash = item.hash();
        if (seen != null && seen.hash().equals(hash)) {
            return Outcome.UNCHANGED;
        }
        String id = articleId(item.link() != null ? item.link() : item.key());
        ReadOutcome read = read(id, item);
        if (read instanceof ReadOutcome.Rejected r) {
            problems.accept(r.message());
            record(source, item, hash, null, null);
            return Outcome.REJECTED;
        }
        Article a = ((ReadOutcome.Read) read).article();
        Node name = Diplograph.articleGraph(a.id());
        String held = target.heldText(name);
        boolean present = held != null;
        if (a.sha256().equals(held)) {
            record(source, item, hash, name, null); // a new entry for the same text
            return Outcome.UNCHANGED;
        }
        TdbStore.Checked checked;
        try {
            checked = target.check(new ArticleGraph(a.id(), name, diplograph.graph(diplograph.extract(a))));
        } catch (RuntimeException e) {
            problems.accept(a.source() + ": extraction failed: " + e);
            record(source, item, hash, null, null);
            return Outcome.REJECTED;
        }
        if (!checked.conforms()) {
            problems.accept(a.source() + ": not stored: " + checked.problem());
            record(source, item, hash, null, null);
            return Outcome.REJECTED;
        }
        record(source, item, hash, name, checked);
        return present ? Outcome.CHANGED : Outcome.ADDED;
    }

    private void record(String source, FeedItem item, String hash, Node article, TdbStore.Checked graph) {
        target.write(graph, FollowLedger.itemNode(source, item.key()), FollowLedger.itemRecord(source, item.key(), hash, article));
    }

    private ReadOutcome read(String id, FeedItem item) throws FetchException {
        LocalDate date = item.published() == null ? null : item.published().atOffset(ZoneOffset.UTC).toLocalDate();
        if (item.hasContent()) {
            return WebPages.fragment(id, item.content(), item.link(), item.title(), date);
        }
        if (item.link() == null) {
            return WebPages.fragment(id, item.summary() == null ? "" : item.summary(), null, item.title(), date);
        }
        URI page;
        try {
            page = URI.create(item.link());
        } catch (IllegalArgumentException e) {
            throw new FetchException(item.link() + ": not a URL");
        }
        Response r = fetcher.get(page, null, null);
        return WebPages.page(id, r.body(), r.charset(), item.link(), item.title(), date);
    }

    /**
     * A stable article id from an item's link (host and path; else its guid), so the same page read again, from
     * this feed or another, replaces one graph: {@code state.gov-secretary-blinken-s-call-with-x}.
     */
    public static String articleId(String key) {
        String readable = key.replaceFirst("(?i)^https?://(www\\.)?", "").replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("^-+|-+$", "").toLowerCase(java.util.Locale.ROOT);
        if (readable.isEmpty()) {
            readable = "item";
        }
        if (readable.length() > MAX_ID) {
            // String.hashCode is specified by the language: the same link gives the same id everywhere.
            readable = readable.substring(0, MAX_ID - 9) + "-" + String.format("%08x", key.hashCode());
        }
        return readable;
    }

    private void succeeded(String source) {
        failuresInARow.remove(source);
        notBefore.remove(source);
    }

    private void failed(String source, Instant retryAfter) {
        int n = failuresInARow.merge(source, 1, Integer::sum);
        // The first failure is retried at the next poll; then every 2, 4, 8… polls.
        Duration backoff = n <= 1 ? Duration.ZERO : every.multipliedBy(1L << Math.min(n - 1, 20));
        if (backoff.compareTo(LONGEST_BACKOFF) > 0) {
            backoff = LONGEST_BACKOFF;
        }
        Instant next = clock.instant().plus(backoff).minus(every.dividedBy(2));
        if (retryAfter != null && retryAfter.isAfter(next)) {
            next = retryAfter;
        }
        notBefore.put(source, next);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
