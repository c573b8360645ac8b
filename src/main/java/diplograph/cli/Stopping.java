package diplograph.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Ctrl-C and SIGTERM, turned into a flag a long-running command asks between units of work: the
 * JVM's shutdown waits (a bounded time) until the command says it is {@link #done}, so the unit in
 * hand is finished and the store closed, never cut off halfway.
 */
final class Stopping implements BooleanSupplier {

    /** How long a stop waits for the work in hand. */
    private static final long GRACE_SECONDS = 60;

    private volatile boolean stopping;
    private final CountDownLatch done = new CountDownLatch(1);

    private Stopping() {
    }

    static Stopping onSignals() {
        Stopping s = new Stopping();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            s.stopping = true;
            try {
                s.done.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "diplograph-stop"));
        return s;
    }

    @Override
    public boolean getAsBoolean() {
        return stopping;
    }

    /** The work is over and the store closed: a waiting shutdown may go on. */
    void done() {
        done.countDown();
    }
}
