package diplograph.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RobotsTest {

    @Test
    void theLongestMatchingRuleDecidesAndAllowWinsATie() {
        Robots r = Robots.parse("""
                User-agent: *
                Disallow: /news/
                Allow: /news/public/
                Disallow: /*.pdf$
                """, "diplograph");
        assertThat(r.allows("/about")).isTrue();
        assertThat(r.allows("/news/1")).isFalse();
        assertThat(r.allows("/news/public/1")).isTrue();
        assertThat(r.allows("/files/a.pdf")).isFalse();
        assertThat(r.allows("/files/a.pdf?x=1")).isTrue(); // "$" anchors the end
    }

    @Test
    void aGroupNamingTheCrawlerReplacesTheGeneralOne() {
        Robots r = Robots.parse("""
                User-agent: *
                Disallow: /

                User-agent: otherbot
                User-agent: Diplograph
                Disallow: /private
                Crawl-delay: 5
                """, "diplograph");
        assertThat(r.allows("/news/1")).isTrue();
        assertThat(r.allows("/private/x")).isFalse();
        assertThat(r.crawlDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(Robots.parse("User-agent: *\nDisallow: /\n", "diplograph").allows("/feed")).isFalse();
    }

    @Test
    void anEmptyDisallowAllowsEverythingAndCommentsAreIgnored() {
        Robots r = Robots.parse("# hello\nUser-agent: * # all\nDisallow:\n", "diplograph");
        assertThat(r.allows("/anything")).isTrue();
        assertThat(Robots.ALLOW_ALL.allows("/x")).isTrue();
        assertThat(Robots.DISALLOW_ALL.allows("/")).isFalse();
    }
}
