package nl.ppsim.engine.settings;

/** Told, from worker threads, how many iterations are done; must be thread-safe and cheap. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> {};

    /** Called from worker threads with the iterations done so far and the total. */
    void progress(long done, long total);
}
