package diplograph.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A person: other names, Wikidata, offices over time with their sources, contacts, quotes, positions. */
final class PersonPage {

    private PersonPage() {
    }

    static String render(Html html, PageQueries q, Heading h) {
        StringBuilder body = new StringBuilder();
        body.append(Fragments.names(html, h));
        body.append(Html.section("Offices", "offices", offices(html, q.rows("offices", h.iri()))));
        body.append(Html.section("Contacts", "contacts", Timeline.render(html, q.rows("contacts", h.iri()))));
        body.append(Html.section("Positions", "positions", Fragments.positions(html, q.rows("positions", h.iri()))));
        body.append(Html.section("Quotes", "quotes", Fragments.quotes(html, q.rows("quotes", h.iri()))));
        return html.page(h.title(), "person", h.iri().getURI(), body.toString());
    }

    /** An office as the articles state it: the dates they were written on and what the reference says. */
    private static final class Office {
        final String post;
        final String label;
        final String of;
        final String ofLabel;
        final Map<String, String> sources = new TreeMap<>();
        final DateSpan stated = new DateSpan();
        String reference;

        Office(PageQueries.Row r) {
            post = r.str("post");
            label = r.str("postLabel");
            of = r.str("of");
            ofLabel = r.str("ofLabel");
        }

        void add(Html html, PageQueries.Row r) {
            stated.add(r.str("observed"));
            sources.put(r.str("article"), Fragments.article(html, r.str("article"), r.str("title"), r.str("published")));
            if ("true".equals(r.str("agrees"))) {
                reference = "Wikidata agrees: " + r.str("term");
            } else if ("false".equals(r.str("agrees")) && reference == null) {
                reference = "not in the reference for that date";
            }
        }
    }

    /** One line per office: first and last date an article states it, and those articles. */
    private static String offices(Html html, List<PageQueries.Row> rows) {
        Map<String, Office> byPost = new LinkedHashMap<>();
        for (PageQueries.Row r : rows) {
            byPost.computeIfAbsent(r.str("post"), p -> new Office(r)).add(html, r);
        }
        if (byPost.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<table class=\"offices\"><thead><tr><th>office</th><th>of</th>"
                + "<th>stated</th><th>reference</th><th>sources</th></tr></thead><tbody>");
        for (Office o : byPost.values()) {
            b.append("<tr class=\"office\"><td>").append(html.link(o.post, o.label))
             .append("</td><td>").append(o.of == null ? "" : html.link(o.of, o.ofLabel))
             .append("</td><td>").append(Html.esc(o.stated.toString()))
             .append("</td><td>").append(Html.esc(o.reference == null ? "" : o.reference))
             .append("</td><td>").append(String.join("<br>", o.sources.values())).append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }
}
