package diplograph.read;

import diplograph.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Base of the readers for which one file is one article (text, HTML): reads the file as text
 * within the size limit, hands it to {@link #parse}, and turns every problem into a rejection.
 */
abstract class WholeFileReader implements ArticleReader {

    private final long maxBytes;
    protected final LocalDate published;

    /**
     * @param maxBytes  larger files are rejected without being read
     * @param published overrides the article's own date when not null
     */
    WholeFileReader(long maxBytes, LocalDate published) {
        this.maxBytes = maxBytes;
        this.published = published;
    }

    /** The file's text: strict UTF-8 unless a format says how it declares its encoding. */
    String decode(byte[] bytes) throws InputProblem {
        return TextDecoder.decode(bytes);
    }

    /** Makes the article of {@code file} from its text. */
    abstract Article parse(Path file, String text) throws InputProblem;

    @Override
    public final void read(Path file, Consumer<ReadOutcome> sink) {
        String source = file.toString();
        try {
            long size = java.nio.file.Files.size(file);
            if (size > maxBytes) {
                throw new InputProblem(RejectReason.TOO_LARGE, size + " bytes > " + maxBytes);
            }
            sink.accept(new ReadOutcome.Read(parse(file, decode(java.nio.file.Files.readAllBytes(file)))));
        } catch (InputProblem p) {
            sink.accept(new ReadOutcome.Rejected(source, p.reason(), p.getMessage()));
        } catch (IOException e) {
            sink.accept(new ReadOutcome.Rejected(source, RejectReason.UNREADABLE, e.toString()));
        }
    }
}
