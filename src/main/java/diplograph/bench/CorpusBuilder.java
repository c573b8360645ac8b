package diplograph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds a benchmark corpus of N articles as JSON Lines by replicating a folder of articles
 * (the evaluation corpus) under fresh ids, so the texts are real but the articles are new.
 */
public final class CorpusBuilder {

    private CorpusBuilder() {
    }

    /** Writes {@code n} articles to {@code out}, cycling through the {@code .txt} files of {@code source}. */
    public static void build(Path source, int n, Path out) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(source)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(source + ": no .txt articles to replicate");
        }
        List<String> texts = files.stream().map(CorpusBuilder::read).toList();
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                ObjectNode line = json.createObjectNode();
                line.put("id", String.format("bench-%07d", i));
                line.put("text", texts.get(i % texts.size()));
                w.write(json.writeValueAsString(line));
                w.newLine();
            }
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
