package nl.ppsim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
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
@Command(name = "run", mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--precision", paramLabel = "SE", descriptionKey = "precision")
    Double precision;

    @Option(names = "--max-iterations", paramLabel = "N", defaultValue = "2000000", descriptionKey = "max-iterations")
    int maxIterations;

    @Mixin
    RunOptions options = new RunOptions();

    @Mixin
    TornadoOptions tornadoOptions = new TornadoOptions();

    /** Up to this many iterations the run keeps a full trace for the "why" section (memory grows with it). */
    static final int TRACE_LIMIT = 100_000;

    @Override
    public Integer call() throws IOException {
        tornadoOptions.iterations(Integer.MAX_VALUE);
        report.prepareCharts();
        Scenario scenario = Scenarios.load(file);
        nl.ppsim.engine.CompiledScenario compiled = options.compile(scenario);
        RunSettings settings = compiled.settings();
        Lang lang = options.language();
        var csv = options.csvFormat();
        var destination = report.destination("run", scenario, file, settings);
        SimulationResult result;
        try (ConsoleProgress progress = new ConsoleProgress()) {
            result = PreciseRun.run(compiled, precision, maxIterations, TRACE_LIMIT, progress);
        }
        // the "why": a tornado (its held runs at --tornado-iterations, 2,000 by default) and, from a run that
        // kept a full trace, the rank correlations and contrasts (no extra simulations), made while the
        // charts render
        SimulationResult run = result;
        SimulationResult shown = report.shown(result);
        int tornadoIterations = tornadoOptions.iterations(result.iterations());
        Report.write(shown, destination, new Report.Options(lang, csv, !report.noCharts), () -> {
            nl.ppsim.analysis.Tornado.Result tornado = nl.ppsim.analysis.Tornado.run(
                    compiled,
                    settings.withIterations(tornadoIterations),
                    nl.ppsim.engine.settings.ProgressListener.NONE);
            return Report.Extras.why(
                    run.trace() != null && run.trace().inputValues() != null
                            ? nl.ppsim.analysis.Sensitivity.fromTrace(run).withTornado(tornado)
                            : nl.ppsim.analysis.Sensitivity.untraced(run, java.util.List.of(), tornado));
        });
        var o = spec.commandLine().getOut();
        o.print(ConsoleSummary.text(shown, lang));
        if (precision != null) {
            o.println(lang.t("Precisie: standaardfout ", "Precision: standard error ")
                    + lang.sePercent(result.verduurzaamd().standardError())
                    + lang.t(" na ", " after ")
                    + lang.integer(result.iterations())
                    + lang.t(" trekkingen (doel ", " iterations (target ")
                    + lang.sePercent(precision)
                    + (result.verduurzaamd().standardError() > precision
                            ? lang.t(
                                    "; niet gehaald binnen --max-iterations)", "; not reached within --max-iterations)")
                            : ")"));
        }
        o.println(lang.t("Rapport: ", "Report: ") + report.where(scenario));
        return ExitCodes.OK;
    }
}
