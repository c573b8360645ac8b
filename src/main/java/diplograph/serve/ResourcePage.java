package diplograph.serve;

import java.util.List;

/** Any other resource (a post, a place, a topic, a quote): its statements and what points to it. */
final class ResourcePage {

    private ResourcePage() {
    }

    static String render(Html html, PageQueries q, Heading h, String kind) {
        StringBuilder body = new StringBuilder(Fragments.names(html, h));
        body.append(Html.section("Statements", "statements", statements(html, q.rows("triples", h.iri()))));
        body.append(Html.section("Sources", "sources", EventPage.sources(html, q.rows("sources", h.iri()))));
        body.append(Html.section("Referred to by", "incoming", incoming(html, q.rows("incoming", h.iri()))));
        return html.page(h.title(), kind, h.iri().getURI(), body.toString());
    }

    private static String statements(Html html, List<PageQueries.Row> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<table class=\"triples\"><tbody>");
        for (PageQueries.Row r : rows) {
            var o = r.node("o");
            String value = o.isURI() ? html.link(o.getURI(), r.str("oLabel")) : Html.esc(r.str("o"));
            b.append("<tr><th>").append(Html.esc(Prefixes.shorten(r.str("p")))).append("</th><td>").append(value).append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    private static String incoming(Html html, List<PageQueries.Row> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<table class=\"triples\"><tbody>");
        for (PageQueries.Row r : rows) {
            var s = r.node("s");
            String subject = s.isURI() ? html.link(s.getURI(), r.str("sLabel")) : Html.esc(r.str("s"));
            b.append("<tr><td>").append(subject).append("</td><th>").append(Html.esc(Prefixes.shorten(r.str("p")))).append("</th></tr>");
        }
        return b.append("</tbody></table>").toString();
    }
}
