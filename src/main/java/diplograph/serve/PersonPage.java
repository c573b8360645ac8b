package diplograph.serve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;

/** A person: other names, Wikidata, offices over time with their sources, contacts, quotes, positions. */
final class PersonPage {

    private PersonPage() {
    }

    /** Sources listed per office, at most. */
    static final int SOURCES_SHOWN = 5;

    /** Contacts on one page of the timeline. */
    static final int CONTACTS_PER_PAGE = 100;

    static String render(Html html, PageQueries q, Heading h, int part) {
        StringBuilder body = new StringBuilder();
        body.append(Fragments.names(html, h));
        body.append(Html.section("Offices", "offices", offices(html, q, q.rows("offices", h.iri()))));
        body.append(Html.section("Contacts", "contacts", contacts(html, q, h, part)));
        body.append(Html.section("Positions", "positions", Fragments.firstPositions(html, q.rows("positions", h.iri()))));
        body.append(Html.section("Quotes", "quotes", Fragments.firstQuotes(html, q.rows("quotes", h.iri()))));
        return html.page(h.title(), "person", h.iri().getURI(), body.toString());
    }

    /**
     * The person's contacts with other persons, newest first, from the contacts index: a page of
     * {@link #CONTACTS_PER_PAGE}, with links to the newer and older pages when there are more.
     */
    private static String contacts(Html html, PageQueries q, Heading h, int part) {
        int total = q.rows("person-contact-count", h.iri()).get(0).integer("n");
        long offset = (long) (part - 1) * CONTACTS_PER_PAGE;
        String timeline = Timeline.render(html, q.rows("person-contacts", h.iri(), CONTACTS_PER_PAGE, offset), true);
        if (total <= CONTACTS_PER_PAGE) {
            return timeline;
        }
        String here = h.iri().getURI();
        StringBuilder pager = new StringBuilder("<p class=\"pager\">contacts ").append(Math.min(offset + 1, total)).append("–")
                .append(Math.min(offset + CONTACTS_PER_PAGE, total)).append(" of ").append(total);
        if (part > 1) {
            pager.append(" · ").append(html.link(here, "?contacts=" + (part - 1), "← newer"));
        }
        if (offset + CONTACTS_PER_PAGE < total) {
            pager.append(" · ").append(html.link(here, "?contacts=" + (part + 1), "older →"));
        }
        return pager.append("</p>").append(timeline).toString();
    }

    /**
     * An office as the articles state it: the dates they were written on, the first
     * {@link #SOURCES_SHOWN} of them (by IRI) and what the reference says. One row of {@code offices.rq}.
     */
    private static final class Office {
        final String post;
        final String label;
        final String of;
        final String ofLabel;
        final List<String> sources = new ArrayList<>();
        final int count;
        final DateSpan stated = new DateSpan();
        final String reference;

        Office(Html html, PageQueries q, PageQueries.Row r) {
            post = r.str("post");
            label = r.str("postLabel");
            of = r.str("of");
            ofLabel = r.str("ofLabel");
            if (!r.str("first").equals("~")) {
                stated.add(r.str("first"));
                stated.add(r.str("last"));
            }
            count = r.integer("sources");
            List<String> articles = new ArrayList<>(List.of(r.str("articles").split(" ")));
            Collections.sort(articles);
            for (String article : articles.subList(0, Math.min(SOURCES_SHOWN, articles.size()))) {
                List<PageQueries.Row> head = q.rows("headline", NodeFactory.createURI(article));
                PageQueries.Row h = head.isEmpty() ? new PageQueries.Row(Map.of()) : head.get(0);
                sources.add(Fragments.article(html, article, h.str("title"), h.str("published")));
            }
            String agreed = r.str("agreed");
            if (agreed != null && !agreed.isEmpty()) {
                // The latest agreeing statement's term, after its date.
                reference = "Wikidata agrees: " + agreed.substring(agreed.indexOf('\t') + 1);
            } else if ("true".equals(r.str("disagreed"))) {
                reference = "not in the reference for that date";
            } else {
                reference = null;
            }
        }
    }

    /** One line per office: first and last date an article states it, and those articles. */
    private static String offices(Html html, PageQueries q, List<PageQueries.Row> rows) {
        Map<String, Office> byOffice = new LinkedHashMap<>();
        for (PageQueries.Row r : rows) {
            // One row per office and state; a second label of either is the same office.
            byOffice.computeIfAbsent(r.str("post") + " " + r.str("of"), k -> new Office(html, q, r));
        }
        if (byOffice.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<table class=\"offices\"><thead><tr><th>office</th><th>of</th>"
                + "<th>stated</th><th>reference</th><th>sources</th></tr></thead><tbody>");
        for (Office o : byOffice.values()) {
            b.append("<tr class=\"office\"><td>").append(html.link(o.post, o.label))
             .append("</td><td>").append(o.of == null ? "" : html.link(o.of, o.ofLabel))
             .append("</td><td>").append(Html.esc(o.stated.toString()))
             .append("</td><td>").append(Html.esc(o.reference == null ? "" : o.reference))
             .append("</td><td>").append(String.join("<br>", o.sources))
             .append(o.count > SOURCES_SHOWN ? "<br>and " + (o.count - SOURCES_SHOWN) + " more articles" : "")
             .append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }
}
