package diplograph.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows how far an ingest is: a progress bar on stderr when it is a terminal, otherwise one line
 * every ten seconds, so that logs of long runs stay readable.
 */
final class Progress implements Consumer<Long>, AutoCloseable {

    private static final long LOG_EVERY_NANOS = 10_000_000_000L;

    private final ProgressBar bar;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastLog = System.nanoTime();

    private Progress(ProgressBar bar, PrintWriter err) {
        this.bar = bar;
        this.err = err;
    }

    static Progress on(PrintWriter err) {
        if (System.console() != null) {
            return new Progress(new ProgressBarBuilder().setTaskName("ingest").setUnit(" articles", 1)
                    .setStyle(ProgressBarStyle.ASCII).setInitialMax(-1).continuousUpdate().build(), err);
        }
        return new Progress(null, err);
    }

    @Override
    public synchronized void accept(Long done) {
        if (bar != null) {
            bar.stepTo(done);
            return;
        }
        long now = System.nanoTime();
        if (now - lastLog >= LOG_EVERY_NANOS) {
            lastLog = now;
            double seconds = (now - start) / 1e9;
            err.printf("ingest: %d articles in %.0f s (%.1f/s)%n", done, seconds, done / seconds);
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
