package nl.ppsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.ppsim.check.Check;
import nl.ppsim.check.PlanReview;
import nl.ppsim.engine.RunSettings;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.SimulationResult;
import nl.ppsim.engine.Tornado;
import nl.ppsim.report.CheckText;
import nl.ppsim.report.ConsoleSummary;
import nl.ppsim.report.Lang;
import nl.ppsim.report.Report;
import nl.ppsim.report.ReviewReport;
import nl.ppsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A reviewer's check of a plan: scheme rules, credibility of its verduurzaming, plausibility, assumption register. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Toetst een plan aan de subsidieregeling en op geloofwaardige verduurzaming; schrijft het rapport met checks.csv.",
            "Exit 0: niets voldoet niet; 3: een of meer regels voldoen niet; 2: ongeldige invoer."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Scenario- of planbestand (YAML).")
    Path file;

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.5",
            description = "Drempel voor de kans op verduurzaming (standaard ${DEFAULT-VALUE}).")
    double threshold;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Mixin
    TornadoOptions tornadoOptions = new TornadoOptions();

    @Mixin
    RunOptions options = new RunOptions();

    @Override
    public Integer call() throws IOException {
        tornadoOptions.iterations(Integer.MAX_VALUE);
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new UserException("--threshold is een kans tussen 0 en 1, kreeg " + threshold);
        }
        Scenario scenario = Scenarios.load(file);
        RunSettings settings = options.settings(scenario);
        Lang lang = options.language();
        Scenario run = scenario.withRun(settings.iterations(), settings.seed());
        var destination = report.destination("check", scenario, file, settings);
        SimulationResult result;
        Tornado.Result tornado;
        try (ConsoleProgress progress = new ConsoleProgress()) {
            result = Simulation.run(run, settings, progress);
            tornado = Tornado.run(run, settings.withIterations(tornadoOptions.iterations(settings.iterations())), nl.ppsim.engine.ProgressListener.NONE);
        }
        List<Check> checks = PlanReview.review(result, tornado, new PlanReview.Options(threshold));
        List<nl.ppsim.engine.Input> inputs = Tornado.uncertainInputs(run);
        var csv = options.csvFormat();
        Report.write(result, destination, new Report.Options(lang, csv, !report.noCharts), new Report.Extras(
                List.of(ReviewReport.section(checks, run, inputs, tornado, lang)),
                dir -> ReviewReport.writeCsv(checks, run, inputs, tornado, dir, csv, lang)));
        PrintWriter o = spec.commandLine().getOut();
        o.print(ConsoleSummary.text(result, lang));
        o.println();
        for (Check c : checks) {
            String norm = CheckText.norm(c, lang);
            o.printf("[%s] %s: %s%s%n", CheckText.verdict(c.verdict(), lang), c.rule(), CheckText.value(c, lang),
                    norm.isEmpty() ? "" : " (norm " + norm + ")");
            o.println("    " + CheckText.explanation(c, run, lang));
        }
        o.println();
        o.println(ReviewReport.conclusion(checks, lang));
        o.println(lang.t("Rapport: ", "Report: ") + report.where(run));
        return PlanReview.anyFail(checks) ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }
}
