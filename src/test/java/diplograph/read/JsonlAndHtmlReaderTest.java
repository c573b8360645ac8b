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
}
