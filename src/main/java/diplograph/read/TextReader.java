package diplograph.read;

import diplograph.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;

/** Reads a plain-text article in the seed's form; its id is the file name without extension. */
public final class TextReader extends WholeFileReader {

    /**
     * @param maxBytes  larger files are rejected without being read
     * @param published overrides the article's own date when not null
     */
    public TextReader(long maxBytes, LocalDate published) {
        super(maxBytes, published);
    }

    /**
     * Reads one plain-text article already in memory, as a distributed job hands them out (its id
     * the file name without extension), or its one-line rejection.
     */
    public ReadOutcome text(Path file, String text) {
        if (text.isBlank()) {
            return new ReadOutcome.Rejected(file.toString(), RejectReason.EMPTY, "no text");
        }
        if (text.indexOf('\0') >= 0) {
            return new ReadOutcome.Rejected(file.toString(), RejectReason.BINARY, "NUL character");
        }
        try {
            return new ReadOutcome.Read(parse(file, text));
        } catch (InputProblem p) {
            return new ReadOutcome.Rejected(file.toString(), p.reason(), p.getMessage());
        }
    }

    @Override
    Article parse(Path file, String text) throws InputProblem {
        return BodyParser.parse(Readers.idOf(file), text, published, null, null, file.toString());
    }
}
