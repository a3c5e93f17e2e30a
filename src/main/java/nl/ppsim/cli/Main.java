package nl.ppsim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.ppsim.report.Lang;
import picocli.CommandLine;

/** Entry point: {@code ppsim <command>}; exit 0 on success, 2 on invalid input or usage, 1 on internal error. */
public final class Main {
    private Main() {}

    /** Runs ppsim and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(
                new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(
                new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        int code = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs ppsim with the arguments, writing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        Lang lang = language(args, System.getenv("PPSIM_LANG"));
        CommandLine cl = command(lang, args.length > 0 ? args[0] : null);
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(ErrorHandler.outOfMemory(lang));
            return ExitCodes.INTERNAL;
        }
    }

    /**
     * The run's one language, known before the arguments are parsed (help and argument errors need
     * it too): {@code --lang en} or {@code --lang=en} anywhere on the line, else the environment
     * variable PPSIM_LANG, else Dutch. An unknown value leaves Dutch, and the parser reports it.
     */
    static Lang language(String[] args, String environment) {
        String value = environment;
        for (int k = 0; k < args.length; k++) {
            if (args[k].equals("--lang") && k + 1 < args.length) {
                value = args[k + 1];
            } else if (args[k].startsWith("--lang=")) {
                value = args[k].substring("--lang=".length());
            }
        }
        for (Lang l : Lang.values()) {
            if (l.key().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return l;
            }
        }
        return Lang.NL;
    }

    static CommandLine command(Lang lang) {
        return command(lang, null);
    }

    /**
     * The command line with the subcommand {@code first} only, when that names one, else with all
     * (see {@link PpsimCommand#SUBCOMMANDS}); the settings below reach the subcommands added first.
     */
    static CommandLine command(Lang lang, String first) {
        CommandLine cl = new CommandLine(new PpsimCommand());
        java.util.function.Supplier<Object> only = first == null ? null : PpsimCommand.SUBCOMMANDS.get(first);
        if (only != null) {
            cl.addSubcommand(first, only.get());
        } else {
            PpsimCommand.SUBCOMMANDS.forEach((name, make) -> cl.addSubcommand(name, make.get()));
        }
        cl.setResourceBundle(messages(lang));
        cl.setExecutionExceptionHandler(new ErrorHandler(lang));
        cl.setParameterExceptionHandler(new ArgumentErrors(lang));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setUsageHelpLongOptionsMaxWidth(30);
        return cl;
    }

    /** The help texts in {@code lang}: Messages.properties (Dutch) or Messages_en.properties, never the JVM's locale. */
    static ResourceBundle messages(Lang lang) {
        return ResourceBundle.getBundle(
                "nl.ppsim.cli.Messages",
                lang == Lang.EN ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
