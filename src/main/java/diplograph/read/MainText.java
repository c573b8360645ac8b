package diplograph.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main text of a news page, found the way Mozilla's Readability finds it (Readability.js,
 * Apache-2.0: its algorithm written again on jsoup, with its class-name word lists), with some of
 * trafilatura's rules (Apache-2.0: the link-farm test, captions, more furniture words). Hidden
 * blocks, the byline, the heading that repeats the title, captions and blocks whose class or id
 * names page furniture are set aside; runs of text in a {@code <div>} become paragraphs and double
 * {@code <br>}s break them; every paragraph scores its ancestors by its length and commas (its
 * parent fully, its grandparent by half, those above less); a container's score falls with its
 * share of link text; the best container (not a listing of several articles), a common ancestor
 * when several score alike, and those of its siblings that score near it hold the article, which
 * is then cleared of forms, share bars, blocks that are mostly links or images, link farms and
 * trailing headings. A page where this finds little is read again with fewer of these rules. The
 * article's blocks of text are returned in page order.
 */
final class MainText {

    private MainText() {
    }

    /**
     * Class and id words of page furniture: Readability's "unlikely candidates", and, as trafilatura
     * sets them aside, author boxes and bylines, newsletter sign-ups, cookie or consent notices, and
     * the rails of trending, popular or recommended stories.
     */
    private static final Pattern UNLIKELY = Pattern.compile("(?i)-ad-|ai2html|banner|breadcrumbs|combx|comment|"
            + "community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|"
            + "sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|"
            + "author|byline|newsletter|signup|consent|cookie-?(banner|bar|notice|policy|law|popup|message|warning)|"
            + "trending|popular|most-?(read|viewed|shared)|recommend|recirc|outbrain|taboola|carousel|swiper");
    /** Class and id words that keep a block with an unlikely word. */
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|mathjax|shadow");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|page|"
            + "pagination|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|"
            + "comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|"
            + "sidebar|skyscraper|sponsor|shopping|tags|widget");
    private static final Pattern BYLINE = Pattern.compile("(?i)byline|author|dateline|writtenby|p-author");
    private static final Pattern SHARE = Pattern.compile("(?i)(\\b|_)(share|sharedaddy)(\\b|_)");
    private static final Pattern AD_WORDS = Pattern.compile(
            "(?iu)^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$");
    private static final Pattern LOADING_WORDS = Pattern.compile(
            "(?iu)^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$");
    private static final Set<String> UNLIKELY_ROLES = Set.of("menu", "menubar", "complementary", "navigation",
            "alert", "alertdialog", "dialog");

    /** Removed before anything is scored: never article text. */
    private static final String FURNITURE = "script, style, noscript, template, nav, footer, aside, iframe, object, "
            + "embed, button, select, textarea, svg, canvas, link, meta";
    /** Captions of pictures and galleries, which describe the picture, not the news. */
    private static final String CAPTIONS = "figcaption, [class*=caption], [id*=caption]";
    /** A block named as a caption that holds more text than this is more than a caption. */
    private static final int MAX_CAPTION = 1000;
    private static final Set<String> TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    /** Children that stop a {@code <div>} from being a paragraph. */
    private static final Set<String> DIV_TO_P = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    private static final Set<String> PHRASING = Set.of("abbr", "audio", "b", "bdo", "br", "button", "cite", "code",
            "data", "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter",
            "noscript", "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span",
            "strong", "sub", "sup", "textarea", "time", "var", "wbr", "font", "u", "s", "strike", "tt", "big");
    /** Blocks removed when they hold no text (nor anything but breaks and rules). */
    private static final Set<String> EMPTY_REMOVED = Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> KEEP_AS_IS = Set.of("div", "article", "section", "p", "ol", "ul");

    /** A paragraph shorter than this is a label or a caption and scores nothing. */
    private static final int MIN_PARAGRAPH = 25;
    /** Main text shorter than this sends the page through again with fewer rules. */
    private static final int CHAR_THRESHOLD = 500;
    private static final int TOP_CANDIDATES = 5;
    /** A list item is a paragraph when it is at least this long and mostly not links. */
    private static final int MIN_ITEM = 80;

    private static final int STRIP_UNLIKELY = 1;
    private static final int WEIGHT_CLASSES = 2;
    private static final int CLEAN_CONDITIONALLY = 4;

    /**
     * The article's blocks of text, or an empty list when the page holds no text. A page whose
     * reading finds less than {@value #CHAR_THRESHOLD} characters is read again without setting
     * aside blocks by their names, then without weighing their names, then without clearing the
     * article of blocks that look like boilerplate, until one finds that much; a later reading is
     * taken only when it finds more than twice as much text as the one kept (one that finds the
     * article under an unlikely name, not one that adds the comments to a short article).
     */
    static List<String> blocks(Document page) {
        if (page.body() == null) {
            return List.of();
        }
        String title = title(page);
        List<String> kept = null;
        int keptLength = 0;
        for (int flags : new int[] {STRIP_UNLIKELY | WEIGHT_CLASSES | CLEAN_CONDITIONALLY,
                WEIGHT_CLASSES | CLEAN_CONDITIONALLY, CLEAN_CONDITIONALLY, 0}) {
            Element article = new Grab(page.body().clone(), flags, title).article();
            List<String> blocks = article == null ? List.of() : textBlocks(article);
            int length = blocks.stream().mapToInt(String::length).sum();
            if (kept == null || length > 2 * keptLength) {
                kept = blocks;
                keptLength = length;
            }
            if (length >= CHAR_THRESHOLD) {
                break;
            }
        }
        return kept;
    }

    private static String title(Document page) {
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content");
        }
        return page.title();
    }

    /** One pass of the search, with some of its rules switched off. */
    private static final class Grab {
        private final Element body;
        private final int flags;
        private final String title;
        private final Map<Element, Double> scores = new IdentityHashMap<>();
        private final Set<Element> dataTables = Collections.newSetFromMap(new IdentityHashMap<>());

        Grab(Element body, int flags, String title) {
            this.body = body;
            this.flags = flags;
            this.title = title;
        }

        private boolean on(int flag) {
            return (flags & flag) != 0;
        }

        Element article() {
            flattenBelow(body, MAX_DEPTH);
            body.select(FURNITURE).remove();
            for (Element caption : body.select(CAPTIONS)) {
                // Not the page or the article that a class name such as "has-captions" happens to match.
                if (caption != body && !caption.tagName().equals("article") && !caption.tagName().equals("main")
                        && caption.text().length() <= MAX_CAPTION) {
                    caption.remove();
                }
            }
            replaceBreaks(body);
            List<Element> toScore = prepare();
            List<Element> candidates = new ArrayList<>();
            for (Element p : toScore) {
                if (p.parent() == null) {
                    continue;
                }
                String text = p.text();
                if (text.length() < MIN_PARAGRAPH) {
                    continue;
                }
                double score = 1 + (commas(text) + 1) + Math.min(text.length() / 100, 3);
                Element ancestor = p.parent();
                for (int level = 0; level < 5 && ancestor != null && ancestor.parent() != null; level++) {
                    if (!scores.containsKey(ancestor)) {
                        scores.put(ancestor, initial(ancestor));
                        candidates.add(ancestor);
                    }
                    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    scores.merge(ancestor, score / divider, Double::sum);
                    ancestor = ancestor.parent();
                }
            }
            List<Element> top = new ArrayList<>();
            for (Element c : candidates) {
                double s = scores.get(c) * (1 - linkDensity(c));
                scores.put(c, s);
                int i = 0;
                while (i < top.size() && scores.get(top.get(i)) >= s) {
                    i++;
                }
                if (i < TOP_CANDIDATES) {
                    top.add(i, c);
                    if (top.size() > TOP_CANDIDATES) {
                        top.remove(top.size() - 1);
                    }
                }
            }
            Element best = top.isEmpty() ? null : top.get(0);
            best = notAListing(best, top);
            if (best == null || best == body) {
                return body.childNodeSize() == 0 ? null : prepareArticle(wrap(List.of(body)));
            }
            best = commonAncestor(best, top);
            best = betterParent(best);
            while (best.parent() != null && best.parent() != body && best.parent().children().size() == 1) {
                best = best.parent();
            }
            scores.putIfAbsent(best, initial(best));
            return prepareArticle(wrap(siblings(best)));
        }

        /** Hidden blocks, the byline, the title's heading and furniture out; divisions of text made paragraphs. */
        private List<Element> prepare() {
            List<Element> toScore = new ArrayList<>();
            boolean bylineSeen = false;
            boolean titleSeen = false;
            Element node = body;
            while (node != null) {
                // Most elements have no attributes: nothing to read in their names.
                boolean attributed = node.attributesSize() > 0;
                String names = attributed ? node.className() + " " + node.id() : " ";
                String tag = node.tagName();
                if (node != body) {
                    if (attributed && (hidden(node)
                            || "true".equals(node.attr("aria-modal")) && "dialog".equals(node.attr("role")))) {
                        node = removeAndNext(node);
                        continue;
                    }
                    if (!bylineSeen && attributed && isByline(node, names)) {
                        bylineSeen = true;
                        node = removeAndNext(node);
                        continue;
                    }
                    if (!titleSeen && (tag.equals("h1") || tag.equals("h2")) && similarity(title, node.text()) > 0.75) {
                        titleSeen = true;
                        node = removeAndNext(node);
                        continue;
                    }
                    if (on(STRIP_UNLIKELY) && attributed) {
                        if (UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find() && !hasAncestor(node, "table", 3)
                                && !hasAncestor(node, "code", 3) && !tag.equals("a") && !embedsPost(node)) {
                            node = removeAndNext(node);
                            continue;
                        }
                        if (SHARE.matcher(names).find() && node.text().length() < CHAR_THRESHOLD) {
                            node = removeAndNext(node);
                            continue;
                        }
                        if (UNLIKELY_ROLES.contains(node.attr("role"))) {
                            node = removeAndNext(node);
                            continue;
                        }
                    }
                    if (EMPTY_REMOVED.contains(tag) && withoutContent(node)) {
                        node = removeAndNext(node);
                        continue;
                    }
                }
                if (TO_SCORE.contains(tag)) {
                    toScore.add(node);
                }
                if (tag.equals("div")) {
                    wrapPhrasing(node);
                    if (singleChild(node, "p") && linkDensity(node) < 0.25) {
                        Element p = node.child(0);
                        node.replaceWith(p);
                        node = p;
                        toScore.add(node);
                    } else if (!hasBlockChild(node)) {
                        node.tagName("p");
                        toScore.add(node);
                    }
                }
                node = next(node, false);
            }
            return toScore;
        }

        private double initial(Element e) {
            double s = switch (e.tagName()) {
                case "div" -> 5;
                case "pre", "td", "blockquote" -> 3;
                case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
                case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
                default -> 0;
            };
            return s + classWeight(e);
        }

        private int classWeight(Element e) {
            if (!on(WEIGHT_CLASSES)) {
                return 0;
            }
            int weight = 0;
            for (String name : new String[] {e.className(), e.id()}) {
                if (!name.isEmpty()) {
                    weight += NEGATIVE.matcher(name).find() ? -25 : 0;
                    weight += POSITIVE.matcher(name).find() ? 25 : 0;
                }
            }
            return weight;
        }

        private double score(Element e) {
            return scores.getOrDefault(e, 0.0);
        }

        /**
         * The best candidate, unless it holds several {@code <article>}s (a page of stories: the
         * article and the teasers of others) and a candidate holding at most one scores at least
         * half as much: that one.
         */
        private Element notAListing(Element best, List<Element> top) {
            if (best == null || !listing(best)) {
                return best;
            }
            for (Element c : top) {
                if (c != best && score(c) >= score(best) / 2 && !listing(c)) {
                    return c;
                }
            }
            return best;
        }

        /** An ancestor shared by three of the near-best candidates, when there is one below the body. */
        private Element commonAncestor(Element best, List<Element> top) {
            List<List<Element>> alternatives = new ArrayList<>();
            for (int i = 1; i < top.size(); i++) {
                if (score(top.get(i)) / score(best) >= 0.75) {
                    alternatives.add(top.get(i).parents());
                }
            }
            if (alternatives.size() >= 3) {
                for (Element parent = best.parent(); parent != null && parent != body; parent = parent.parent()) {
                    int holding = 0;
                    for (List<Element> ancestors : alternatives) {
                        for (Element a : ancestors) {
                            if (a == parent) {
                                holding++;
                                break;
                            }
                        }
                    }
                    if (holding >= 3) {
                        scores.putIfAbsent(parent, initial(parent));
                        return parent;
                    }
                }
            }
            return best;
        }

        /** A parent that scores higher than the candidate, found before the scores fall too low. */
        private Element betterParent(Element best) {
            double last = score(best);
            double threshold = last / 3;
            for (Element parent = best.parent(); parent != null && parent != body; parent = parent.parent()) {
                if (!scores.containsKey(parent)) {
                    continue;
                }
                double s = score(parent);
                if (s < threshold) {
                    break;
                }
                if (s > last) {
                    return parent;
                }
                last = s;
            }
            return best;
        }

        /**
         * The candidate and those of its siblings that score near it or read as paragraphs (not a
         * listing of other articles beside an article).
         */
        private List<Element> siblings(Element best) {
            double threshold = Math.max(10, score(best) * 0.2);
            boolean bestIsListing = listing(best);
            List<Element> parts = new ArrayList<>();
            for (Element sibling : best.parent().children()) {
                boolean append = sibling == best;
                if (!append && (bestIsListing || !listing(sibling))) {
                    double bonus = !best.className().isEmpty() && sibling.className().equals(best.className())
                            ? score(best) * 0.2 : 0;
                    if (scores.containsKey(sibling) && score(sibling) + bonus >= threshold) {
                        append = true;
                    } else if (sibling.tagName().equals("p")) {
                        double links = linkDensity(sibling);
                        String text = sibling.text();
                        append = text.length() > 80 && links < 0.25
                                || !text.isEmpty() && text.length() < 80 && links == 0 && SENTENCE_END.matcher(text).find();
                    }
                }
                if (append) {
                    if (!KEEP_AS_IS.contains(sibling.tagName())) {
                        sibling.tagName("div");
                    }
                    parts.add(sibling);
                }
            }
            return parts;
        }

        private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

        private Element wrap(List<Element> parts) {
            Element article = new Element("div");
            for (Element part : parts) {
                if (part == body) {
                    while (body.childNodeSize() > 0) {
                        article.appendChild(body.childNode(0));
                    }
                } else {
                    article.appendChild(part);
                }
            }
            return article;
        }

        /** Forms, share bars, headings marked as furniture and blocks that look like boilerplate out. */
        private Element prepareArticle(Element article) {
            markDataTables(article);
            cleanConditionally(article, "form");
            cleanConditionally(article, "fieldset");
            article.select("footer, aside, link, input").remove();
            for (Element child : article.children()) {
                for (Element e : child.getAllElements()) {
                    if (e != child && e.parent() != null && SHARE.matcher(e.className() + " " + e.id()).find()
                            && e.text().length() < CHAR_THRESHOLD) {
                        e.remove();
                    }
                }
            }
            for (Element h : article.select("h1, h2")) {
                if (classWeight(h) < 0) {
                    h.remove();
                }
            }
            cleanConditionally(article, "table");
            cleanConditionally(article, "ul");
            cleanConditionally(article, "div");
            for (String tag : new String[] {"ul, ol", "li", "p"}) {
                List<Element> farms = new ArrayList<>();
                for (Element e : article.select(tag)) {
                    if (linkFarm(e)) {
                        farms.add(e);
                    }
                }
                farms.forEach(Element::remove);
            }
            dropTrailingHeadings(article);
            return article;
        }

        private void markDataTables(Element root) {
            for (Element table : root.select("table")) {
                if (table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
                    continue;
                }
                if (!table.attr("summary").isEmpty() || table.selectFirst("caption") != null
                        || table.selectFirst("col, colgroup, tfoot, thead, th") != null) {
                    dataTables.add(table);
                    continue;
                }
                if (table.select("table").size() > 1) {
                    continue;
                }
                int rows = 0;
                int columns = 0;
                for (Element tr : table.select("tr")) {
                    rows++;
                    columns = Math.max(columns, tr.select("td").size());
                }
                if (columns == 1 || rows == 1) {
                    continue;
                }
                if (rows >= 10 || columns > 4 || rows * columns > 10) {
                    dataTables.add(table);
                }
            }
        }

        private void cleanConditionally(Element root, String tag) {
            if (!on(CLEAN_CONDITIONALLY)) {
                return;
            }
            List<Element> nodes = new ArrayList<>(root.select(tag));
            Collections.reverse(nodes);
            for (Element node : nodes) {
                if (node == root || node.parent() == null) {
                    continue;
                }
                if (fishy(node, tag)) {
                    node.remove();
                }
            }
        }

        private boolean fishy(Element node, String tag) {
            if (tag.equals("table") && dataTables.contains(node) || hasAncestor(node, "code", 3)) {
                return false;
            }
            for (Element a = node.parent(); a != null; a = a.parent()) {
                if (a.tagName().equals("table") && dataTables.contains(a)) {
                    return false;
                }
            }
            // One pass over what the block holds.
            int p = 0;
            int img = 0;
            int liCount = 0;
            int input = 0;
            int listLength = 0;
            int headingLength = 0;
            boolean textInBlocks = false;
            for (Element d : node.getAllElements()) {
                if (d == node) {
                    continue;
                }
                switch (d.tagName()) {
                    case "p" -> p++;
                    case "img" -> img++;
                    case "li" -> liCount++;
                    case "input" -> input++;
                    case "ul", "ol" -> listLength += d.text().length();
                    case "h1", "h2", "h3", "h4", "h5", "h6" -> headingLength += d.text().length();
                    case "table" -> {
                        if (dataTables.contains(d)) {
                            return false;
                        }
                    }
                    case "blockquote" -> {
                        if (d.is(EMBEDDED_POST)) {
                            return false;
                        }
                    }
                    default -> { }
                }
                if (!textInBlocks && TEXTISH.contains(d.tagName()) && d.hasText()) {
                    textInBlocks = true;
                }
            }
            String text = node.text();
            boolean isList = tag.equals("ul") || tag.equals("ol")
                    || !text.isEmpty() && (double) listLength / text.length() > 0.9;
            int weight = classWeight(node);
            if (weight < 0) {
                return true;
            }
            if (commas(text) >= 10) {
                return false;
            }
            int li = liCount - 100;
            double headingDensity = text.isEmpty() ? 0 : (double) headingLength / text.length();
            if (AD_WORDS.matcher(text).find() || LOADING_WORDS.matcher(text).find()) {
                return true;
            }
            int length = text.length();
            double links = linkDensity(node);
            boolean inFigure = hasAncestor(node, "figure", 3);
            boolean remove = !inFigure && img > 1 && (double) p / img < 0.5
                    || !isList && li > p
                    || input > p / 3
                    || !isList && !inFigure && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && links > 0
                    || !isList && weight < 25 && links > 0.2
                    || weight >= 25 && links > 0.5
                    || img == 0 && !textInBlocks;
            if (isList && remove) {
                for (Element child : node.children()) {
                    if (child.children().size() > 1) {
                        return true;
                    }
                }
                return img != liCount;
            }
            return remove;
        }
    }

    /**
     * Whether a list or paragraph is mostly links, as trafilatura tells them: a short one whose text
     * is mostly links or whose links are mostly single words ("Home", "World"), a long one that is
     * nothing but many headlines' links.
     */
    static boolean linkFarm(Element e) {
        List<String> links = new ArrayList<>();
        int linkLength = 0;
        int shortLinks = 0;
        for (Element a : e.getElementsByTag("a")) {
            String t = a.text().strip();
            if (!t.isEmpty()) {
                links.add(t);
                linkLength += t.length();
                shortLinks += t.length() < 10 ? 1 : 0;
            }
        }
        if (links.isEmpty() || e.selectFirst("img") != null) {
            return false;
        }
        int length = e.text().strip().length();
        if (links.size() == 1 && linkLength > 100 && linkLength > length * 0.9) {
            return true;
        }
        boolean last = e.nextElementSibling() == null;
        int limit = e.tagName().equals("p") ? (last ? 60 : 30) : (last ? 300 : 100);
        if (length < limit) {
            return linkLength > length * 0.8 || links.size() > 1 && shortLinks > links.size() * 0.8;
        }
        return links.size() > 4 && linkLength > length * 0.9 && linkLength < 100 * links.size();
    }

    private static final Set<String> TEXTISH = Set.of("span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p",
            "pre", "table", "ul");

    /** Commas as Latin, Arabic, Chinese and other scripts write them. */
    private static final String COMMAS = "\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C";

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (COMMAS.indexOf(text.charAt(i)) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Pages nest their blocks some 15 levels deep, 50 at most; unclosed tags can nest them thousands deep. */
    private static final int MAX_DEPTH = 200;

    /**
     * Flattens what lies deeper than {@code maxDepth} below {@code root} into its text, breaks and
     * paragraph ends, so that no reading of the page costs more than its size times that depth.
     */
    static void flattenBelow(Element root, int maxDepth) {
        List<Element> deepest = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (depth == maxDepth && node instanceof Element e && e.childrenSize() > 0) {
                deepest.add(e);
            }
        }, root);
        for (Element e : deepest) {
            List<Node> flat = new ArrayList<>();
            org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        flat.add(new TextNode(t.getWholeText()));
                    } else if (node instanceof Element b && b.tagName().equals("br")) {
                        flat.add(new Element("br"));
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node != e && node instanceof Element b && b.isBlock()) {
                        flat.add(new Element("br"));
                        flat.add(new Element("br"));
                    }
                }
            }, e);
            e.empty();
            e.appendChildren(flat);
        }
    }

    /**
     * Two or more {@code <br>}s in a row end a paragraph: the text after them becomes a {@code <p>}.
     * Each parent's children are rebuilt in one pass (a page of thousands of lines costs no more than
     * its length).
     */
    private static void replaceBreaks(Element root) {
        Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element br : root.select("br")) {
            if (br.parent() != null) {
                parents.add(br.parent());
            }
        }
        for (Element parent : parents) {
            List<Node> kids = new ArrayList<>(parent.childNodes());
            if (!hasBreakChain(kids)) {
                continue;
            }
            parent.empty();
            List<Node> out = new ArrayList<>();
            int i = 0;
            while (i < kids.size()) {
                Node node = kids.get(i);
                int next = nextNonBlank(kids, i + 1);
                if (!isBr(node) || next >= kids.size() || !isBr(kids.get(next))) {
                    out.add(node);
                    i++;
                    continue;
                }
                // A chain of breaks: the whitespace between them stays, the breaks go, a paragraph follows.
                for (int k = i + 1; k < next; k++) {
                    out.add(kids.get(k));
                }
                i = next;
                while (i < kids.size() && isBr(kids.get(i))) {
                    int after = nextNonBlank(kids, i + 1);
                    for (int k = i + 1; k < after; k++) {
                        out.add(kids.get(k));
                    }
                    i = after;
                }
                // (whitespace right after the chain was added above; the paragraph starts at i)
                List<Node> inside = new ArrayList<>();
                while (i < kids.size()) {
                    Node n = kids.get(i);
                    if (isBr(n)) {
                        int after = nextNonBlank(kids, i + 1);
                        if (after < kids.size() && isBr(kids.get(after))) {
                            break;
                        }
                    }
                    if (!phrasing(n)) {
                        break;
                    }
                    inside.add(n);
                    i++;
                }
                while (!inside.isEmpty() && whitespace(inside.get(inside.size() - 1))) {
                    inside.remove(inside.size() - 1);
                }
                Element p = new Element("p");
                p.appendChildren(inside);
                out.add(p);
            }
            parent.appendChildren(out);
            if (parent.tagName().equals("p")) {
                parent.tagName("div");
            }
        }
    }

    private static boolean hasBreakChain(List<Node> kids) {
        for (int i = 0; i < kids.size(); i++) {
            if (isBr(kids.get(i))) {
                int next = nextNonBlank(kids, i + 1);
                if (next < kids.size() && isBr(kids.get(next))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isBr(Node n) {
        return n instanceof Element e && e.tagName().equals("br");
    }

    /** The index of the first node from {@code from} on that is not blank text, or the list's size. */
    private static int nextNonBlank(List<Node> nodes, int from) {
        int i = from;
        while (i < nodes.size() && nodes.get(i) instanceof TextNode t && t.isBlank()) {
            i++;
        }
        return i;
    }

    private static boolean whitespace(Node n) {
        return n instanceof TextNode t && t.isBlank() || n instanceof Element e && e.tagName().equals("br");
    }

    private static boolean phrasing(Node n) {
        if (n instanceof TextNode) {
            return true;
        }
        if (!(n instanceof Element e)) {
            return true;
        }
        String tag = e.tagName();
        if (PHRASING.contains(tag)) {
            return true;
        }
        if (tag.equals("a") || tag.equals("del") || tag.equals("ins")) {
            for (Node c : e.childNodes()) {
                if (!phrasing(c)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Puts each run of text and inline elements directly in a {@code <div>} into a paragraph of its
     * own (the blanks and breaks at its ends left out), rebuilding the division's children in one pass.
     */
    private static void wrapPhrasing(Element div) {
        List<Node> kids = new ArrayList<>(div.childNodes());
        boolean any = false;
        for (Node n : kids) {
            if (phrasing(n) && !whitespace(n)) {
                any = true;
                break;
            }
        }
        if (!any) {
            return;
        }
        div.empty();
        List<Node> out = new ArrayList<>();
        int i = 0;
        while (i < kids.size()) {
            if (!phrasing(kids.get(i))) {
                out.add(kids.get(i++));
                continue;
            }
            int end = i;
            while (end < kids.size() && phrasing(kids.get(end))) {
                end++;
            }
            int from = i;
            int to = end;
            while (from < to && whitespace(kids.get(from))) {
                from++;
            }
            while (to > from && whitespace(kids.get(to - 1))) {
                to--;
            }
            if (from < to) {
                Element p = new Element("p");
                p.appendChildren(kids.subList(from, to));
                out.add(p);
            }
            i = end;
        }
        div.appendChildren(out);
    }

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /**
     * Headings at the end of the article out: they head what was set aside after them ("Related
     * stories", "More from the region"), not the article's text.
     */
    static void dropTrailingHeadings(Element article) {
        for (TextNode last = lastText(article); last != null; last = lastText(article)) {
            Element heading = null;
            for (Element e = last.parent(); e != null && e != article; e = e.parent()) {
                if (HEADINGS.contains(e.tagName())) {
                    heading = e;
                }
            }
            if (heading == null) {
                return;
            }
            heading.remove();
        }
    }

    private static TextNode lastText(Node node) {
        for (int i = node.childNodeSize() - 1; i >= 0; i--) {
            Node child = node.childNode(i);
            if (child instanceof TextNode t && !t.isBlank()) {
                return t;
            }
            TextNode inner = child instanceof Element ? lastText(child) : null;
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /** Whether a block holds several {@code <article>}s: a listing of stories, not one. */
    private static boolean listing(Element e) {
        return e.select("article").size() - (e.tagName().equals("article") ? 1 : 0) >= 2;
    }

    /**
     * Whether a block holds a post embedded from a social network (the {@code <blockquote>} their
     * embedding code writes): a quotation in the article, whatever its container is called.
     */
    private static boolean embedsPost(Element e) {
        return e.selectFirst(EMBEDDED_POST) != null;
    }

    private static final String EMBEDDED_POST = "blockquote.twitter-tweet, blockquote.instagram-media, "
            + "blockquote.tiktok-embed, blockquote.bluesky-embed, blockquote.mastodon-embed, blockquote.fb-xfbml-parse-ignore";

    private static boolean singleChild(Element e, String tag) {
        if (e.children().size() != 1 || !e.child(0).tagName().equals(tag)) {
            return false;
        }
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (DIV_TO_P.contains(c.tagName()) || hasBlockChild(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean withoutContent(Element e) {
        for (Element c : e.children()) {
            if (!c.tagName().equals("br") && !c.tagName().equals("hr")) {
                return false;
            }
        }
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t && !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hidden(Element e) {
        String style = e.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden") || e.hasAttr("hidden")
                || "true".equals(e.attr("aria-hidden")) && !e.className().contains("fallback-image");
    }

    private static boolean isByline(Element e, String names) {
        if (!e.attr("rel").equals("author") && !e.attr("itemprop").contains("author") && !BYLINE.matcher(names).find()) {
            return false;
        }
        int length = e.text().strip().length();
        return length > 0 && length < 100;
    }

    private static boolean hasAncestor(Element e, String tag, int maxDepth) {
        int depth = 0;
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (maxDepth > 0 && depth > maxDepth) {
                return false;
            }
            if (a.tagName().equals(tag)) {
                return true;
            }
            depth++;
        }
        return false;
    }

    /** The node after this one in document order, skipping its descendants when asked. */
    private static Element next(Element node, boolean skipChildren) {
        if (!skipChildren && node.firstElementChild() != null) {
            return node.firstElementChild();
        }
        for (Element n = node; n != null; n = n.parent()) {
            Element sibling = n.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }

    private static Element removeAndNext(Element node) {
        Element next = next(node, true);
        node.remove();
        return next;
    }

    /** How much of {@code b}'s words {@code a} also has: 1 the same words, 0 none. */
    static double similarity(String a, String b) {
        List<String> wordsA = words(a);
        List<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return 0;
        }
        Set<String> inA = Set.copyOf(wordsA);
        List<String> unique = wordsB.stream().filter(w -> !inA.contains(w)).toList();
        return 1 - (double) String.join(" ", unique).length() / String.join(" ", wordsB).length();
    }

    private static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header",
            "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td",
            "th", "caption", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "details",
            "summary", "center", "form", "fieldset");

    /** The text of the article as blocks: one for each paragraph, heading, list item or cell, in page order. */
    static List<String> textBlocks(Element article) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(article, current, blocks, false);
        flush(current, blocks);
        return blocks;
    }

    private static void collect(Node node, StringBuilder current, List<String> blocks, boolean pre) {
        for (Node n : node.childNodes()) {
            if (n instanceof TextNode t) {
                current.append(pre ? t.getWholeText() : t.text());
            } else if (n instanceof Element e) {
                String tag = e.tagName();
                if (tag.equals("br")) {
                    current.append('\n');
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush(current, blocks);
                    collect(e, current, blocks, pre || tag.equals("pre"));
                    flush(current, blocks);
                } else {
                    collect(e, current, blocks, pre);
                }
            }
        }
    }

    /** Ends the block in hand: its spaces collapsed, a line break (with the blanks around it) kept as one. */
    private static void flush(StringBuilder current, List<String> blocks) {
        StringBuilder text = new StringBuilder(current.length());
        boolean space = false;
        boolean newline = false;
        for (int i = 0; i < current.length(); i++) {
            char c = current.charAt(i);
            if (c == '\n') {
                newline = true;
            } else if (c == ' ' || c == '\t' || c == '\u00a0' || c == '\r' || c == '\f') {
                space = true;
            } else {
                if (text.length() > 0 && (newline || space)) {
                    text.append(newline ? '\n' : ' ');
                }
                text.append(c);
                space = false;
                newline = false;
            }
        }
        if (text.length() > 0) {
            blocks.add(text.toString());
        }
        current.setLength(0);
    }

    /**
     * The text of an element as paragraphs: the runs of text between double {@code <br>}s and
     * block children ("…talks.<br><br>They agreed…" is two paragraphs).
     */
    static List<String> betweenBreaks(Element e) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int breaks = 0;
        for (Node n : e.childNodes()) {
            if (n instanceof Element el && el.tagName().equals("br")) {
                breaks++;
                continue;
            }
            boolean block = n instanceof Element el && el.isBlock();
            if ((breaks >= 2 || block) && !current.toString().isBlank()) {
                blocks.add(current.toString().strip());
                current.setLength(0);
            }
            String t = n instanceof TextNode tn ? tn.text() : n instanceof Element el ? el.text() : "";
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

    /** The share of an element's text that is link text (links to the same page count a third). */
    static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        double links = 0;
        for (Element a : e.getElementsByTag("a")) {
            links += a.text().length() * (a.attr("href").startsWith("#") && a.attr("href").length() > 1 ? 0.3 : 1);
        }
        return links / length;
    }
}
