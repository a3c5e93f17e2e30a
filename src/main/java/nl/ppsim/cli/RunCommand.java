package nl.ppsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.ppsim.engine.RunSettings;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.SimulationResult;
import nl.ppsim.report.ConsoleSummary;
import nl.ppsim.report.Lang;
import nl.ppsim.report.Report;
import nl.ppsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Simulates a scenario and writes its report folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Simuleert een scenario en schrijft het rapport naar reports/<scenario>/ (of --out).")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Scenariobestand (YAML).")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Map voor het rapport (standaard reports/<scenario>).")
    Path out;

    @Option(names = "--no-charts", description = "Geen grafieken en HTML (sneller, voor batchgebruik).")
    boolean noCharts;

    @Mixin
    RunOptions options = new RunOptions();

    @Override
    public Integer call() throws IOException {
        Scenario scenario = Scenarios.load(file);
        RunSettings settings = options.settings(scenario);
        Lang lang = options.language();
        var csv = options.csvFormat();
        SimulationResult result;
        try (ConsoleProgress progress = new ConsoleProgress()) {
            result = Simulation.run(scenario.withRun(settings.iterations(), settings.seed()), settings, progress);
        }
        Path folder = out != null ? out : RunOptions.defaultOut(scenario);
        Report.write(result, folder, new Report.Options(lang, csv, !noCharts));
        var o = spec.commandLine().getOut();
        o.print(ConsoleSummary.text(result, lang));
        o.println(lang.t("Rapport: ", "Report: ") + folder + (noCharts ? "" : "/report.html"));
        return ExitCodes.OK;
    }
}
