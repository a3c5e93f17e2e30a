package nl.ppsim.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: {@code ppsim <command>}; exit 0 on success, 2 on invalid input or usage, 1 on internal error. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        int code = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = command();
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(ErrorHandler.outOfMemory());
            return ExitCodes.INTERNAL;
        }
    }

    static CommandLine command() {
        CommandLine cl = new CommandLine(new PpsimCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
