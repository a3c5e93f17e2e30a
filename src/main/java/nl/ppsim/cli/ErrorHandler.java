package nl.ppsim.cli;

import nl.ppsim.scenario.InvalidScenarioException;
import picocli.CommandLine;

/**
 * Turns exceptions into one-line messages: invalid scenarios and options exit 2, anything else is an
 * internal error (exit 1); the stack trace only with PPSIM_DEBUG=1.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (e instanceof InvalidScenarioException || e instanceof UserException) {
            cl.getErr().println("Fout: " + e.getMessage());
            return ExitCodes.INVALID;
        }
        cl.getErr().println("Interne fout: " + e + " (meld dit, met het scenario; PPSIM_DEBUG=1 toont details)");
        if ("1".equals(System.getenv("PPSIM_DEBUG"))) {
            e.printStackTrace(cl.getErr());
        }
        return ExitCodes.INTERNAL;
    }
}
