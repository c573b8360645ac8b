package diplograph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import diplograph.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest --bulk} and {@code load}: new stores only, the same quads as an ingest, nothing on bad input. */
class LoadCommandTest {

    @TempDir
    Path tmp;

    private List<String> export(Path db) {
        Cli.Result r = Cli.run("export", "--db", db.toString(), "--format", "nq");
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out().lines().sorted().toList();
    }

    @Test
    void bulkIngestAndLoadOfItsExportGiveTheQuadsOfAnIngest() throws Exception {
        Path ingested = tmp.resolve("ingested");
        assertThat(Cli.run("ingest", "--db", ingested.toString(), Fixtures.seed().toString(),
                Fixtures.articles().toString()).exit()).isZero();
        Path bulk = tmp.resolve("bulk");
        Cli.Result b = Cli.run("ingest", "--bulk", "--db", bulk.toString(), Fixtures.seed().toString(),
                Fixtures.articles().toString());
        assertThat(b.exit()).as(b.err()).isZero();
        assertThat(export(bulk)).isEqualTo(export(ingested));

        Path nq = tmp.resolve("export.nq.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(nq))) {
            out.write(String.join("\n", export(ingested)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path loaded = tmp.resolve("loaded");
        Cli.Result l = Cli.run("load", "--db", loaded.toString(), nq.toString());
        assertThat(l.exit()).as(l.err()).isZero();
        assertThat(l.err()).startsWith("loaded 1 file(s) into " + loaded);
        assertThat(export(loaded)).isEqualTo(export(ingested));
    }

    @Test
    void aFileThatDoesNotParseStoresNothingAndSaysWhich() throws Exception {
        Path good = Files.writeString(tmp.resolve("good.nq"), "<http://x/s> <http://x/p> <http://x/o> <http://x/g> .\n");
        Path bad = Files.writeString(tmp.resolve("bad.nq"), "<http://x/s> <http://x/p> .\n");
        Path db = tmp.resolve("db");
        Cli.Result r = Cli.run("load", "--db", db.toString(), good.toString(), bad.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith(bad + ": not loaded: ").doesNotContain("\n");
        assertThat(db).doesNotExist();
        assertThat(tmp.resolve("db.creating")).doesNotExist();
    }

    @Test
    void aBulkLoadNeverReplacesAStore() {
        Path db = tmp.resolve("db");
        assertThat(Cli.run("ingest", "--db", db.toString(), Fixtures.seed().toString()).exit()).isZero();
        List<String> before = export(db);
        Cli.Result r = Cli.run("ingest", "--bulk", "--db", db.toString(), Fixtures.articles().toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(db + ": already holds a store");
        Cli.Result l = Cli.run("load", "--db", db.toString(), Fixtures.seed().toString());
        assertThat(l.exit()).isEqualTo(2);
        assertThat(export(db)).isEqualTo(before);
    }
}
