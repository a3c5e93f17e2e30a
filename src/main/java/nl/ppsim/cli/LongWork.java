package nl.ppsim.cli;

import java.io.PrintWriter;
import nl.ppsim.report.Lang;

/**
 * Tells the user, before long work starts, about how long it will take (when over a minute), what
 * makes it long and how to make it shorter; a progress bar follows, and Ctrl-C stops it with
 * nothing left behind (reports are written to a temporary folder that is removed).
 */
final class LongWork {
    /** Work expected to take longer than this is announced. */
    static final double ANNOUNCE_SECONDS = 60;

    private LongWork() {}

    /** Prints the estimate on {@code err} when {@code seconds} is over {@link #ANNOUNCE_SECONDS}; {@code why} and {@code shorter} are in the run's language. */
    static void announce(PrintWriter err, Lang lang, double seconds, String why, String shorter) {
        if (!(seconds > ANNOUNCE_SECONDS)) {
            return;
        }
        err.println(lang.t("Dit duurt naar schatting ", "This will take about ") + duration(seconds, lang) + " (" + why
                + "; " + shorter
                + lang.t("; stoppen met Ctrl-C laat niets achter)", "; Ctrl-C stops it and leaves nothing behind)"));
        err.flush();
    }

    /** A duration as a person reads it: "3 min", "1 uur 20 min" / "1 h 20 min". */
    static String duration(double seconds, Lang lang) {
        long minutes = Math.max(1, Math.round(seconds / 60));
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes / 60 + lang.t(" uur", " h") + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    }
}
