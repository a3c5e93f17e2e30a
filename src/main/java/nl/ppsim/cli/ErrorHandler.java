package nl.ppsim.cli;

import nl.ppsim.report.ReportFolder;
import nl.ppsim.scenario.InvalidScenarioException;
import picocli.CommandLine;

/**
 * Turns exceptions into one-line messages. What the user can fix exits 2: an invalid scenario or
 * option, a report folder ppsim may not write to, a file that cannot be read or written (rights,
 * disk full). Anything else is an internal error (exit 1), its stack trace only with PPSIM_DEBUG=1;
 * running out of memory says what to do.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (e instanceof InvalidScenarioException || e instanceof UserException) {
            cl.getErr().println("Fout: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        if (e instanceof ReportFolder.Refused) {
            cl.getErr().println("Fout: rapportmap " + e.getMessage());
            return ExitCodes.INVALID;
        }
        if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            cl.getErr().println(ioMessage(e));
            return ExitCodes.INVALID;
        }
        cl.getErr().println("Interne fout: " + e + " (meld dit, met het scenario; PPSIM_DEBUG=1 toont details)");
        if ("1".equals(System.getenv("PPSIM_DEBUG"))) {
            e.printStackTrace(cl.getErr());
        }
        return ExitCodes.INTERNAL;
    }

    static String ioMessage(Exception e) {
        Throwable io = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        String what = io instanceof java.nio.file.AccessDeniedException ? "geen schrijfrechten voor " + io.getMessage()
                : io instanceof java.nio.file.NoSuchFileException ? "bestand of map bestaat niet: " + io.getMessage()
                : io instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() + ": " + f.getFile()
                : String.valueOf(io.getMessage());
        return "Fout bij lezen of schrijven: " + what + "; kies met --out een map waarin u mag schrijven"
                + " (een bestaand rapport is niet aangeraakt)";
    }

    /** The message for an OutOfMemoryError, wherever it was thrown. */
    static String outOfMemory() {
        long max = Runtime.getRuntime().maxMemory() >> 20;
        return "Fout: onvoldoende geheugen (Java mag " + max + " MB gebruiken). Probeer minder threads (--threads 1), minder"
                + " trekkingen of --no-charts, of geef Java meer geheugen: PPSIM_JAVA_OPTS=-Xmx4g ./ppsim ...";
    }
}
