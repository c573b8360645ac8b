package diplograph.read;

import diplograph.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an article from an HTML page: the body of {@code <article>} (else {@code <main>}, else
 * {@code <body>}) as paragraphs and headings, the date from {@code article:published_time} or
 * {@code <time datetime>}, the title from {@code og:title}, {@code <h1>} or {@code <title>}.
 */
public final class HtmlReader extends WholeFileReader {

    public HtmlReader(long maxBytes, LocalDate published) {
        super(maxBytes, published);
    }

    @Override
    Article parse(Path file, String html) throws InputProblem {
        Document doc = Jsoup.parse(html, file.toUri().toString());
        Element body = first(doc, "article", "main", "body");
        if (body == null) {
            throw new InputProblem(RejectReason.EMPTY, "no article body");
        }
        String title = attr(doc, "meta[property=og:title]", "content");
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 != null ? h1.text() : doc.title().isBlank() ? null : doc.title();
        }
        StringBuilder text = new StringBuilder();
        for (Element e : body.select("p, h2, h3, h4")) {
            String block = e.text().strip();
            if (!block.isEmpty()) {
                text.append(block).append("\n\n");
            }
        }
        LocalDate date = published != null ? published : date(doc);
        return BodyParser.parse(Readers.idOf(file), text.toString(), date, title,
                attr(doc, "link[rel=canonical]", "href"), file.toString());
    }

    private static LocalDate date(Document doc) throws InputProblem {
        String when = attr(doc, "meta[property=article:published_time]", "content");
        if (when == null) {
            when = attr(doc, "time[datetime]", "datetime");
        }
        if (when == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})").matcher(when.strip());
        if (!m.find()) {
            throw new InputProblem(RejectReason.BAD_DATE, "published time is not a date: " + when);
        }
        return BodyParser.date(m.group(1), m.group(2), m.group(3));
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
