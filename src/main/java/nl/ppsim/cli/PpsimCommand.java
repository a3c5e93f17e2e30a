package nl.ppsim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: lists the subcommands when called bare. */
@Command(name = "ppsim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
public final class PpsimCommand implements java.util.concurrent.Callable<Integer> {
    /**
     * The subcommands, in the order the help lists them. {@link Main} adds them to the root: only
     * the one named when the line names one (building picocli's model of all eleven took 80-110 ms
     * of every start), all of them otherwise (for the help and for "did you mean").
     */
    static final java.util.Map<String, java.util.function.Supplier<Object>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, java.util.function.Supplier<Object>> subcommands() {
        java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
        m.put("run", RunCommand::new);
        m.put("validate", ValidateCommand::new);
        m.put("check", CheckCommand::new);
        m.put("sensitivity", SensitivityCommand::new);
        m.put("compare", CompareCommand::new);
        m.put("solve", SolveCommand::new);
        m.put("explore", ExploreCommand::new);
        m.put("models", ModelsCommand::new);
        m.put("schemes", SchemesCommand::new);
        m.put("bench", BenchCommand::new);
        m.put("serve", ServeCommand::new);
        m.put("template", TemplateCommand::new);
        m.put("completion", CompletionCommand::new);
        return java.util.Collections.unmodifiableMap(m);
    }

    @Spec
    CommandSpec spec;

    /** Without a command there is nothing to do: the usage goes to stderr and the exit code is 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID;
    }
}
