package nl.ppsim.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import nl.ppsim.engine.settings.ProgressListener;

/**
 * A progress bar on stderr, shown only when stderr is a terminal and the run has taken longer
 * than a second (so quick runs and redirected output stay clean).
 */
final class ConsoleProgress implements ProgressListener, AutoCloseable {
    private final long start = System.nanoTime();
    private final boolean enabled = System.console() != null;
    private ProgressBar bar;

    @Override
    public synchronized void progress(long done, long total) {
        if (!enabled) {
            return;
        }
        if (bar == null) {
            if (System.nanoTime() - start < 1_000_000_000L || done >= total) {
                return;
            }
            bar = new ProgressBarBuilder()
                    .setTaskName("Simuleren")
                    .setInitialMax(total)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
        }
        bar.stepTo(done);
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
