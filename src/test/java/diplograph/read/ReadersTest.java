package diplograph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {

    @TempDir
    Path dir;

    private List<ReadOutcome> read(Path... paths) {
        List<ReadOutcome> out = new ArrayList<>();
        new Readers().read(List.of(paths), out::add);
        return out;
    }

    private static ReadOutcome.Rejected rejected(ReadOutcome o) {
        assertThat(o).isInstanceOf(ReadOutcome.Rejected.class);
        return (ReadOutcome.Rejected) o;
    }

    @Test
    void idIsTheFileNameWithoutExtension() throws IOException {
        Path f = Files.writeString(dir.resolve("2025-01-01-paris.txt"), "date 2025-01-01 PARIS – Text.");
        var read = (ReadOutcome.Read) read(f).get(0);
        assertThat(read.article().id()).isEqualTo("2025-01-01-paris");
        assertThat(read.article().source()).isEqualTo(f.toString());
    }

    @Test
    void filesOfOtherTypesInADirectoryAreCountedByExtension() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("a.txt"), "date 2025-01-01 PARIS – Text.");
        Files.writeString(dir.resolve("a.gold.json"), "{}");
        Files.writeString(dir.resolve("sub/b.json"), "{}");
        Files.writeString(dir.resolve("sub/c.PDF"), "x");
        Files.writeString(dir.resolve("README"), "x");
        List<ReadOutcome> out = new ArrayList<>();
        SkippedFiles skipped = new Readers().read(List.of(dir), out::add);
        assertThat(out).singleElement().isInstanceOf(ReadOutcome.Read.class);
        assertThat(skipped.byExtension()).containsOnly(java.util.Map.entry("json", 2), java.util.Map.entry("pdf", 1),
                java.util.Map.entry("", 1));
        assertThat(skipped.message()).isEqualTo("skipped 4 files of unsupported type: .json (2), (no extension) (1), .pdf (1)");
        assertThat(new SkippedFiles(java.util.Map.of("xyz", 1)).message()).isEqualTo("skipped 1 file of unsupported type: .xyz");
        assertThat(SkippedFiles.NONE.message()).isEmpty();
    }

    @Test
    void unknownFileTypeGetsOneLineNamingTheFile() throws IOException {
        Path f = Files.writeString(dir.resolve("notes.pdf"), "x");
        var r = rejected(read(f).get(0));
        assertThat(r.reason()).isEqualTo(RejectReason.UNSUPPORTED_TYPE);
        assertThat(r.message()).startsWith(f.toString() + ": unsupported file type").doesNotContain("\n");
    }

    @Test
    void emptyBinaryAndInvalidUtf8AreRejectedAndTheRestIsRead() throws IOException {
        Path empty = Files.writeString(dir.resolve("a-empty.txt"), "   \n");
        Path binary = Files.write(dir.resolve("b-binary.txt"), new byte[] {'a', 0, 'b'});
        Path invalid = Files.write(dir.resolve("c-invalid.txt"), new byte[] {'a', (byte) 0xC3, '(', 'b'});
        Path good = Files.writeString(dir.resolve("d-good.txt"), "Good text.");
        List<ReadOutcome> out = read(dir);
        assertThat(out).hasSize(4);
        assertThat(rejected(out.get(0)).reason()).isEqualTo(RejectReason.EMPTY);
        assertThat(rejected(out.get(1)).reason()).isEqualTo(RejectReason.BINARY);
        assertThat(rejected(out.get(2)).reason()).isEqualTo(RejectReason.INVALID_UTF8);
        assertThat(out.get(3)).isInstanceOf(ReadOutcome.Read.class);
        assertThat(List.of(empty, binary, invalid, good)).allMatch(Files::exists);
    }

    @Test
    void byteOrderMarkIsDropped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "date 2025-03-03 Text here.".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Path f = Files.write(dir.resolve("bom.txt"), all);
        var read = (ReadOutcome.Read) read(f).get(0);
        assertThat(read.article().text()).startsWith("date");
        assertThat(read.article().published()).hasToString("2025-03-03");
    }

    @Test
    void oversizedFileIsRejectedUnread() throws IOException {
        Path f = Files.writeString(dir.resolve("big.txt"), "x".repeat(2000));
        List<ReadOutcome> out = new ArrayList<>();
        new Readers(1000, null).read(List.of(f), out::add);
        assertThat(rejected(out.get(0)).reason()).isEqualTo(RejectReason.TOO_LARGE);
    }

    @Test
    void missingFileIsReported() {
        assertThat(rejected(read(dir.resolve("nope.txt")).get(0)).reason()).isEqualTo(RejectReason.UNREADABLE);
    }

    @Test
    void publishedOverrideWins() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "date 2025-01-01 Text.");
        List<ReadOutcome> out = new ArrayList<>();
        new Readers(Readers.DEFAULT_MAX_BYTES, java.time.LocalDate.of(2024, 5, 6)).read(List.of(f), out::add);
        assertThat(((ReadOutcome.Read) out.get(0)).article().published()).hasToString("2024-05-06");
    }
}
