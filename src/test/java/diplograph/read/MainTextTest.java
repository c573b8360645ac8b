package diplograph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The main-text mechanisms one by one, on small pages written for them. */
class MainTextTest {

    private static final String S1 = "The foreign ministers of Chile and Peru met in Lima on Tuesday, the first such meeting "
            + "since the ruling of the court in The Hague, to discuss the maritime border and fishing rights. ";
    private static final String S2 = "They agreed to meet again in Santiago in May, a spokesman said after three hours of "
            + "talks, and to set up a joint commission on trade, migration and the protection of the coast. ";
    private static final String S3 = "Officials of both countries said the atmosphere had been cordial, that no agreement "
            + "on the border itself was expected this year, and that the presidents would meet in the autumn. ";

    private static List<String> blocks(String body) {
        return MainText.blocks(Jsoup.parse("<html><head><title>Chile and Peru ministers meet in Lima</title></head><body>"
                + body + "</body></html>"));
    }

    private static String text(String body) {
        return String.join("\n\n", blocks(body));
    }

    @Test
    void theContainerWhoseParagraphsScoreHighestIsTheArticle() {
        String page = "<div class=\"column\"><p>Short teaser one, see more.</p><p>Another teaser here.</p></div>"
                + "<div class=\"story\"><p>" + S1 + "</p><p>" + S2 + "</p><p>" + S3 + "</p></div>"
                + "<div class=\"column\"><p>Weather: sunny, 21 degrees, light wind</p></div>";
        assertThat(blocks(page)).containsExactly(S1.strip(), S2.strip(), S3.strip());
    }

    @Test
    void linkTextLowersAContainersScore() {
        String links = "<p><a href=\"/a\">" + S1 + "</a></p><p><a href=\"/b\">" + S2 + "</a></p><p><a href=\"/c\">" + S3
                + "</a></p>";
        String page = "<div id=\"headlines\">" + links + links + "</div><div id=\"text\"><p>" + S3 + "</p><p>" + S1
                + "</p></div>";
        assertThat(blocks(page)).containsExactly(S3.strip(), S1.strip());
    }

    @Test
    void siblingsThatScoreNearTheBestAreJoinedToIt() {
        // The article split in two by an advertisement: both halves are kept, the advertisement is not.
        String page = "<main><div class=\"part\"><p>" + S1 + "</p><p>" + S2 + "</p></div>"
                + "<div class=\"slot\"><a href=\"/ad\">Buy now</a></div>"
                + "<div class=\"part\"><p>" + S3 + "</p></div></main>";
        assertThat(text(page)).contains(S1.strip(), S2.strip(), S3.strip()).doesNotContain("Buy now");
    }

    @Test
    void textWrittenDirectlyInADivisionIsParagraphsBetweenDoubleBreaks() {
        // A division of text with a block after it (a tag line) is still paragraphs.
        String page = "<div class=\"content\">" + S1 + "<br> <br>" + S2 + "<br><br><img src=\"a.jpg\"> <br>" + S3
                + "<div class=\"tagline\">Tag: <a href=\"/t\">diplomacy</a></div></div>";
        assertThat(blocks(page)).startsWith(S1.strip(), S2.strip(), S3.strip());
    }

    @Test
    void hiddenBlocksTheBylineAndTheHeadingThatRepeatsTheTitleAreLeftOut() {
        String page = "<article><h1>Chile and Peru ministers meet in Lima</h1><div class=\"byline\">By Ana Pérez</div>"
                + "<p>" + S1 + "</p><p style=\"display: none\">Please enable JavaScript to read this article.</p>"
                + "<div aria-hidden=\"true\">Share this article on social networks now.</div><p>" + S2 + "</p>"
                + "<h2>Next steps</h2><p>" + S3 + "</p></article>";
        assertThat(blocks(page)).containsExactly(S1.strip(), S2.strip(), "Next steps", S3.strip());
    }

    @Test
    void blocksNamedAsFurnitureAreLeftOut() {
        String page = "<nav><p>World, Politics, Business, Sport, Culture and Opinion sections.</p></nav><article><p>"
                + S1 + "</p><div class=\"comments\"><p>Great article, thanks for writing it, I agree.</p></div>"
                + "<div class=\"related-stories\"><p>Peru's president visits Brazil, meets Lula in Brasília.</p></div>"
                + "<div class=\"share-tools\">Share on Facebook, Twitter or by e-mail</div><p>" + S2 + "</p></article>"
                + "<footer><p>Copyright 2025 Example News, all rights reserved, privacy policy.</p></footer>";
        assertThat(blocks(page)).containsExactly(S1.strip(), S2.strip());
    }

    @Test
    void authorBoxesNewsletterSignUpsCookieNoticesAndTrendingRailsAreLeftOut() {
        String page = "<article><p>" + S1 + "</p><div class=\"newsletter-signup\"><p>Get the day's diplomatic news, "
                + "every morning, in your inbox: sign up today.</p></div><p>" + S2 + "</p><div class=\"author-bio\"><p>Ana "
                + "Pérez covers the Andes for Example News, from Lima, and has reported from Chile, Bolivia and Ecuador.</p>"
                + "</div><div id=\"cookie-banner\"><p>We use cookies, and by reading on, you accept our cookie policy.</p>"
                + "</div><p>" + S3 + "</p><div class=\"rail rail--trending\"><h3>Most read in world news</h3>"
                + "<div class=\"rail__item\"><h3>SUMMIT</h3><span>Leaders gather in Brasília for the Amazon summit, "
                + "with Peru and Chile</span></div></div></article>";
        assertThat(blocks(page)).containsExactly(S1.strip(), S2.strip(), S3.strip());
    }

    @Test
    void headingsAtTheEndHeadWhatWasSetAside() {
        String page = "<article><p>" + S1 + "</p><h2>The border</h2><p>" + S2 + "</p><p>" + S3 + "</p><h3>Related stories</h3>"
                + "<ul><li><a href=\"/a\">Peru</a></li><li><a href=\"/b\">Chile</a></li></ul><h4>More</h4></article>";
        assertThat(blocks(page)).containsExactly(S1.strip(), "The border", S2.strip(), S3.strip());
    }

    @Test
    void captionsArePartOfThePictureNotOfTheNews() {
        String page = "<article><p>" + S1 + "</p><figure><img src=\"a.jpg\"><figcaption>The ministers, left, shake hands "
                + "in Lima on Tuesday. (Photo: Reuters)</figcaption></figure><p>" + S2 + "</p><div class=\"wp-caption\">"
                + "<img src=\"b.jpg\"><p class=\"wp-caption-text\">The coast near Tacna, where the border runs.</p></div>"
                + "<p>" + S3 + "</p></article>";
        assertThat(blocks(page)).containsExactly(S1.strip(), S2.strip(), S3.strip());
        // A block whose name merely mentions captions and holds the article is not a caption.
        String named = "<div class=\"story has-captions\"><p>" + S1 + "</p><p>" + S2 + "</p><p>" + S3 + "</p><p>" + S1
                + "</p><p>" + S2 + "</p><p>" + S3 + "</p></div>";
        assertThat(blocks(named)).hasSize(6);
    }

    @Test
    void listsOfLinksAreMenusListsOfWordsArePartOfTheArticle() {
        String page = "<article><p>" + S1 + "</p><ul><li>Fishing rights off the coast of Tacna</li><li>A joint "
                + "commission on trade</li><li>Migration</li></ul><p>" + S2 + "</p>"
                + "<ul><li><a href=\"/a\">Peru</a></li><li><a href=\"/b\">Chile</a></li><li><a href=\"/c\">Bolivia</a></li>"
                + "</ul><p>" + S3 + "</p><ul><li><a href=\"/d\">Peru's president visits Brazil</a></li>"
                + "<li><a href=\"/e\">Chile's copper exports rise in May</a></li></ul></article>";
        assertThat(blocks(page)).containsExactly(S1.strip(), "Fishing rights off the coast of Tacna",
                "A joint commission on trade", "Migration", S2.strip(), S3.strip());
    }

    @Test
    void aShortParagraphThatIsALinkIsLeftOut() {
        String page = "<article><p>" + S1 + "</p><p><a href=\"/more\">Read more about Peru</a></p><p>" + S2 + "</p></article>";
        assertThat(blocks(page)).containsExactly(S1.strip(), S2.strip());
    }

    @Test
    void aBlockOfTheArticleThatIsMostlyLinksOrFormsIsLeftOut() {
        String page = "<article><div class=\"body\"><p>" + S1 + "</p><div><a href=\"/n\">Newsletter</a> | "
                + "<a href=\"/p\">Podcasts</a> | <a href=\"/v\">Videos</a> | <a href=\"/l\">Live</a></div>"
                + "<p>" + S2 + "</p><form><p>Your e-mail:</p><input type=\"email\"><p>Subscribe</p></form>"
                + "<p>" + S3 + "</p></div></article>";
        assertThat(blocks(page)).containsExactly(S1.strip(), S2.strip(), S3.strip());
    }

    @Test
    void aDataTableIsKept() {
        String rows = "<tr><td>Chile</td><td>19.5</td><td>Santiago</td></tr><tr><td>Peru</td><td>33.7</td><td>Lima</td></tr>"
                + "<tr><td>Bolivia</td><td>12.1</td><td>Sucre</td></tr><tr><td>Ecuador</td><td>17.8</td><td>Quito</td></tr>";
        String page = "<article><p>" + S1 + "</p><table><thead><tr><th>Country</th><th>Millions</th><th>Capital</th></tr>"
                + "</thead>" + rows + "</table><p>" + S2 + "</p></article>";
        assertThat(blocks(page)).contains("Peru", "33.7", "Lima", S2.strip());
    }

    @Test
    void aShortArticleUnderAnUnlikelyNameIsFoundOnASecondReading() {
        // Its class says "header": the first reading sets it aside, finds too little, and reads again.
        String page = "<div class=\"menu\"><a href=\"/\">Home</a></div><div class=\"post-header-wrap\"><p>" + S1
                + "</p><p>" + S2 + "</p></div>";
        assertThat(blocks(page)).containsExactly(S1.strip(), S2.strip());
    }

    @Test
    void aPostEmbeddedFromASocialNetworkIsAQuotationInTheArticle() {
        // Its container is named "social" and "media", which would set it aside.
        String page = "<article><p>" + S1 + "</p><div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\">"
                + "<p>Productive talks with my Peruvian counterpart in Lima today on our shared border.</p>"
                + "— Foreign Minister (@minrel) <a href=\"https://twitter.com/minrel/status/1\">May 6, 2025</a></blockquote></div>"
                + "<p>" + S2 + "</p><div class=\"social-links\"><a href=\"/fb\">Facebook</a></div></article>";
        assertThat(text(page)).contains(S1.strip(), "Productive talks with my Peruvian counterpart", S2.strip())
                .doesNotContain("Facebook");
    }

    @Test
    void aContainerOfSeveralArticlesIsAListingTheArticleIsTheOneThatHoldsOne() {
        // Below the story, teasers of other stories, each an <article> with a summary long enough to score.
        // Together they outscore the story, and so does the page that holds them all.
        StringBuilder teasers = new StringBuilder();
        for (int section = 0; section < 2; section++) {
            teasers.append("<section>");
            for (int i = 0; i < 4; i++) {
                teasers.append("<article class=\"teaser\"><h3><a href=\"/s").append(i).append("\">Story ").append(i)
                        .append("</a></h3><div class=\"summary\">A summary of another story, number ").append(i)
                        .append(", with commas, clauses, asides, and enough words to score as a paragraph of its own.</div>"
                                + "</article>");
            }
            teasers.append("</section>");
        }
        String page = "<section><article class=\"story\"><div class=\"content\"><p>" + S1 + "</p><p>" + S2 + "</p><p>" + S3
                + "</p></div></article></section>" + teasers;
        assertThat(blocks(page)).containsExactly(S1.strip(), S2.strip(), S3.strip());
    }

    @Test
    void aListingBesideTheArticleIsNotJoinedToIt() {
        StringBuilder teasers = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            teasers.append("<article class=\"teaser\"><h3><a href=\"/s").append(i).append("\">Story ").append(i)
                    .append("</a></h3><div class=\"summary\">A summary of another story, number ").append(i)
                    .append(", with commas, clauses, and enough words to score as a paragraph of its own.</div></article>");
        }
        String page = "<section><article class=\"story\"><div class=\"content\"><p>" + S1 + "</p><p>" + S2 + "</p><p>" + S3
                + "</p></div></article></section><section>" + teasers + "</section>";
        assertThat(blocks(page)).containsExactly(S1.strip(), S2.strip(), S3.strip());
    }

    @Test
    void aPageNestedThousandsDeepIsReadFlattenedBelowTwoHundredLevels() {
        // Unclosed tags nest a page's blocks as deep as it is long.
        String page = "<div>".repeat(5000) + "<p>" + S1 + "</p><p>" + S2 + "</p>" + "</div>".repeat(5000);
        assertThat(blocks(page)).containsExactly(S1.strip(), S2.strip());
        org.jsoup.nodes.Element body = Jsoup.parse("<html><body>" + "<div>".repeat(500) + "<p>Deep</p><p>er</p>"
                + "</div>".repeat(500) + "</body></html>").body();
        MainText.flattenBelow(body, 200);
        int[] deepest = {0};
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), body);
        assertThat(deepest[0]).isLessThanOrEqualTo(201);
        assertThat(body.wholeText()).contains("Deep", "er");
    }

    @Test
    void aPageOfThousandsOfLinesIsParagraphsBetweenDoubleBreaks() {
        StringBuilder lines = new StringBuilder("<div class=\"text\">");
        for (int i = 0; i < 3000; i++) {
            lines.append("Line ").append(i).append(" of the communiqué, as the ministers signed it.<br>");
            if (i % 3 == 2) {
                lines.append("<br>");
            }
        }
        List<String> blocks = blocks(lines + "</div>");
        assertThat(blocks).hasSize(1000);
        assertThat(blocks.get(0)).isEqualTo("Line 0 of the communiqué, as the ministers signed it.\nLine 1 of the "
                + "communiqué, as the ministers signed it.\nLine 2 of the communiqué, as the ministers signed it.");
    }

    @Test
    void aPageWithoutTextHasNoBlocks() {
        assertThat(blocks("<div><img src=\"a.jpg\"></div>")).isEmpty();
    }
}
