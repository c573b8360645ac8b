package diplograph.serve;

import diplograph.map.Vocab;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An article: its text with every stretch a fact was found in marked (hover names the facts, a
 * click opens the fact), followed by the list of facts. Marks carry the anchor's fragment id
 * ({@code char=START,END}) so the anchors minted in the graph lead to their place in the text.
 */
final class ArticlePage {

    private record Fact(String iri, String kind, String label, int start, int end) {
    }

    private ArticlePage() {
    }

    static String render(Html html, PageQueries q, Heading h) {
        List<PageQueries.Row> meta = q.rows("article", h.iri());
        PageQueries.Row m = meta.isEmpty() ? null : meta.get(0);
        String text = m == null ? null : m.str("text");
        List<Fact> facts = facts(q.rows("facts", h.iri()));
        StringBuilder body = new StringBuilder("<dl class=\"summary\">");
        if (m != null) {
            body.append("<dt>id</dt><dd>").append(Html.esc(m.str("id"))).append("</dd>");
            body.append("<dt>published</dt><dd>").append(m.str("published") == null ? "not stated" : Html.esc(m.str("published"))).append("</dd>");
            if (m.str("url") != null) {
                body.append("<dt>source</dt><dd><a href=\"").append(Html.esc(m.str("url"))).append("\">")
                    .append(Html.esc(m.str("url"))).append("</a></dd>");
            }
        }
        body.append("<dt>facts</dt><dd>").append(facts.stream().map(Fact::iri).distinct().count()).append("</dd></dl>");
        if (text != null) {
            body.append(Html.section("Text", "text", "<div class=\"article-text\">" + marked(html, text, facts) + "</div>"));
        }
        body.append(Html.section("Facts", "facts", list(html, facts)));
        String title = m != null && m.str("title") != null ? m.str("title") : m != null && m.str("id") != null ? m.str("id") : h.title();
        return html.page(title, "article", h.iri().getURI(), body.toString());
    }

    private static List<Fact> facts(List<PageQueries.Row> rows) {
        Map<String, Fact> unique = new LinkedHashMap<>();
        for (PageQueries.Row r : rows) {
            String kind = r.str("k") != null ? local(r.str("k")) : local(r.str("type"));
            String key = r.str("fact") + "@" + r.str("start");
            Fact old = unique.get(key);
            if (old == null || old.kind() == null) {
                unique.put(key, new Fact(r.str("fact"), kind, r.str("label"), r.integer("start"), r.integer("end")));
            }
        }
        return new ArrayList<>(unique.values());
    }

    private static String local(String iri) {
        if (iri == null) {
            return null;
        }
        for (String ns : List.of(Vocab.KIND, Vocab.STANCE, Vocab.DG, "http://schema.org/")) {
            if (iri.startsWith(ns)) {
                return iri.substring(ns.length());
            }
        }
        return iri;
    }

    /**
     * The text cut at every anchor's start and end; each piece that some fact covers is a mark
     * listing those facts, and each anchor's first piece carries its fragment id.
     */
    static String marked(Html html, String text, List<Fact> facts) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        Map<Integer, TreeSet<String>> idsAt = new TreeMap<>();
        for (Fact f : facts) {
            if (f.start() < 0 || f.end() > text.length() || f.start() >= f.end()) {
                continue; // an anchor outside the text (an older text) is listed, not marked
            }
            cuts.add(f.start());
            cuts.add(f.end());
            idsAt.computeIfAbsent(f.start(), s -> new TreeSet<>()).add("char=" + f.start() + "," + f.end());
        }
        StringBuilder b = new StringBuilder();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null) {
                List<Fact> covering = new ArrayList<>();
                for (Fact f : facts) {
                    if (f.start() <= from && cut <= f.end()) {
                        covering.add(f);
                    }
                }
                String piece = Html.esc(text.substring(from, cut));
                String ids = "";
                for (String id : idsAt.getOrDefault(from, new TreeSet<>())) {
                    ids += "<a class=\"anchor\" id=\"" + id + "\"></a>";
                }
                if (covering.isEmpty()) {
                    b.append(ids).append(piece);
                } else {
                    TreeSet<String> kinds = new TreeSet<>();
                    covering.forEach(f -> kinds.add(f.kind() == null ? "fact" : f.kind()));
                    Fact first = covering.get(0);
                    b.append(ids).append("<a class=\"fact-mark\" href=\"").append(Html.esc(html.href(first.iri())))
                     .append("\" title=\"").append(Html.esc(String.join(", ", kinds))).append("\" data-facts=\"")
                     .append(covering.size()).append("\">").append(piece).append("</a>");
                }
            }
            from = cut;
        }
        return b.toString();
    }

    private static String list(Html html, List<Fact> facts) {
        if (facts.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<table class=\"facts\"><thead><tr><th>fact</th><th>kind</th><th>where</th></tr></thead><tbody>");
        Map<String, Fact> first = new LinkedHashMap<>();
        facts.forEach(f -> first.putIfAbsent(f.iri(), f));
        for (Fact f : first.values()) {
            String id = "char=" + f.start() + "," + f.end();
            b.append("<tr><td>").append(html.link(f.iri(), f.label() != null ? f.label() : f.iri().substring(f.iri().lastIndexOf('/') + 1)))
             .append("</td><td>").append(Html.esc(f.kind())).append("</td><td><a href=\"#").append(id).append("\">")
             .append(id).append("</a></td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }
}
