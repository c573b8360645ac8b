package diplograph.read;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The HTML reader over a folder of pages (plain or gzipped), its main text written in the form the
 * article-extraction benchmark scores ({@code {id: {"articleBody": text}}}, id the file name without
 * its extensions). A page the reader refuses gets an empty body and is listed.
 */
public final class MainTextBenchmark {

    private MainTextBenchmark() {
    }

    /** What a run read: how many pages, the reasons of those refused, and the reader's time in all. */
    public record Result(int pages, List<String> refused, long readNanos) {

        /** Milliseconds the reader took for a page, on average (reading the file, decoding, parsing, main text). */
        public double msPerPage() {
            return pages == 0 ? 0 : readNanos / 1e6 / pages;
        }
    }

    public static Result run(Path pages, Path out) throws IOException {
        HtmlReader reader = new HtmlReader(Readers.DEFAULT_MAX_BYTES, null);
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode bodies = json.createObjectNode();
        List<String> refused = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(pages)) {
            files = s.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".html.gz")).sorted().toList();
        }
        Path tmp = Files.createTempDirectory("main-text");
        long readNanos = 0;
        try {
            for (Path f : files) {
                String id = f.getFileName().toString().replaceFirst("\\.html(\\.gz)?$", "");
                Path page = tmp.resolve(id + ".html");
                try (InputStream in = f.toString().endsWith(".gz")
                        ? new java.util.zip.GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
                    Files.copy(in, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                List<ReadOutcome> outcome = new ArrayList<>();
                long start = System.nanoTime();
                reader.read(page, outcome::add);
                readNanos += System.nanoTime() - start;
                String text = "";
                for (ReadOutcome o : outcome) {
                    if (o instanceof ReadOutcome.Read r) {
                        text = r.article().text();
                    } else if (o instanceof ReadOutcome.Rejected r) {
                        refused.add(r.reason().summary() + (r.detail() == null ? "" : ": " + r.detail()) + " (" + id + ")");
                    }
                }
                bodies.putObject(id).put("articleBody", text);
                Files.delete(page);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), bodies);
        return new Result(files.size(), refused, readNanos);
    }
}
