package diplograph.store;

import java.nio.file.Path;

/** The store directory is held by another process (a running {@code serve}, another ingest). */
public final class StoreLockedException extends RuntimeException {

    public StoreLockedException(Path dir, String detail) {
        super(dir + ": store is in use by another process (" + detail
                + "); stop it, or write through its SPARQL endpoint");
    }
}
