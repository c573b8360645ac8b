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

    @Override
    Article parse(Path file, String text) throws InputProblem {
        return BodyParser.parse(Readers.idOf(file), text, published, null, null, file.toString());
    }
}
