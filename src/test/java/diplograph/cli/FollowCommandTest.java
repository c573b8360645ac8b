package diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diplograph follow --once}, as cron runs it: what it prints, its exit code, what the store holds. */
class FollowCommandTest {

    @TempDir
    Path dir;

    private static final String FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
            + "<link>http://example.org/</link><description>d</description><item><title>Call</title>"
            + "<link>http://example.org/call</link><pubDate>Fri, 04 Jun 2021 18:00:00 +0000</pubDate><description><![CDATA["
            + "<p>Secretary of State Antony J. Blinken spoke with Indian External Affairs Minister Subrahmanyam "
            + "Jaishankar on June 4. The Secretary and the Minister discussed the COVID-19 pandemic and cooperation "
            + "between the United States and India in the Indo-Pacific region.</p>]]></description>"
            + "<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><![CDATA["
            + "<p>Secretary of State Antony J. Blinken spoke with Indian External Affairs Minister Subrahmanyam "
            + "Jaishankar on June 4. The Secretary and the Minister discussed the COVID-19 pandemic and cooperation "
            + "between the United States and India in the Indo-Pacific region.</p>]]></content:encoded></item></channel></rss>";

    private static HttpServer serve() throws Exception {
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        s.createContext("/feed", x -> {
            byte[] b = FEED.getBytes();
            x.sendResponseHeaders(200, b.length);
            x.getResponseBody().write(b);
            x.close();
        });
        s.createContext("/", x -> {
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        s.start();
        return s;
    }

    @Test
    void onceStoresTheNewItemsPrintsOneLinePerSourceAndExitsZero() throws Exception {
        HttpServer s = serve();
        try {
            String feed = "http://127.0.0.1:" + s.getAddress().getPort() + "/feed";
            Path list = dir.resolve("sources.txt");
            Files.writeString(list, "# the feeds we follow\n" + feed + "\n\n");
            Cli.Result r = Cli.run("follow", "--once", "--db", dir.resolve("db").toString(), list.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.err()).containsPattern("\\d{4}-\\d\\d-\\d\\dT\\S+Z " + java.util.regex.Pattern.quote(feed)
                    + ": 1 new, 0 changed, 0 unchanged, 0 failed");
            Cli.Result who = Cli.run("query", "--db", dir.resolve("db").toString(), "who-met-whom");
            assertThat(who.out()).contains("\"Antony Blinken\"").contains("\"Subrahmanyam Jaishankar\"").contains("\"phone_call\"")
                    .contains("\"2021-06-04\"").contains("article/example-org-call");

            Cli.Result again = Cli.run("follow", "--once", "--db", dir.resolve("db").toString(), feed);
            assertThat(again.err()).contains(feed + ": 0 new, 0 changed, 1 unchanged, 0 failed");
        } finally {
            s.stop(0);
        }
    }

    @Test
    void aFailingSourceIsNamedAndOnceExitsOne() throws Exception {
        HttpServer s = serve();
        try {
            String missing = "http://127.0.0.1:" + s.getAddress().getPort() + "/gone";
            Cli.Result r = Cli.run("follow", "--once", "--db", dir.resolve("db").toString(), missing);
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains(missing + ": poll failed: " + missing + ": status 404");
        } finally {
            s.stop(0);
        }
    }

    @Test
    void aSourceThatIsNeitherAUrlNorAFileIsAUsageError() {
        Cli.Result r = Cli.run("follow", "--once", "--db", dir.resolve("db").toString(), "ftp://example.org/feed");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("diplograph: ftp://example.org/feed: neither an http(s) URL nor a file listing sources");
        assertThat(Cli.run("follow", "--once", "--every", "soon", "--db", "x", "http://example.org/").err())
                .contains("'soon' is not a duration such as 30s, 15m or 1h");
        assertThat(Files.exists(dir.resolve("db"))).isFalse();
    }
}
