package diplograph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.NodeFactory;

/**
 * A state or an organization: its officials, its contacts and theirs, the positions it holds.
 *
 * <p>Its officials' contacts come from the contacts index, each official's newest first as the
 * person page reads them: the newest {@link Fragments#SHOWN} of them all are shown. A state's
 * officials can have thousands of contacts, reported in thousands of articles; reading each report
 * in its article took seconds at 100,000 articles.
 */
final class StatePage {

    private StatePage() {
    }

    static String render(Html html, PageQueries q, Heading h, String kind) {
        StringBuilder body = new StringBuilder(Fragments.names(html, h));
        Map<String, Official> officials = officials(q.rows("officials", h.iri()));
        body.append(Html.section("Officials", "officials", officials(html, officials)));
        List<PageQueries.Row> contacts = new ArrayList<>(q.rows("contacts", h.iri()));
        List<PageQueries.Row> theirs = officialContacts(q, officials);
        contacts.addAll(theirs.subList(0, Math.min(Fragments.SHOWN, theirs.size())));
        body.append(Html.section("Contacts", "contacts", Timeline.render(html, contacts, true)
                + (theirs.size() > Fragments.SHOWN ? "<p class=\"pager\">its officials' newest " + Fragments.SHOWN
                        + " contacts: more on their pages</p>" : "")));
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
            stated.add(r.str("first"));
            stated.add(r.str("last"));
        }
    }

    /** The rows of {@code officials.rq} per person, in the query's order (by name). */
    private static Map<String, Official> officials(List<PageQueries.Row> rows) {
        Map<String, Official> byPerson = new LinkedHashMap<>();
        for (PageQueries.Row r : rows) {
            byPerson.computeIfAbsent(r.str("person"), p -> new Official(r.str("name"))).add(r);
        }
        return byPerson;
    }

    private static String officials(Html html, Map<String, Official> byPerson) {
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

    /**
     * The officials' contacts, newest first (undated last), each named with the official as
     * {@code ?actor}: the first {@link Fragments#SHOWN} + 1 of each official's, enough to know the
     * newest {@link Fragments#SHOWN} of them all and whether there are more.
     */
    private static List<PageQueries.Row> officialContacts(PageQueries q, Map<String, Official> officials) {
        List<PageQueries.Row> rows = new ArrayList<>();
        officials.forEach((person, official) -> {
            for (PageQueries.Row r : q.rows("person-contacts", NodeFactory.createURI(person), Fragments.SHOWN + 1, 0)) {
                Map<String, org.apache.jena.graph.Node> values = new HashMap<>(r.values());
                values.put("actor", NodeFactory.createURI(person));
                if (official.name != null) {
                    values.put("actorName", NodeFactory.createLiteralString(official.name));
                }
                rows.add(new PageQueries.Row(values));
            }
        });
        rows.sort(Comparator.comparing((PageQueries.Row r) -> r.str("date"), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(r -> r.str("event")).thenComparing(r -> r.str("actor")));
        return rows;
    }
}
