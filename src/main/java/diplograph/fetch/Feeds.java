package diplograph.fetch;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the items of a feed (RSS 0.9x, 1.0 and 2.0, Atom 0.3 and 1.0, with ROME) or of a sitemap
 * ({@code <urlset>}, with the Google News extension's title and publication date where given).
 */
public final class Feeds {

    private Feeds() {
    }

    /**
     * The items of the feed or sitemap in {@code body}, oldest first (feeds list the newest first:
     * stored in the order they were published, the store's history reads as the source's).
     *
     * @param contentType the answer's {@code Content-Type}, for the XML's encoding; may be {@code null}
     * @throws FetchException naming {@code source}, for a body that is neither
     */
    public static List<FeedItem> read(String source, byte[] body, String contentType) throws FetchException {
        String head = new String(body, 0, Math.min(body.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1);
        List<FeedItem> items = head.contains("<urlset") ? sitemap(body) : feed(source, body, contentType);
        List<FeedItem> oldestFirst = new ArrayList<>(items);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** Whether {@code body} is a sitemap index ({@code <sitemapindex>}), which lists sitemaps rather than pages. */
    public static boolean isSitemapIndex(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 2048), java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.contains("<sitemapindex");
    }

    /** The sitemaps a sitemap index lists, most recently modified first (undated ones last), at most {@code max}. */
    public static List<String> sitemaps(byte[] body, int max) {
        Document doc = Jsoup.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8), "", Parser.xmlParser());
        record Listed(String loc, Instant modified) {
        }
        List<Listed> listed = new ArrayList<>();
        for (Element e : doc.select("sitemap")) {
            String loc = text(e, "loc");
            if (loc != null) {
                listed.add(new Listed(loc, instant(text(e, "lastmod"))));
            }
        }
        listed.sort(java.util.Comparator.comparing(Listed::modified, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
        return listed.stream().limit(max).map(Listed::loc).toList();
    }

    private static List<FeedItem> feed(String source, byte[] body, String contentType) throws FetchException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no DTD, no external entities
            try (XmlReader xml = contentType == null ? new XmlReader(new ByteArrayInputStream(body))
                    : new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
                feed = input.build(xml);
            }
        } catch (Exception e) {
            throw new FetchException(source + ": not a feed: " + oneLine(e));
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = blankToNull(e.getLink());
            String key = link != null ? link : blankToNull(e.getUri());
            if (key == null) {
                continue; // nothing to know it by at the next poll
            }
            java.util.Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            items.add(new FeedItem(key, link, blankToNull(e.getTitle()), date == null ? null : date.toInstant(),
                    content(e.getContents()), e.getDescription() == null ? null : blankToNull(e.getDescription().getValue())));
        }
        return items;
    }

    private static String content(List<SyndContent> contents) {
        StringBuilder b = new StringBuilder();
        for (SyndContent c : contents) {
            if (c.getValue() != null) {
                b.append(c.getValue()).append('\n');
            }
        }
        return blankToNull(b.toString());
    }

    private static List<FeedItem> sitemap(byte[] body) {
        // Sitemaps are UTF-8 by their protocol.
        Document doc = Jsoup.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8), "", Parser.xmlParser());
        List<FeedItem> items = new ArrayList<>();
        for (Element url : doc.select("url")) {
            String loc = text(url, "loc");
            if (loc == null) {
                continue;
            }
            String date = text(url, "news|publication_date");
            if (date == null) {
                date = text(url, "lastmod");
            }
            items.add(new FeedItem(loc, loc, text(url, "news|title"), instant(date), null, null));
        }
        // A sitemap lists its newest last as often as first: ordered here by date, undated ones first.
        items.sort(java.util.Comparator.comparing(FeedItem::published,
                java.util.Comparator.nullsFirst(java.util.Comparator.reverseOrder())));
        return items;
    }

    private static String text(Element parent, String selector) {
        Element e = parent.selectFirst(selector);
        return e == null ? null : blankToNull(e.text());
    }

    /** A W3C datetime ("2024-05-01", "2024-05-01T10:00:00+02:00"), or {@code null}. */
    private static Instant instant(String w3c) {
        if (w3c == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(w3c).toInstant();
        } catch (java.time.format.DateTimeParseException notDateTime) {
            try {
                return java.time.LocalDate.parse(w3c.length() >= 10 ? w3c.substring(0, 10) : w3c)
                        .atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            } catch (java.time.format.DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String oneLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        return m.lines().findFirst().orElse(e.getClass().getSimpleName());
    }
}
