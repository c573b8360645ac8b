package diplograph.read;

import diplograph.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article from an HTML page: its main text ({@link MainText}) as paragraphs and headings,
 * the date from the page's metadata, JSON-LD or {@code <time>} in any common written form, the
 * title from {@code og:title}, {@code <h1>} or {@code <title>}.
 */
public final class HtmlReader extends WholeFileReader {

    public HtmlReader(long maxBytes, LocalDate published) {
        super(maxBytes, published);
    }

    @Override
    Article parse(Path file, String html) throws InputProblem {
        return article(Readers.idOf(file), Jsoup.parse(html, file.toUri().toString()), published, file.toString());
    }

    /**
     * The article of a parsed page: its main text, title, canonical link and date ({@code published}
     * when not null, else the page's own).
     */
    static Article article(String id, Document doc, LocalDate published, String source) throws InputProblem {
        List<String> blocks = MainText.blocks(doc);
        if (blocks.stream().allMatch(String::isBlank)) {
            // Nothing scored (a page of bare text): its paragraphs, or its text between breaks.
            blocks = paragraphs(doc);
        }
        if (blocks.stream().allMatch(String::isBlank)) {
            throw new InputProblem(RejectReason.EMPTY, "no article body");
        }
        String title = attr(doc, "meta[property=og:title]", "content");
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 != null ? h1.text() : doc.title().isBlank() ? null : doc.title();
        }
        LocalDate date = published != null ? published : date(doc);
        return BodyParser.parse(id, text(blocks), date, title, attr(doc, "link[rel=canonical]", "href"), source);
    }

    /** The article's text from its blocks (stripped): one paragraph each, blank lines between, empty ones left out. */
    static String text(List<String> blocks) {
        StringBuilder text = new StringBuilder();
        for (String block : blocks) {
            if (!block.isEmpty()) {
                text.append(block).append("\n\n");
            }
        }
        return text.toString();
    }

    /**
     * Every paragraph of the page's {@code <article>} (else {@code <main>}, else {@code <body>}), with
     * the list items that are sentences; a page without {@code <p>} read from its text between breaks.
     */
    static List<String> paragraphs(Document doc) {
        Element body = first(doc, "article", "main", "body");
        if (body == null) {
            return brokenText(doc);
        }
        List<String> blocks = new java.util.ArrayList<>();
        for (Element e : body.select("p, h2, h3, h4, li")) {
            if (!e.tagName().equals("li") || MainText.isSentenceItem(e)) {
                blocks.add(e.text().strip());
            }
        }
        return blocks;
    }

    /** Where pages state when they were published, most specific first. */
    private static final List<String[]> DATE_PLACES = List.of(
            new String[] {"meta[property=article:published_time]", "content"},
            new String[] {"meta[itemprop=datePublished]", "content"},
            new String[] {"meta[name=date]", "content"},
            new String[] {"meta[name=pubdate]", "content"},
            new String[] {"meta[name=publishdate]", "content"},
            new String[] {"meta[name=DC.date.issued]", "content"},
            new String[] {"meta[name=dc.date]", "content"},
            new String[] {"time[datetime]", "datetime"},
            new String[] {"[itemprop=datePublished]", "datetime"});
    private static final java.util.regex.Pattern JSON_LD_DATE =
            java.util.regex.Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * The page's date from its metadata, JSON-LD or {@code <time>}, in any common written form
     * ("2019-11-20T12:32", "November 20, 2019 12:32", "Wed Nov 20 2019 08:00:58 GMT+0000"); null
     * when the page states none that can be read: the article is kept with its date unknown.
     */
    private static LocalDate date(Document doc) throws InputProblem {
        List<String> stated = new java.util.ArrayList<>();
        for (String[] place : DATE_PLACES) {
            String when = attr(doc, place[0], place[1]);
            if (when != null) {
                stated.add(when);
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            var m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                stated.add(m.group(1));
            }
        }
        Element time = doc.selectFirst("time");
        if (time != null && !time.text().isBlank()) {
            stated.add(time.text());
        }
        for (String when : stated) {
            LocalDate date = WrittenDates.parse(when);
            if (date != null) {
                return BodyParser.notAhead(date);
            }
        }
        return null;
    }

    /**
     * The page's text in the encoding it declares: a byte order mark, else UTF-8 when the bytes are
     * UTF-8, else the {@code <meta charset>} or {@code http-equiv} declaration, else windows-1252
     * (what browsers assume of undeclared legacy pages). A legal encoding is never a refusal.
     */
    @Override
    String decode(byte[] bytes) throws InputProblem {
        return decode(bytes, null);
    }

    /** Like {@link #decode(byte[])}, with the charset an HTTP header names taking the place of the page's own declaration. */
    static String decode(byte[] bytes, java.nio.charset.Charset declaredByHeader) throws InputProblem {
        java.nio.charset.Charset bom = bomCharset(bytes);
        if (bom != null) {
            String text = new String(bytes, bom);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        if (declaredByHeader != null) {
            return new String(bytes, declaredByHeader);
        }
        try {
            return TextDecoder.decode(bytes);
        } catch (InputProblem notUtf8) {
            if (notUtf8.reason() == RejectReason.BINARY) {
                throw notUtf8;
            }
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
        var declared = java.util.regex.Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)").matcher(head);
        java.nio.charset.Charset charset = java.nio.charset.Charset.forName("windows-1252");
        if (declared.find()) {
            try {
                java.nio.charset.Charset named = java.nio.charset.Charset.forName(declared.group(1));
                if (!named.equals(java.nio.charset.StandardCharsets.UTF_8)) {
                    charset = named;
                }
            } catch (IllegalArgumentException unknown) {
                // an unknown name: the legacy default
            }
        }
        return new String(bytes, charset);
    }

    private static java.nio.charset.Charset bomCharset(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return java.nio.charset.StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return java.nio.charset.StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Own text shorter than this is a menu or a caption, not an article written without {@code <p>}. */
    private static final int MIN_BROKEN_TEXT = 200;
    /** An innermost block shorter than this is a label or a link, not a paragraph. */
    private static final int MIN_LEAF_TEXT = 80;

    /**
     * A page written without {@code <p>}: the element holding the most text of its own, its
     * paragraphs the runs of text between blank lines and double {@code <br>}s.
     */
    private static List<String> brokenText(Document doc) {
        Element best = null;
        int most = 0;
        for (Element e : doc.select("body *")) {
            int own = e.ownText().length();
            if (own > most && !Set.of("script", "style", "noscript", "a", "li", "option").contains(e.tagName())) {
                most = own;
                best = e;
            }
        }
        if (best == null || most < MIN_BROKEN_TEXT) {
            // Text spread over inner elements: the innermost blocks with a sentence's length.
            List<String> leaves = new java.util.ArrayList<>();
            for (Element e : doc.select("body div, body td, body section, body span")) {
                if (e.select("div, td, section").size() == 1 && e.text().length() >= MIN_LEAF_TEXT
                        && MainText.linkDensity(e) < MainText.MAX_ITEM_LINK_DENSITY) {
                    leaves.add(e.text().strip());
                }
            }
            return leaves;
        }
        return MainText.betweenBreaks(best);
    }

    private static Element first(Document doc, String... selectors) {
        for (String s : selectors) {
            Element e = doc.selectFirst(s);
            if (e != null && !e.select("p").isEmpty()) {
                return e;
            }
        }
        return null;
    }

    private static String attr(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null || e.attr(attribute).isBlank() ? null : e.attr(attribute);
    }
}
