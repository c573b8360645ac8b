package diplograph.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads a plain-text article in the seed's form; its id is the file name without extension. */
public final class TextReader implements ArticleReader {

    private final long maxBytes;
    private final java.time.LocalDate published;

    /**
     * @param maxBytes  larger files are rejected without being read
     * @param published overrides the article's own date when not null
     */
    public TextReader(long maxBytes, java.time.LocalDate published) {
        this.maxBytes = maxBytes;
        this.published = published;
    }

    @Override
    public void read(Path file, Consumer<ReadOutcome> sink) {
        String source = file.toString();
        try {
            String text = TextDecoder.read(file, maxBytes);
            sink.accept(new ReadOutcome.Read(
                    BodyParser.parse(Readers.idOf(file), text, published, null, null, source)));
        } catch (InputProblem p) {
            sink.accept(new ReadOutcome.Rejected(source, p.reason(), p.getMessage()));
        } catch (IOException e) {
            sink.accept(new ReadOutcome.Rejected(source, RejectReason.UNREADABLE, e.toString()));
        }
    }
}
