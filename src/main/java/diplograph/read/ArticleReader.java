package diplograph.read;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Reads one input file into articles, sending each outcome to {@code sink} as it is read. */
public interface ArticleReader {

    /** Reads {@code file}; never throws for bad content, which becomes a {@link ReadOutcome.Rejected}. */
    void read(Path file, Consumer<ReadOutcome> sink);
}
