package nl.ppsim.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: lists the subcommands when called bare. */
@Command(name = "ppsim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {RunCommand.class, ValidateCommand.class, CheckCommand.class, SensitivityCommand.class, CompareCommand.class,
            SolveCommand.class, ModelsCommand.class, SchemesCommand.class, BenchCommand.class, ServeCommand.class, TemplateCommand.class})
public final class PpsimCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a command there is nothing to do: the usage goes to stderr and the exit code is 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID;
    }
}
