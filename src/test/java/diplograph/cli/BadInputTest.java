package diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messy input in one batch: every bad item gets one line naming its file (and line), the good
 * articles land, nothing of a bad item is stored, and the exit code is 1.
 */
class BadInputTest {

    @TempDir
    Path tmp;

    @Test
    void everyKindOfBadInputIsReportedOnOneLineAndTheGoodArticlesLand() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-empty.txt"), "");
        Files.writeString(in.resolve("b-blank.txt"), "  \n\t \r\n");
        Files.write(in.resolve("c-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        Files.write(in.resolve("d-invalid-utf8.txt"), new byte[] {'A', ' ', (byte) 0xFF, (byte) 0xFE, 'b'});
        Files.writeString(in.resolve("e-bad-date.txt"), "date 2025-02-30 PARIS – Text.");
        Files.writeString(in.resolve("f-future.txt"), "date 2999-01-01 PARIS – Text.");
        // Inside a directory only article files are read (gold files, notes…); named explicitly, it is an error.
        Path docx = Files.writeString(tmp.resolve("g-unknown.docx"), "x");
        Files.writeString(in.resolve("h-no-body.html"), "<html><head><title>t</title></head><body></body></html>");
        Files.writeString(in.resolve("i-lines.jsonl"), String.join("\n",
                "{\"id\": \"j-ok\", \"text\": \"date 2025-06-07 The ministers met.\"}",
                "{\"id\": \"j-truncated\", \"text\": \"Iranian Pres",
                "{\"id\": \"j-typed\", \"text\": 42}",
                "{\"text\": \"missing id\"}",
                "[1, 2, 3]"));
        Files.writeString(in.resolve("k-huge-line.jsonl"), "{\"id\": \"huge\", \"text\": \"" + "a".repeat(10 * 1024 * 1024) + "\"}");
        Files.write(in.resolve("l-large.txt"), new byte[50 * 1024 * 1024]);
        Files.writeString(in.resolve("m-bom-crlf.txt"), "\uFEFFdate 2025-06-07 TEHRAN – One line.\r\n\r\nAnother.\r\n",
                StandardCharsets.UTF_8);
        Files.createSymbolicLink(in.resolve("n-dangling.txt"), in.resolve("nowhere.txt"));
        Files.createDirectories(in.resolve("loop"));
        Files.createSymbolicLink(in.resolve("loop/back"), in);
        Files.copy(Fixtures.seed(), in.resolve(Fixtures.SEED_ID + ".txt"));

        Path db = tmp.resolve("db");
        Cli.Result r = Cli.run("ingest", "--db", db.toString(), in.toString(), docx.toString());
        assertThat(r.exit()).isEqualTo(1);
        List<String> lines = r.err().lines().filter(l -> !l.startsWith("ingested")).toList();
        assertThat(lines).allMatch(l -> l.startsWith(in.toString()) || l.startsWith(docx.toString())).hasSize(15);
        assertThat(r.err()).contains(
                "a-empty.txt: empty article", "b-blank.txt: empty article", "c-binary.txt: binary content",
                "d-invalid-utf8.txt: invalid UTF-8", "e-bad-date.txt: invalid date: 2025-02-30 does not exist",
                "f-future.txt: invalid date: 2999-01-01 is in the future", "g-unknown.docx: unsupported file type",
                "n-dangling.txt: cannot be read",
                "h-no-body.html: empty article", "i-lines.jsonl:2: malformed JSON line", "i-lines.jsonl:3: malformed JSON line",
                "i-lines.jsonl:4: malformed JSON line", "i-lines.jsonl:5: malformed JSON line",
                "k-huge-line.jsonl:1: larger than the maximum article size", "l-large.txt: larger than the maximum article size");
        assertThat(r.err()).contains("ingested 3 article(s), 0 unchanged, 15 failed");

        Cli.Result ids = Cli.run("query", "--db", db.toString(), "articles", "--format", "csv");
        assertThat(ids.out().lines().skip(1).map(l -> l.split(",")[1]).sorted())
                .containsExactly(Fixtures.SEED_ID, "j-ok", "m-bom-crlf");
        assertThat(Cli.run("validate", "--db", db.toString()).exit()).isZero();
    }

    @Test
    void theLimitsAreOptions() throws IOException {
        Path f = Files.writeString(tmp.resolve("small.txt"), "date 2025-06-07 A text of some length.");
        Cli.Result r = Cli.run("ingest", "--db", tmp.resolve("db").toString(), "--max-article-bytes", "10", f.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("small.txt: larger than the maximum article size");
    }
}
