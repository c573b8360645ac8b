package diplograph.serve;

import java.util.List;

/** Page parts that more than one kind of page shows: quotes, positions, source articles. */
final class Fragments {

    private Fragments() {
    }

    /** A resource's other names and its Wikidata items. */
    static String names(Html html, Heading h) {
        StringBuilder b = new StringBuilder("<dl class=\"summary\">");
        if (!h.otherNames().isEmpty()) {
            b.append("<dt>also written</dt><dd>").append(Html.esc(String.join(" · ", h.otherNames()))).append("</dd>");
        }
        for (String wd : h.wikidata()) {
            b.append("<dt>Wikidata</dt><dd><a href=\"").append(Html.esc(wd)).append("\">")
             .append(Html.esc(wd.substring(wd.lastIndexOf('/') + 1))).append("</a></dd>");
        }
        return b.append("</dl>").toString();
    }

    /** A link to an article's page, by headline or id, with its date. */
    static String article(Html html, String article, String title, String published) {
        String id = article.substring(article.lastIndexOf('/') + 1);
        return html.link(article, title != null ? title : id) + (published != null ? " (" + Html.esc(published) + ")" : "");
    }

    /**
     * Positions and quotes shown on a page, at most: their page queries give one row more, which
     * says there are more than are shown.
     */
    static final int SHOWN = 100;

    /** The first {@link #SHOWN} rows of {@code pages/quotes.rq}, and a line saying so when there are more. */
    static String firstQuotes(Html html, List<PageQueries.Row> rows) {
        return quotes(html, rows.subList(0, Math.min(SHOWN, rows.size()))) + more(rows.size(), "quotes");
    }

    /** The first {@link #SHOWN} rows of {@code pages/positions.rq}, and a line saying so when there are more. */
    static String firstPositions(Html html, List<PageQueries.Row> rows) {
        return positions(html, rows.subList(0, Math.min(SHOWN, rows.size()))) + more(rows.size(), "positions");
    }

    /** The line under a list cut to {@link #SHOWN} of {@code found} entries: none when nothing was cut. */
    static String more(int found, String what) {
        return found > SHOWN ? "<p class=\"pager\">the first " + SHOWN + " " + what + ", by date</p>" : "";
    }

    static String quotes(Html html, List<PageQueries.Row> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<ul class=\"quotes\">");
        for (PageQueries.Row r : rows) {
            b.append("<li><blockquote>").append(Html.esc(r.str("text"))).append("</blockquote> — ")
             .append(article(html, r.str("article"), r.str("title"), r.str("published"))).append(" · ")
             .append(html.link(r.str("quote"), "source")).append("</li>");
        }
        return b.append("</ul>").toString();
    }

    static String positions(Html html, List<PageQueries.Row> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<table class=\"positions\"><thead><tr><th>holder</th><th>stance</th>"
                + "<th>about</th><th>target</th><th>speaker</th><th>source</th></tr></thead><tbody>");
        for (PageQueries.Row r : rows) {
            b.append("<tr><td>").append(opt(html, r.str("holder"), r.str("holderName")))
             .append("</td><td><span class=\"badge stance\">").append(Html.esc(r.str("stance"))).append("</span>")
             .append("</td><td>").append(Html.esc(r.str("about")))
             .append("</td><td>").append(opt(html, r.str("target"), r.str("targetName")))
             .append("</td><td>").append(opt(html, r.str("speaker"), r.str("speakerName")))
             .append("</td><td>").append(html.link(r.str("position"), r.str("published") != null ? r.str("published") : "source"))
             .append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    private static String opt(Html html, String iri, String label) {
        return iri == null ? "" : html.link(iri, label);
    }
}
