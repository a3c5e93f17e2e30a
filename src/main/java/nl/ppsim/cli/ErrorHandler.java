package nl.ppsim.cli;

import nl.ppsim.scenario.InvalidScenarioException;
import picocli.CommandLine;

/**
 * Turns exceptions into one-line messages: invalid scenarios and options exit 2; files that cannot be
 * read or written exit 1 with what to do; anything else is an internal error (exit 1), its stack
 * trace only with PPSIM_DEBUG=1.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (e instanceof InvalidScenarioException || e instanceof UserException) {
            cl.getErr().println("Fout: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            Throwable io = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
            String what = io instanceof java.nio.file.AccessDeniedException ? "geen schrijfrechten voor " + io.getMessage()
                    : io instanceof java.nio.file.NoSuchFileException ? "bestand of map bestaat niet: " + io.getMessage()
                    : io instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() + ": " + f.getFile()
                    : String.valueOf(io.getMessage());
            cl.getErr().println("Fout bij lezen of schrijven: " + what + "; kies met --out een map waarin u mag schrijven"
                    + " (een bestaand rapport is niet aangeraakt)");
            return ExitCodes.INTERNAL;
        }
        cl.getErr().println("Interne fout: " + e + " (meld dit, met het scenario; PPSIM_DEBUG=1 toont details)");
        if ("1".equals(System.getenv("PPSIM_DEBUG"))) {
            e.printStackTrace(cl.getErr());
        }
        return ExitCodes.INTERNAL;
    }
}
