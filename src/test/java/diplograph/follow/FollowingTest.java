package diplograph.follow;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Diplograph;
import diplograph.Fixtures;
import diplograph.Following;
import diplograph.fetch.Fetcher;
import diplograph.map.Vocab;
import diplograph.store.FollowLedger;
import diplograph.store.TdbStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Following feeds served on the loopback interface: what is stored, what is passed over, what is refused. */
class FollowingTest {

    @TempDir
    Path dir;

    private LocalWeb web;
    private TdbStore store;
    private final List<String> problems = new ArrayList<>();
    private Following following;

    private static final String RSS = "application/rss+xml; charset=UTF-8";

    @BeforeEach
    void start() throws Exception {
        web = new LocalWeb();
        Diplograph dg = Fixtures.pipeline();
        store = dg.openStore(dir.resolve("db"));
        var politeness = new Fetcher.Politeness(Fetcher.Politeness.USER_AGENT, Duration.ZERO, Duration.ofSeconds(10), 1 << 20, true);
        following = dg.following(store, new Fetcher(politeness), Duration.ofSeconds(1), problems::add);
    }

    @AfterEach
    void stop() {
        store.close();
        web.close();
    }

    static String item(String link, String title, String date, String content, String description) {
        return "<item><title>" + title + "</title><link>" + link + "</link><guid>" + link + "</guid>"
                + "<pubDate>" + date + "</pubDate>"
                + (description == null ? "" : "<description><![CDATA[" + description + "]]></description>")
                + (content == null ? "" : "<content:encoded><![CDATA[" + content + "]]></content:encoded>")
                + "</item>";
    }

    static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>t</title>"
                + "<link>http://example.org/</link><description>d</description>" + String.join("", items)
                + "</channel></rss>";
    }

    static final String MEETING = "<p>Secretary of State Antony J. Blinken met with Egyptian Foreign Minister Sameh Shoukry "
            + "in Washington on June 3. The Secretary and the Foreign Minister discussed regional security, the "
            + "humanitarian situation and the bilateral partnership between the United States and Egypt.</p>"
            + "<p>They agreed to stay in close contact in the weeks ahead.</p>";
    static final String CALL = "<p>Secretary of State Antony J. Blinken spoke with Indian External Affairs Minister "
            + "Subrahmanyam Jaishankar on June 4. The Secretary and the Minister discussed the COVID-19 pandemic and "
            + "cooperation between the United States and India in the Indo-Pacific region.</p>";

    private List<Node> articles() {
        return store.articleGraphs();
    }

    private String text(Node article) {
        return Txn.calculateRead(store.dataset(), () -> {
            var it = store.dataset().find(article, article, Vocab.SHA256, Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    @Test
    void storesNewItemsPassesOverUnchangedOnesAndReplacesChangedOnes() {
        String v1 = rss(item(web.url("/a"), "Blinken meets Shoukry", "Thu, 03 Jun 2021 18:00:00 +0000", MEETING, null),
                item(web.url("/b"), "Blinken call with Jaishankar", "Fri, 04 Jun 2021 18:00:00 +0000", CALL, null));
        web.on("/feed", x -> "\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))
                ? LocalWeb.Answer.status(304, Map.of("ETag", "\"v1\""))
                : new LocalWeb.Answer(200, Map.of("Content-Type", RSS, "ETag", "\"v1\""), v1.getBytes()));
        String feed = web.url("/feed");

        Following.Poll first = following.poll(feed, () -> false);
        assertThat(first.line()).isEqualTo(feed + ": 2 new, 0 changed, 0 unchanged, 0 failed");
        assertThat(articles()).hasSize(2);

        // The stored ETag goes back as If-None-Match: a 304, nothing read.
        Following.Poll second = following.poll(feed, () -> false);
        assertThat(second.note()).isEqualTo("not modified");
        assertThat(web.requestsFor("/feed").get(1).headers()).containsEntry("If-None-Match", "\"v1\"");

        // The feed changes: one item's text is corrected, one item is new, one unchanged.
        String corrected = MEETING.replace("June 3", "June 2");
        String v2 = rss(item(web.url("/a"), "Blinken meets Shoukry", "Thu, 03 Jun 2021 18:00:00 +0000", corrected, null),
                item(web.url("/b"), "Blinken call with Jaishankar", "Fri, 04 Jun 2021 18:00:00 +0000", CALL, null),
                item(web.url("/c"), "Blinken call with Jaishankar again", "Sat, 05 Jun 2021 18:00:00 +0000",
                        CALL.replace("June 4", "June 5"), null));
        web.on("/feed", LocalWeb.Answer.ok(RSS, v2));
        Following.Poll third = following.poll(feed, () -> false);
        assertThat(third.line()).isEqualTo(feed + ": 1 new, 1 changed, 1 unchanged, 0 failed");
        assertThat(articles()).hasSize(3);
        Node a = Diplograph.articleGraph(Following.articleId(web.url("/a")));
        assertThat(articles()).contains(a);
        // The graph holds the corrected text: its hash, and a contact dated June 2.
        assertThat(text(a)).isEqualTo(diplograph.read.WebPages.fragment("x", corrected, null, null, null) instanceof
                diplograph.read.ReadOutcome.Read r ? r.article().sha256() : null);
        assertThat(new FollowLedger(store).itemCount()).isEqualTo(3);
        assertThat(problems).isEmpty();
    }

    @Test
    void fetchesThePagesOfASummaryOnlyFeedInTheirOwnEncoding() {
        String page = "<html><head><title>Blinken and Jaishankar</title></head><body><article>"
                + CALL.replace("Subrahmanyam", "Subrahmanyám") + "</article></body></html>";
        web.on("/news/1", new LocalWeb.Answer(200, Map.of("Content-Type", "text/html; charset=windows-1252"),
                page.getBytes(java.nio.charset.Charset.forName("windows-1252"))));
        web.on("/feed", LocalWeb.Answer.ok(RSS, rss(item(web.url("/news/1"), "Call", "Fri, 04 Jun 2021 18:00:00 +0000",
                null, "The Secretary spoke with the Minister."))));

        assertThat(following.poll(web.url("/feed"), () -> false).added()).isEqualTo(1);
        assertThat(web.requestsFor("/news/1")).hasSize(1);
        assertThat(web.requestsFor("/news/1").get(0).headers().get("User-Agent")).startsWith("diplograph/");
        // The sentence the contact was read from, as the graph quotes it: decoded as windows-1252.
        List<String> quoted = Txn.calculateRead(store.dataset(), () -> store.dataset().stream(null, null, null, null)
                .filter(q -> q.getObject().isLiteral()).map(q -> q.getObject().getLiteralLexicalForm())
                .filter(l -> l.contains("Jaishankar")).toList());
        assertThat(quoted).anyMatch(l -> l.contains("Subrahmanyám Jaishankar")).noneMatch(l -> l.contains("\uFFFD"));
    }

    @Test
    void honoursRobotsTxtForPagesAndReportsWhatItLeftOut() {
        web.on("/robots.txt", LocalWeb.Answer.ok("text/plain", "User-agent: *\nDisallow: /private/\n"));
        web.on("/news/1", LocalWeb.Answer.ok("text/html", "<html><body><article>" + CALL + "</article></body></html>"));
        web.on("/private/2", LocalWeb.Answer.ok("text/html", "<html><body><article>" + MEETING + "</article></body></html>"));
        web.on("/feed", LocalWeb.Answer.ok(RSS, rss(
                item(web.url("/news/1"), "Call", "Fri, 04 Jun 2021 18:00:00 +0000", null, "summary"),
                item(web.url("/private/2"), "Meeting", "Thu, 03 Jun 2021 18:00:00 +0000", null, "summary"))));

        Following.Poll p = following.poll(web.url("/feed"), () -> false);
        assertThat(p.added()).isEqualTo(1);
        assertThat(p.failed()).isEqualTo(1);
        assertThat(web.requestsFor("/private/2")).isEmpty();
        assertThat(web.requestsFor("/robots.txt")).hasSize(1);
        assertThat(problems).anyMatch(m -> m.contains("/private/2") && m.contains("robots.txt disallows"));
    }

    @Test
    void waitsAsLongAsA429AsksAndGoesOnWithTheOtherSources() {
        web.on("/busy", LocalWeb.Answer.status(429, Map.of("Retry-After", "3600")));
        web.on("/feed", LocalWeb.Answer.ok(RSS, rss(item(web.url("/a"), "Meeting", "Thu, 03 Jun 2021 18:00:00 +0000", MEETING, null))));

        List<Following.Poll> polls = following.pollAll(List.of(web.url("/busy"), web.url("/feed")), () -> false);
        assertThat(polls.get(0).note()).startsWith("failed: ").contains("status 429");
        assertThat(polls.get(1).added()).isEqualTo(1);

        Following.Poll again = following.poll(web.url("/busy"), () -> false);
        assertThat(again.note()).startsWith("waiting until ");
        assertThat(web.requestsFor("/busy")).hasSize(1); // not asked again before the hour is up
    }

    @Test
    void reportsAMalformedFeedByNameAndReadsTheGoodOneBesideIt() {
        web.on("/broken", LocalWeb.Answer.ok(RSS, "<rss><channel><item><title>cut off"));
        web.on("/feed", LocalWeb.Answer.ok(RSS, rss(item(web.url("/a"), "Meeting", "Thu, 03 Jun 2021 18:00:00 +0000", MEETING, null))));

        List<Following.Poll> polls = following.pollAll(List.of(web.url("/broken"), web.url("/feed")), () -> false);
        assertThat(polls.get(0).line()).startsWith(web.url("/broken") + ": failed: ").contains("not a feed");
        assertThat(polls.get(1).added()).isEqualTo(1);
        assertThat(problems).singleElement().asString().startsWith(web.url("/broken"));
        assertThat(articles()).hasSize(1);
    }

    @Test
    void readsANewsSitemapAndAnAtomFeed() {
        web.on("/news/1", LocalWeb.Answer.ok("text/html", "<html><body><article>" + CALL + "</article></body></html>"));
        web.on("/sitemap.xml", LocalWeb.Answer.ok("application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>" + web.url("/news/1") + "</loc>"
                + "<news:news><news:publication_date>2021-06-04T18:00:00Z</news:publication_date>"
                + "<news:title>Call</news:title></news:news></url></urlset>"));
        web.on("/atom", LocalWeb.Answer.ok("application/atom+xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:t</id><updated>2021-06-03T18:00:00Z</updated>"
                + "<entry><title>Meeting</title><id>urn:m</id><link href=\"" + web.url("/m") + "\"/>"
                + "<updated>2021-06-03T18:00:00Z</updated><content type=\"html\"><![CDATA[" + MEETING + "]]></content></entry></feed>"));

        assertThat(following.poll(web.url("/sitemap.xml"), () -> false).added()).isEqualTo(1);
        assertThat(following.poll(web.url("/atom"), () -> false).added()).isEqualTo(1);
        assertThat(web.requestsFor("/m")).isEmpty(); // the Atom content is the article: no page fetched
        Node meeting = Diplograph.articleGraph(Following.articleId(web.url("/m")));
        String published = Txn.calculateRead(store.dataset(), () -> store.dataset()
                .find(meeting, meeting, Vocab.SCHEMA_DATE_PUBLISHED, Node.ANY).next().getObject().getLiteralLexicalForm());
        assertThat(published).isEqualTo("2021-06-03");
    }

    @Test
    void followsTheNewestSitemapsOfASitemapIndex() {
        web.on("/news/1", LocalWeb.Answer.ok("text/html", "<html><body><article>" + CALL + "</article></body></html>"));
        web.on("/news/2", LocalWeb.Answer.ok("text/html", "<html><body><article>" + MEETING + "</article></body></html>"));
        String urlset = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>%s</loc><lastmod>%s</lastmod></url></urlset>";
        web.on("/sitemap-june.xml", LocalWeb.Answer.ok("application/xml", String.format(urlset, web.url("/news/1"), "2021-06-04")));
        web.on("/sitemap-may.xml", LocalWeb.Answer.ok("application/xml", String.format(urlset, web.url("/news/2"), "2021-05-03")));
        web.on("/sitemap.xml", LocalWeb.Answer.ok("application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>" + web.url("/sitemap-may.xml") + "</loc><lastmod>2021-05-31</lastmod></sitemap>"
                + "<sitemap><loc>" + web.url("/sitemap-june.xml") + "</loc><lastmod>2021-06-04</lastmod></sitemap></sitemapindex>"));

        Following.Poll p = following.poll(web.url("/sitemap.xml"), () -> false);
        assertThat(p.line()).endsWith(": 2 new, 0 changed, 0 unchanged, 0 failed");
        assertThat(articles()).containsExactlyInAnyOrder(Diplograph.articleGraph(Following.articleId(web.url("/news/1"))),
                Diplograph.articleGraph(Following.articleId(web.url("/news/2"))));
        assertThat(following.poll(web.url("/sitemap.xml"), () -> false).unchanged()).isEqualTo(2);
    }

    @Test
    void stopsAfterTheItemInHandAndTheNextPollFinishesTheFeed() {
        web.on("/feed", new LocalWeb.Answer(200, Map.of("Content-Type", RSS, "ETag", "\"v1\""), rss(
                item(web.url("/a"), "Meeting", "Thu, 03 Jun 2021 18:00:00 +0000", MEETING, null),
                item(web.url("/b"), "Call", "Fri, 04 Jun 2021 18:00:00 +0000", CALL, null)).getBytes()));
        int[] asked = {0};
        Following.Poll cut = following.poll(web.url("/feed"), () -> asked[0]++ >= 1);
        assertThat(cut.added()).isEqualTo(1);
        // The feed was not read whole: its ETag is not kept, so the next poll reads it again.
        Following.Poll next = following.poll(web.url("/feed"), () -> false);
        assertThat(web.requestsFor("/feed").get(1).headers()).doesNotContainKey("If-None-Match");
        assertThat(next.line()).endsWith("1 new, 0 changed, 1 unchanged, 0 failed");
        assertThat(articles()).hasSize(2);
    }
}
