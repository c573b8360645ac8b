package diplograph.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A state or an organization: its officials, its contacts and theirs, the positions it holds. */
final class StatePage {

    private StatePage() {
    }

    static String render(Html html, PageQueries q, Heading h, String kind) {
        StringBuilder body = new StringBuilder(Fragments.names(html, h));
        body.append(Html.section("Officials", "officials", officials(html, q.rows("officials", h.iri()))));
        List<PageQueries.Row> contacts = new java.util.ArrayList<>(q.rows("contacts", h.iri()));
        contacts.addAll(q.rows("official-contacts", h.iri()));
        body.append(Html.section("Contacts", "contacts", Timeline.render(html, contacts)));
        body.append(Html.section("Positions", "positions", Fragments.firstPositions(html, q.rows("positions", h.iri()))));
        return html.page(h.title(), kind, h.iri().getURI(), body.toString());
    }

    /** A person an article names as holding an office of the state: which offices, stated when. */
    private static final class Official {
        final String name;
        final TreeSet<String> posts = new TreeSet<>();
        final DateSpan stated = new DateSpan();

        Official(String name) {
            this.name = name;
        }

        void add(PageQueries.Row r) {
            if (r.str("postLabel") != null) {
                posts.add(r.str("postLabel"));
            }
            stated.add(r.str("observed"));
        }
    }

    private static String officials(Html html, List<PageQueries.Row> rows) {
        Map<String, Official> byPerson = new LinkedHashMap<>();
        for (PageQueries.Row r : rows) {
            byPerson.computeIfAbsent(r.str("person"), p -> new Official(r.str("name"))).add(r);
        }
        if (byPerson.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<table class=\"officials\"><thead><tr><th>person</th><th>office</th>"
                + "<th>stated</th></tr></thead><tbody>");
        byPerson.forEach((person, o) -> b.append("<tr><td>").append(html.link(person, o.name))
                .append("</td><td>").append(Html.esc(String.join(" · ", o.posts)))
                .append("</td><td>").append(Html.esc(o.stated.toString()))
                .append("</td></tr>"));
        return b.append("</tbody></table>").toString();
    }
}
