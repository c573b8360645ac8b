package diplograph.read;

import diplograph.model.Article;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Articles from the web rather than from files: a fetched page, read as {@code ingest} reads an
 * {@code .html} file, and the HTML of a feed item that carries its full text. The feed's title,
 * link and date stand over the page's own, which are read only where the feed gives none.
 */
public final class WebPages {

    private WebPages() {
    }

    /**
     * The article of a fetched page.
     *
     * @param id      the article's id
     * @param body    the page's bytes
     * @param charset the charset the HTTP {@code Content-Type} names, or {@code null}
     * @param url     where the page was fetched from (also the base of its links)
     * @param title   the title the feed gives, or {@code null} for the page's own
     * @param date    the date the feed gives, or {@code null} for the page's own
     */
    public static ReadOutcome page(String id, byte[] body, Charset charset, String url, String title, LocalDate date) {
        try {
            Document doc = Jsoup.parse(HtmlReader.decode(body, charset), url);
            Article a = HtmlReader.article(id, doc, date, url);
            return new ReadOutcome.Read(withFeedData(a, title, url));
        } catch (InputProblem p) {
            return new ReadOutcome.Rejected(url, p.reason(), p.getMessage());
        }
    }

    /**
     * The article of a feed item whose HTML ({@code content:encoded}, Atom {@code content}) is the
     * article itself: all of its paragraphs, headings and sentence-like list items.
     */
    public static ReadOutcome fragment(String id, String html, String url, String title, LocalDate date) {
        String source = url != null ? url : id;
        try {
            Document doc = Jsoup.parseBodyFragment(html, url == null ? "" : url);
            List<String> blocks = HtmlReader.paragraphs(doc);
            if (blocks.stream().allMatch(String::isBlank)) {
                blocks = List.of(doc.body().text());
            }
            String text = HtmlReader.text(blocks.stream().map(String::strip).toList());
            if (text.isEmpty()) {
                throw new InputProblem(RejectReason.EMPTY, "no article body");
            }
            return new ReadOutcome.Read(BodyParser.parse(id, text,
                    date, title, url, source));
        } catch (InputProblem p) {
            return new ReadOutcome.Rejected(source, p.reason(), p.getMessage());
        }
    }

    private static Article withFeedData(Article a, String title, String url) {
        return new Article(a.id(), a.text(), a.published(), title != null ? title : a.title(), url,
                a.dateline(), a.blocks(), a.source());
    }
}
