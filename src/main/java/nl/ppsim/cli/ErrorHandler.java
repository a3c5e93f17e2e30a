package nl.ppsim.cli;

import nl.ppsim.report.Lang;
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
    private final Lang lang;

    ErrorHandler(Lang lang) {
        this.lang = lang;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        String error = lang.t("Fout: ", "Error: ");
        if (e instanceof InvalidScenarioException x) {
            cl.getErr().println(error + nl.ppsim.io.ProblemText.message(x, lang == Lang.EN));
            return ExitCodes.INVALID;
        }
        if (e instanceof UserException x) {
            cl.getErr().println(error + x.message(lang));
            return ExitCodes.INVALID;
        }
        if (e instanceof ReportFolder.Refused r) {
            cl.getErr().println(error + (r.folder() ? lang.t("rapportmap ", "report folder ") : "") + r.message(lang));
            return ExitCodes.INVALID;
        }
        if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            cl.getErr().println(ioMessage(e, lang));
            return ExitCodes.INVALID;
        }
        cl.getErr()
                .println(lang.t("Interne fout: ", "Internal error: ")
                        + e
                        + lang.t(
                                " (meld dit, met het scenario; PPSIM_DEBUG=1 toont details)",
                                " (please report it, with the scenario; PPSIM_DEBUG=1 shows details)"));
        if ("1".equals(System.getenv("PPSIM_DEBUG"))) {
            e.printStackTrace(cl.getErr());
        }
        return ExitCodes.INTERNAL;
    }

    static String ioMessage(Exception e, Lang lang) {
        Throwable io = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        String what = io instanceof java.nio.file.AccessDeniedException
                ? lang.t("geen schrijfrechten voor ", "no permission to write ") + io.getMessage()
                : io instanceof java.nio.file.NoSuchFileException
                        ? lang.t("bestand of map bestaat niet: ", "no such file or folder: ") + io.getMessage()
                        : io instanceof java.nio.file.FileSystemException f && f.getReason() != null
                                ? f.getReason() + ": " + f.getFile()
                                : String.valueOf(io.getMessage());
        return lang.t("Fout bij lezen of schrijven: ", "Error reading or writing: ")
                + what
                + lang.t(
                        "; kies met --out een map waarin u mag schrijven (een bestaand rapport is niet aangeraakt)",
                        "; choose a folder you may write to with --out (an existing report was not touched)");
    }

    /** The message for an OutOfMemoryError, wherever it was thrown. */
    static String outOfMemory(Lang lang) {
        long max = Runtime.getRuntime().maxMemory() >> 20;
        return lang.t(
                "Fout: onvoldoende geheugen (Java mag " + max
                        + " MB gebruiken). Probeer minder threads (--threads 1), minder"
                        + " trekkingen of --no-charts, of geef Java meer geheugen: PPSIM_JAVA_OPTS=-Xmx4g ./ppsim ...",
                "Error: out of memory (Java may use " + max
                        + " MB). Try fewer threads (--threads 1), fewer iterations or --no-charts,"
                        + " or give Java more memory: PPSIM_JAVA_OPTS=-Xmx4g ./ppsim ...");
    }
}
