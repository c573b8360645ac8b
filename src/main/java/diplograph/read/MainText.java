package diplograph.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of a news page, the way Readability finds it: every paragraph scores its parent
 * (and half its grandparent) by its length and commas; a container's score falls with the share of
 * its text that is links; the best container and those of its siblings that score near it hold the
 * article. Navigation, page furniture and blocks whose class or id says they are comments, shares
 * or related links are set aside first. Paragraphs, headings and list items that are sentences are
 * the article's blocks, in page order.
 */
final class MainText {

    private MainText() {
    }

    /** Class and id words of page furniture (Readability's "unlikely candidates"). */
    private static final Pattern UNLIKELY = Pattern.compile("(?i)comment|footer|sidebar|related|share|social|"
            + "nav|menu|promo|widget|advert|sponsor|popular|newsletter|subscri|cookie|breadcrumb|outbrain|taboola|"
            + "recommend|trending|most-?read|signup|banner|disqus|toolbar|pagination|tags|author-bio|read-?more");
    /** Class and id words of the article itself, which outweigh an unlikely word beside them. */
    private static final Pattern LIKELY = Pattern.compile("(?i)article|body|content|entry|main|post|story|text");
    private static final Set<String> FURNITURE = Set.of("script", "style", "noscript", "nav", "header", "footer",
            "aside", "form", "iframe", "button", "select", "svg");
    /** A paragraph shorter than this is a label or a caption and scores nothing. */
    private static final int MIN_PARAGRAPH = 25;
    /** A list item is a paragraph when it is at least this long and mostly not links. */
    private static final int MIN_ITEM = 80;

    /** The article's blocks of text, or an empty list when the page holds no paragraph. */
    static List<String> blocks(Document page) {
        Document doc = page.clone();
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        body.select(String.join(", ", FURNITURE)).remove();
        List<Element> unlikely = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String names = e.className() + " " + e.id();
            if (e != body && !Set.of("article", "main").contains(e.tagName()) && UNLIKELY.matcher(names).find()
                    && !LIKELY.matcher(names).find()) {
                unlikely.add(e);
            }
        }
        unlikely.forEach(Element::remove);

        Map<Element, Double> scores = new IdentityHashMap<>();
        List<Element> paragraphs = paragraphs(body);
        Set<Element> asParagraphs = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        asParagraphs.addAll(paragraphs);
        for (Element p : paragraphs) {
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + text.chars().filter(c -> c == ',').count() + Math.min(text.length() / 100, 3);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        Element top = null;
        double best = 0;
        for (var e : scores.entrySet()) {
            double s = e.getValue() * (1 - linkDensity(e.getKey()));
            e.setValue(s);
            if (s > best) {
                best = s;
                top = e.getKey();
            }
        }
        if (top == null) {
            return List.of();
        }
        double threshold = Math.max(10, best * 0.2);
        List<Element> parts = new ArrayList<>();
        Element parent = top.parent();
        for (Element sibling : parent == null ? List.of(top) : parent.children()) {
            boolean near = sibling == top || scores.getOrDefault(sibling, 0.0) >= threshold
                    || sibling.tagName().equals("p") && sibling.text().length() > MIN_ITEM && linkDensity(sibling) < 0.25;
            if (near) {
                parts.add(sibling);
            }
        }
        List<String> blocks = new ArrayList<>();
        for (Element part : parts) {
            List<Element> inner = new ArrayList<>();
            for (Element e : part.select("p, pre, h2, h3, h4, li, div")) {
                if (!e.tagName().equals("div") || asParagraphs.contains(e)) {
                    inner.add(e);
                }
            }
            for (Element e : inner) {
                if (!e.tagName().equals("li") || isSentenceItem(e)) {
                    blocks.addAll(betweenBreaks(e));
                }
            }
        }
        return blocks;
    }

    private static final Set<String> BLOCKS = Set.of("div", "p", "table", "ul", "ol", "section", "article",
            "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "dl", "figure");

    /** Paragraphs, and divisions used as paragraphs: a {@code <div>} with text and no block inside. */
    private static List<Element> paragraphs(Element body) {
        List<Element> found = new ArrayList<>();
        for (Element e : body.select("p, pre, div")) {
            if (e.tagName().equals("div")) {
                boolean leaf = e.children().stream().noneMatch(c -> BLOCKS.contains(c.tagName()));
                if (!leaf || e.ownText().length() < MIN_PARAGRAPH || e.parents().stream().anyMatch(a -> a.tagName().equals("p"))) {
                    continue;
                }
            }
            found.add(e);
        }
        return found;
    }

    /**
     * The text of an element as paragraphs: the runs of text between double {@code <br>}s and
     * block children ("…talks.<br><br>They agreed…" is two paragraphs).
     */
    static List<String> betweenBreaks(Element e) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int breaks = 0;
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            if (n instanceof Element el && el.tagName().equals("br")) {
                breaks++;
                continue;
            }
            boolean block = n instanceof Element el && el.isBlock();
            if ((breaks >= 2 || block) && !current.toString().isBlank()) {
                blocks.add(current.toString().strip());
                current.setLength(0);
            }
            String t = n instanceof org.jsoup.nodes.TextNode tn ? tn.text() : n instanceof Element el ? el.text() : "";
            if (!t.isBlank()) {
                current.append(current.length() > 0 && !Character.isWhitespace(current.charAt(current.length() - 1))
                        && !t.startsWith(" ") ? " " : "").append(t);
            }
            breaks = 0;
            if (block && !current.toString().isBlank()) {
                blocks.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            blocks.add(current.toString().strip());
        }
        return blocks;
    }

    /** Share of link text above which a list item is a menu's entry. */
    static final double MAX_ITEM_LINK_DENSITY = 0.5;

    /**
     * Whether a list item is a paragraph: a sentence of its own, not a menu's link ("U.S.
     * Ambassador … met with UNFPA Executive Director Dr. Natalia Kanem").
     */
    static boolean isSentenceItem(Element li) {
        return li.select("p").isEmpty() && li.text().length() >= MIN_ITEM && linkDensity(li) < MAX_ITEM_LINK_DENSITY;
    }

    static double linkDensity(Element e) {
        int length = e.text().length();
        return length == 0 ? 0 : (double) e.select("a").text().length() / length;
    }
}
