package nl.ppsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.report.Lang;
import nl.ppsim.report.WorkbookTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ppsim template --xlsx FILE}: a fill-in plan workbook with a scenario filled in (the example by default). */
@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--xlsx", paramLabel = "FILE", required = true, descriptionKey = "xlsx")
    Path xlsx;

    @Option(names = "--from", paramLabel = "FILE", defaultValue = "scenarios/voorbeeld.yaml", descriptionKey = "from")
    Path from;

    @Mixin
    LangOption language;

    @Override
    public Integer call() throws IOException {
        Lang l = language.lang;
        if (!xlsx.getFileName().toString().endsWith(".xlsx")) {
            throw new UserException(
                    "--xlsx noemt een .xlsx-bestand, kreeg " + xlsx, "--xlsx names an .xlsx file, got " + xlsx);
        }
        String text = ScenarioReader.readText(from);
        Scenarios.load(from);
        WorkbookTemplate.write(text, xlsx, l);
        spec.commandLine()
                .getOut()
                .println(l.t("Werkmap geschreven: ", "Workbook written: ") + xlsx
                        + l.t(
                                " (vul hem in en reken hem door met ppsim run ",
                                " (fill it in and compute it with ppsim run ")
                        + xlsx + ")");
        return ExitCodes.OK;
    }
}
