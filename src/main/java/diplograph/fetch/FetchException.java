package diplograph.fetch;

import java.time.Instant;

/**
 * A request that gave no usable answer: the server's status, a refusal by robots.txt, a response
 * over the size limit, a timeout. {@link #retryAfter} is when the server asked to be asked again
 * (429 and 503 with {@code Retry-After}), else {@code null}.
 */
public final class FetchException extends Exception {

    private final transient Instant retryAfter;

    public FetchException(String message, Instant retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    public FetchException(String message) {
        this(message, null);
    }

    public Instant retryAfter() {
        return retryAfter;
    }
}
