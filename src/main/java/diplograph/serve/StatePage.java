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
        StringBuilder body = new StringBuilder(PersonPage.summary(html, h));
        body.append(Html.section("Officials", "officials", officials(html, q.rows("officials", h.iri()))));
        List<PageQueries.Row> contacts = new java.util.ArrayList<>(q.rows("contacts", h.iri()));
        contacts.addAll(q.rows("official-contacts", h.iri()));
        body.append(Html.section("Contacts", "contacts", Timeline.render(html, contacts)));
        body.append(Html.section("Positions", "positions", Fragments.positions(html, q.rows("positions", h.iri()))));
        return html.page(h.title(), kind, h.iri().getURI(), body.toString());
    }

    private static String officials(Html html, List<PageQueries.Row> rows) {
        Map<String, String[]> byPerson = new LinkedHashMap<>();
        Map<String, TreeSet<String>> posts = new LinkedHashMap<>();
        for (PageQueries.Row r : rows) {
            String[] span = byPerson.computeIfAbsent(r.str("person"), p -> new String[] {r.str("name"), null, null});
            posts.computeIfAbsent(r.str("person"), p -> new TreeSet<>()).add(r.str("postLabel") == null ? "" : r.str("postLabel"));
            String when = r.str("observed");
            if (when != null && (span[1] == null || when.compareTo(span[1]) < 0)) {
                span[1] = when;
            }
            if (when != null && (span[2] == null || when.compareTo(span[2]) > 0)) {
                span[2] = when;
            }
        }
        if (byPerson.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<table class=\"officials\"><thead><tr><th>person</th><th>office</th>"
                + "<th>stated</th></tr></thead><tbody>");
        byPerson.forEach((person, span) -> b.append("<tr><td>").append(html.link(person, span[0]))
                .append("</td><td>").append(Html.esc(String.join(" · ", posts.get(person))))
                .append("</td><td>").append(span[1] == null ? "" : Html.esc(span[1].equals(span[2]) ? span[1] : span[1] + " – " + span[2]))
                .append("</td></tr>"));
        return b.append("</tbody></table>").toString();
    }
}
