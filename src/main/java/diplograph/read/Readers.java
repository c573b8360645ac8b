package diplograph.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The read stage's front door: picks the reader for each file by its extension and walks
 * directories, so callers hand over paths and get outcomes.
 */
public final class Readers {

    /** Default maximum article size: larger files are rejected unread. */
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    private final TextReader text;
    private final HtmlReader html;
    private final JsonlReader jsonl;

    /** Default maximum JSON line length, in characters. */
    public static final int DEFAULT_MAX_LINE_CHARS = 8 * 1024 * 1024;

    /**
     * @param maxBytes  larger files are rejected unread
     * @param published publication date for every article read, overriding their own; or null
     */
    public Readers(long maxBytes, java.time.LocalDate published) {
        this.text = new TextReader(maxBytes, published);
        this.html = new HtmlReader(maxBytes, published);
        this.jsonl = new JsonlReader((int) Math.min(Integer.MAX_VALUE - 8, maxBytes), published);
    }

    public Readers() {
        this(DEFAULT_MAX_BYTES, null);
    }

    /**
     * Reads every path: files by type, directories recursively in name order.
     *
     * @return the files inside directories that were passed over for their type
     */
    public SkippedFiles read(List<Path> paths, Consumer<ReadOutcome> sink) {
        SkippedFiles skipped = SkippedFiles.NONE;
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                skipped = skipped.plus(readDirectory(p, sink));
            } else {
                readFile(p, sink);
            }
        }
        return skipped;
    }

    /** Reads one file with the reader its extension names. */
    public void readFile(Path file, Consumer<ReadOutcome> sink) {
        if (!Files.exists(file)) {
            sink.accept(new ReadOutcome.Rejected(file.toString(), RejectReason.UNREADABLE, "no such file"));
            return;
        }
        switch (extension(file)) {
            case "txt" -> text.read(file, sink);
            case "html", "htm" -> html.read(file, sink);
            case "jsonl" -> jsonl.read(file, sink);
            default -> sink.accept(new ReadOutcome.Rejected(file.toString(), RejectReason.UNSUPPORTED_TYPE,
                    "'" + file.getFileName() + "' (expected .txt, .html or .jsonl)"));
        }
    }

    private SkippedFiles readDirectory(Path dir, Consumer<ReadOutcome> sink) {
        Map<String, Integer> skipped = new TreeMap<>();
        // Symbolic links are not followed, so a link loop cannot trap the walk.
        try (Stream<Path> files = Files.walk(dir)) {
            // A link to nothing is reported, not silently passed over.
            for (Path f : files.filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f) && !Files.exists(f))
                    .sorted().toList()) {
                if (isArticleFile(f)) {
                    readFile(f, sink);
                } else {
                    skipped.merge(extension(f), 1, Integer::sum);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.accept(new ReadOutcome.Rejected(dir.toString(), RejectReason.UNREADABLE, e.getMessage()));
        }
        return new SkippedFiles(skipped);
    }

    /** Inside directories only article files are read; gold files and notes are skipped and counted. */
    private static boolean isArticleFile(Path f) {
        return List.of("txt", "html", "htm", "jsonl").contains(extension(f));
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The article id of a file: its name without the extension. */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
