package diplograph.serve;

import diplograph.map.Vocab;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Events as a dated list, one entry per event however many articles report it. */
final class Timeline {

    private record Entry(String event, String kind, String date, String place, Map<String, String> others,
                         Map<String, String> sources, int[] counted) {
        /** The number of sources: the articles listed, or the contacts index's count, whichever is more. */
        int sourceCount() {
            return Math.max(sources.size(), counted[0]);
        }
    }

    private Timeline() {
    }

    /**
     * Renders rows of {@code contacts.rq} (or of a state's officials' contacts, whose {@code ?actor} is
     * then named as well) as an ordered list.
     */
    static String render(Html html, List<PageQueries.Row> rows) {
        return render(html, rows, false);
    }

    /**
     * Like {@link #render(Html, List)}; with {@code newestFirst}, rows of {@code person-contacts.rq}
     * (the contacts index, whose {@code ?sources} counts the articles) listed newest first.
     */
    static String render(Html html, List<PageQueries.Row> rows, boolean newestFirst) {
        Map<String, Entry> byEvent = new LinkedHashMap<>();
        for (PageQueries.Row r : rows) {
            Entry e = byEvent.computeIfAbsent(r.str("event"), ev -> new Entry(ev, kind(r.str("k")), r.str("date"),
                    r.str("placeLabel"), new TreeMap<>(), new TreeMap<>(), new int[1]));
            if (r.str("sources") != null) {
                e.counted()[0] = Math.max(e.counted()[0], r.integer("sources"));
            }
            if (r.str("actor") != null) {
                e.others().put(r.str("actor"), r.str("actorName"));
            }
            if (r.str("other") != null) {
                e.others().put(r.str("other"), r.str("otherName"));
            }
            if (r.str("article") != null) {
                e.sources().put(r.str("article"), r.str("title"));
            }
        }
        if (byEvent.isEmpty()) {
            return "";
        }
        List<Entry> entries = new ArrayList<>(byEvent.values());
        // Undated events last, either way.
        entries.sort((a, b) -> a.date() == null ? (b.date() == null ? 0 : 1) : b.date() == null ? -1
                : newestFirst ? b.date().compareTo(a.date()) : a.date().compareTo(b.date()));
        StringBuilder b = new StringBuilder("<ol class=\"timeline\">");
        for (Entry e : entries) {
            b.append("<li class=\"contact\" data-kind=\"").append(Html.esc(e.kind())).append("\">")
             .append("<time>").append(e.date() == null ? "undated" : Html.esc(e.date())).append("</time> ")
             .append("<span class=\"badge ").append(Html.esc(e.kind())).append("\">")
             .append(Html.esc(e.kind().replace('_', ' '))).append("</span> ");
            if (!e.others().isEmpty()) {
                b.append("with ");
                List<String> names = new ArrayList<>();
                e.others().forEach((iri, name) -> names.add(html.link(iri, name)));
                b.append(String.join(", ", names));
            }
            if (e.place() != null) {
                b.append(" in ").append(Html.esc(e.place()));
            }
            b.append(" · ").append(html.link(e.event(), "details"))
             .append(" · ").append(e.sourceCount()).append(e.sourceCount() == 1 ? " source" : " sources")
             .append("</li>");
        }
        return b.append("</ol>").toString();
    }

    /** The local name of a kind IRI ("meeting", "phone_call"). */
    static String kind(String kindIri) {
        if (kindIri == null) {
            return "event";
        }
        return kindIri.startsWith(Vocab.KIND) ? kindIri.substring(Vocab.KIND.length()) : kindIri;
    }
}
