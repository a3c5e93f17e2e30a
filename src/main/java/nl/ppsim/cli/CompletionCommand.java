package nl.ppsim.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Prints a bash and zsh completion script for ppsim (picocli's {@link AutoComplete}): every
 * command, option and fixed choice ({@code --lang nl|en}, {@code --csv}, {@code --sampling}).
 * {@code source <(./ppsim completion)} turns it on in the current shell.
 */
@Command(name = "completion", mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    LangOption language;

    @Override
    public Integer call() {
        // the whole command tree, whichever subcommand this process was started for
        spec.commandLine().getOut().print(AutoComplete.bash("ppsim", Main.command(language.lang)));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
