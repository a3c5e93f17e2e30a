package nl.ppsim.engine;

/** Told, from worker threads, how many iterations are done; must be thread-safe and cheap. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> { };

    void progress(long done, long total);
}
