package diplograph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlAndHtmlReaderTest {

    @TempDir
    Path dir;

    private List<ReadOutcome> read(Path file) {
        List<ReadOutcome> out = new ArrayList<>();
        new Readers().read(List.of(file), out::add);
        return out;
    }

    @Test
    void jsonLinesGiveOneArticleALineAndRejectBadLinesByNumber() throws IOException {
        Path f = Files.writeString(dir.resolve("wire.jsonl"), String.join("\n",
                "{\"id\": \"a1\", \"url\": \"https://example.org/a1\", \"published\": \"2025-06-07T10:00:00Z\", "
                        + "\"title\": \"Ministers meet\", \"text\": \"TEHRAN – The ministers met.\\n\\nThey talked.\"}",
                "{\"id\": \"a2\", \"text\": ",
                "{\"id\": 3, \"text\": \"x\"}",
                "{\"text\": \"no id\"}",
                "{\"id\": \"a5\", \"published\": \"2025-02-30\", \"text\": \"Bad date.\"}",
                "",
                "{\"id\": \"a7\", \"text\": \"Last one.\"}"));
        List<ReadOutcome> out = read(f);
        assertThat(out).hasSize(6);
        var a1 = ((ReadOutcome.Read) out.get(0)).article();
        assertThat(a1.id()).isEqualTo("a1");
        assertThat(a1.published()).hasToString("2025-06-07");
        assertThat(a1.title()).isEqualTo("Ministers meet");
        assertThat(a1.url()).isEqualTo("https://example.org/a1");
        assertThat(a1.dateline()).isEqualTo("TEHRAN");
        assertThat(a1.blocks()).hasSize(2);
        assertThat(out.subList(1, 5)).allMatch(o -> o instanceof ReadOutcome.Rejected);
        assertThat(((ReadOutcome.Rejected) out.get(1)).message()).startsWith(f + ":2: malformed JSON line");
        assertThat(((ReadOutcome.Rejected) out.get(2)).message()).startsWith(f + ":3: malformed JSON line: \"id\" must be a string");
        assertThat(((ReadOutcome.Rejected) out.get(3)).message()).contains(":4:", "missing \"id\"");
        assertThat(((ReadOutcome.Rejected) out.get(4)).reason()).isEqualTo(RejectReason.BAD_DATE);
        assertThat(((ReadOutcome.Read) out.get(5)).article().source()).isEqualTo(f + ":7");
    }

    @Test
    void htmlGivesTheArticleBodyDateAndTitle() throws IOException {
        Path f = Files.writeString(dir.resolve("page.html"), """
                <html><head><title>Site | News</title>
                <meta property="og:title" content="Leaders meet in Ankara">
                <meta property="article:published_time" content="2025-03-12T08:00:00+03:00">
                <link rel="canonical" href="https://example.org/news/1"></head>
                <body><nav><p>Menu item</p></nav>
                <article><h2>Talks</h2><p>Turkish Foreign Minister Hakan Fidan met his Egyptian counterpart
                Badr Abdelatty in Ankara on Tuesday.</p><p>They discussed Gaza.</p></article></body></html>""");
        var a = ((ReadOutcome.Read) read(f).get(0)).article();
        assertThat(a.id()).isEqualTo("page");
        assertThat(a.title()).isEqualTo("Leaders meet in Ankara");
        assertThat(a.published()).hasToString("2025-03-12");
        assertThat(a.url()).isEqualTo("https://example.org/news/1");
        assertThat(a.text()).contains("Hakan Fidan met").doesNotContain("Menu item");
    }

    @Test
    void htmlWithoutABodyIsRejected() throws IOException {
        Path f = Files.writeString(dir.resolve("empty.html"), "<html><head><title>x</title></head></html>");
        assertThat(((ReadOutcome.Rejected) read(f).get(0)).reason()).isEqualTo(RejectReason.EMPTY);
    }

    @Test
    void directoriesAreReadRecursivelyByType() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/one.txt"), "One article.");
        Files.writeString(dir.resolve("a/b/two.jsonl"), "{\"id\": \"two\", \"text\": \"Two.\"}\n{\"id\": \"three\", \"text\": \"Three.\"}");
        Files.writeString(dir.resolve("a/b/notes.md"), "skipped");
        List<ReadOutcome> out = new ArrayList<>();
        new Readers().read(List.of(dir), out::add);
        assertThat(out).extracting(o -> ((ReadOutcome.Read) o).article().id()).containsExactly("two", "three", "one");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "<meta property=\"article:published_time\" content=\"November 20, 2019 12:32\">|2019-11-20",
        "<meta name=\"date\" content=\"Wed Nov 20 2019 08:00:58 GMT+0000 (UTC)\">|2019-11-20",
        "<meta itemprop=\"datePublished\" content=\"November 19, 2019, 07:47 PM EST\">|2019-11-19",
        "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"2019-11-18T09:00:00Z\"}</script>|2019-11-18",
        "<meta name=\"date\" content=\"20 November 2019\">|2019-11-20",
    })
    void htmlDatesInTheFormsPagesWriteThem(String head, String day) throws IOException {
        Path f = Files.writeString(dir.resolve("dated.html"), "<html><head>" + head + "</head><body><article><p>The "
                + "ministers met in Ankara.</p></article></body></html>");
        assertThat(((ReadOutcome.Read) read(f).get(0)).article().published()).hasToString(day);
    }

    @Test
    void anHtmlDateThatCannotBeReadLeavesTheDateUnknownAndKeepsTheArticle() throws IOException {
        Path f = Files.writeString(dir.resolve("undated.html"), "<html><head><meta property=\"article:published_time\" "
                + "content=\"sometime last week\"></head><body><article><p>The ministers met.</p></article></body></html>");
        var a = ((ReadOutcome.Read) read(f).get(0)).article();
        assertThat(a.published()).isNull();
        assertThat(a.text()).contains("The ministers met.");
    }

    @Test
    void htmlInALegacyEncodingIsReadInTheEncodingItDeclares() throws IOException {
        String page = "<html><head><meta charset=\"windows-1252\"></head><body><article><p>Le ministre a rencontré "
                + "son homologue à Genève – «\u00a0pourparlers\u00a0».</p></article></body></html>";
        Path declared = dir.resolve("legacy.html");
        Files.write(declared, page.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(((ReadOutcome.Read) read(declared).get(0)).article().text()).contains("rencontré", "à Genève – «");
        Path undeclared = dir.resolve("latin.html");
        // Undeclared and not UTF-8: the legacy default browsers assume.
        Files.write(undeclared, page.replace("<meta charset=\"windows-1252\">", "")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        assertThat(((ReadOutcome.Read) read(undeclared).get(0)).article().text()).contains("rencontré", "Genève – «");
    }

    @Test
    void aPageWrittenWithoutParagraphsIsReadFromItsTextBetweenBreaks() throws IOException {
        String sentence = "The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss the maritime border. ";
        Path f = Files.writeString(dir.resolve("breaks.html"), "<html><body><div><a href=\"/\">Home</a></div>"
                + "<div class=\"story\">" + sentence + sentence + "<br><br>They agreed to meet again in Santiago in "
                + "May, a spokesman said, after three hours of talks.<br><br>" + sentence + "</div></body></html>");
        var a = ((ReadOutcome.Read) read(f).get(0)).article();
        assertThat(a.text()).contains("met in Lima", "They agreed to meet again").doesNotContain("Home");
        assertThat(a.blocks()).hasSize(3);
    }

    @Test
    void aListItemThatIsASentenceIsAParagraphAMenuIsNot() throws IOException {
        Path f = Files.writeString(dir.resolve("list.html"), """
                <html><body><article><p>Readout of the day's meetings.</p><ul>
                <li>U.S. Ambassador to the United Nations Linda Thomas-Greenfield met with UNFPA Executive Director Dr. Natalia Kanem.</li>
                <li><a href="/a">Press releases</a></li><li><a href="/b">Briefings</a></li></ul></article></body></html>""");
        assertThat(((ReadOutcome.Read) read(f).get(0)).article().text())
                .contains("Linda Thomas-Greenfield met with UNFPA").doesNotContain("Press releases");
    }
}
