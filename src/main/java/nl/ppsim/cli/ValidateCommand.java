package nl.ppsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.ppsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a scenario without simulating it. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @picocli.CommandLine.Mixin
    LangOption language;

    @Override
    public Integer call() {
        Scenario s = Scenarios.load(file);
        nl.ppsim.engine.Inputs.check(s);
        nl.ppsim.report.Lang l = language.lang;
        spec.commandLine()
                .getOut()
                .printf(
                        l.t(
                                "%s: geldig scenario '%s' (%d partners, %d regels, %d bedrijfsmodellen, %d jaar waarvan %d subsidie)%n",
                                "%s: valid scenario '%s' (%d partners, %d lines, %d business models, %d years of which %d with subsidy)%n"),
                        file,
                        s.id(),
                        s.partners().size(),
                        s.lines().size(),
                        s.businessModels().size(),
                        s.horizonYears(),
                        s.subsidyYears());
        for (String notice : nl.ppsim.report.NoticeText.all(s, l, true)) {
            spec.commandLine().getOut().println(notice);
        }
        return ExitCodes.OK;
    }
}
