package diplograph.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A fact with sources (an event, and the same way a position, quote, agreement or office holding):
 * what it says, and every sentence it was found in with its participants' names marked, each
 * linked to its place in the article.
 */
final class EventPage {

    private EventPage() {
    }

    static String render(Html html, PageQueries q, Heading h) {
        StringBuilder body = new StringBuilder();
        List<PageQueries.Row> rows = q.rows("event", h.iri());
        String kind = rows.isEmpty() ? "event" : Timeline.kind(rows.get(0).str("k"));
        body.append(summary(html, rows));
        body.append(Html.section("Sources", "sources", sources(html, q.rows("sources", h.iri()))));
        String title = title(kind, rows);
        return html.page(title, kind.replace('_', ' '), h.iri().getURI(), body.toString());
    }

    /** "Meeting of A and B, 2025-06-07": what a reader would call it. */
    private static String title(String kind, List<PageQueries.Row> rows) {
        Set<String> names = new TreeSet<>();
        String date = null;
        for (PageQueries.Row r : rows) {
            if ("participant".equals(r.str("part")) && r.str("actorName") != null) {
                names.add(r.str("actorName"));
            }
            date = date == null ? r.str("date") : date;
        }
        String k = kind.replace('_', ' ');
        return Character.toUpperCase(k.charAt(0)) + k.substring(1)
                + (names.isEmpty() ? "" : ": " + String.join(" – ", names)) + (date == null ? "" : ", " + date);
    }

    private static String summary(Html html, List<PageQueries.Row> rows) {
        Map<String, Map<String, String>> parts = new LinkedHashMap<>();
        Set<String> dates = new TreeSet<>();
        Map<String, String> places = new TreeMap<>();
        Set<String> occasions = new TreeSet<>();
        for (PageQueries.Row r : rows) {
            if (r.str("actor") != null) {
                parts.computeIfAbsent(r.str("part"), p -> new TreeMap<>()).put(r.str("actor"), r.str("actorName"));
            }
            if (r.str("date") != null) {
                dates.add(r.str("date"));
            }
            if (r.str("place") != null) {
                places.put(r.str("place"), r.str("placeLabel"));
            }
            if (r.str("occasion") != null) {
                occasions.add(r.str("occasion"));
            }
        }
        StringBuilder b = new StringBuilder("<dl class=\"summary\">");
        b.append("<dt>date</dt><dd>").append(dates.isEmpty() ? "not stated" : Html.esc(String.join(", ", dates))).append("</dd>");
        if (!places.isEmpty()) {
            List<String> links = new ArrayList<>();
            places.forEach((iri, label) -> links.add(html.link(iri, label)));
            b.append("<dt>place</dt><dd>").append(String.join(", ", links)).append("</dd>");
        }
        if (!occasions.isEmpty()) {
            b.append("<dt>occasion</dt><dd>").append(Html.esc(String.join(", ", occasions))).append("</dd>");
        }
        parts.forEach((part, actors) -> {
            List<String> links = new ArrayList<>();
            actors.forEach((iri, label) -> links.add(html.link(iri, label)));
            b.append("<dt>").append(Html.esc(part)).append("</dt><dd class=\"participants\">")
             .append(String.join(", ", links)).append("</dd>");
        });
        return b.append("</dl>").toString();
    }

    /** One entry per sentence a source article gives for the fact: the first {@link Fragments#SHOWN}, by date. */
    static String sources(Html html, List<PageQueries.Row> rows) {
        record Source(String article, String title, String published, String anchor, String exact, String rule,
                      String confidence, Set<String> names) {
        }
        Map<String, Source> byAnchor = new LinkedHashMap<>();
        for (PageQueries.Row r : rows) {
            Source s = byAnchor.computeIfAbsent(r.str("anchor"), a -> new Source(r.str("article"), r.str("title"),
                    r.str("published"), a, r.str("exact"), r.str("rule"), r.str("confidence"), new TreeSet<>()));
            if (r.str("name") != null) {
                s.names().add(r.str("name"));
            }
        }
        if (byAnchor.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<ol class=\"sources\">");
        // pages/sources.rq gives the first SHOWN + 1 sentences: the last one only says there are more.
        for (Source s : byAnchor.values().stream().limit(Fragments.SHOWN).toList()) {
            b.append("<li class=\"source\"><blockquote class=\"sentence\">").append(Highlighter.mark(s.exact(), s.names()))
             .append("</blockquote><p class=\"meta\">")
             .append(Fragments.article(html, s.article(), s.title(), s.published()))
             .append(" · <a href=\"").append(Html.esc(html.href(s.anchor()))).append("\">in the text</a>")
             .append(s.rule() == null ? "" : " · rule <code>" + Html.esc(s.rule()) + "</code>")
             .append(s.confidence() == null ? "" : ", confidence " + Html.esc(s.confidence()))
             .append("</p></li>");
        }
        return b.append("</ol>").append(Fragments.more(byAnchor.size(), "sentences")).toString();
    }
}
