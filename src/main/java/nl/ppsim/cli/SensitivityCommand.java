package nl.ppsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.ppsim.analysis.Sensitivity;
import nl.ppsim.analysis.Tornado;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.report.Lang;
import nl.ppsim.report.Report;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.stats.PairedDifference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Why a scenario succeeds or fails: tornado, rank correlations, conditional analysis, models left out, stress test. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true)
final class SensitivityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--stress", paramLabel = "FACTOR", defaultValue = "1.5", descriptionKey = "stress")
    double stress;

    @Mixin
    TornadoOptions tornadoOptions = new TornadoOptions();

    @Mixin
    ReportOptions report = new ReportOptions();

    @Mixin
    RunOptions options = new RunOptions();

    @Override
    public Integer call() throws IOException {
        tornadoOptions.iterations(Integer.MAX_VALUE);
        if (!(stress > 0 && stress <= 10)) {
            throw new UserException(
                    "--stress moet tussen 0 en 10 liggen, kreeg " + stress,
                    "--stress must lie between 0 and 10, got " + stress);
        }
        report.prepareCharts();
        Scenario scenario = Scenarios.load(file);
        RunSettings settings = options.settings(scenario);
        Lang lang = options.language();
        var destination = report.destination("sensitivity", scenario, file, settings);
        nl.ppsim.engine.CompiledScenario compiled = nl.ppsim.engine.CompiledScenario.of(scenario, settings);
        traceFits(compiled, settings.iterations());
        SimulationResult base;
        long t0 = System.nanoTime();
        try (ConsoleProgress progress = new ConsoleProgress()) {
            base = Sensitivity.base(compiled, settings, progress);
        }
        double perIteration = (System.nanoTime() - t0) / 1e9 / settings.iterations();
        Path folder = report.folder(scenario);
        boolean noCharts = report.noCharts;
        var csv = options.csvFormat();
        int tornadoIterations = tornadoOptions.iterations(settings.iterations());
        LongWork.announce(
                spec.commandLine().getErr(),
                lang,
                Sensitivity.estimateSeconds(compiled, settings, tornadoIterations, stress, perIteration),
                lang.t(
                        "de tornado houdt " + Sensitivity.uncertainInputs(compiled)
                                + " onzekere invoeren elk twee keer vast",
                        "the tornado holds " + Sensitivity.uncertainInputs(compiled) + " uncertain inputs twice each"),
                lang.t(
                        "minder met --tornado-iterations N of --iterations N",
                        "less with --tornado-iterations N or --iterations N"));
        ConsoleProgress tornadoProgress = new ConsoleProgress();
        List<Sensitivity.Result> done = new ArrayList<>(1);
        // the rest of the analysis (tornado, models left out, stress test) runs while the report's charts,
        // which need only the traced run, render
        Report.write(report.shown(base), destination, new Report.Options(lang, csv, !noCharts), () -> {
            Sensitivity.Result r;
            try (tornadoProgress) {
                r = Sensitivity.analyse(compiled, base, settings, tornadoIterations, stress, tornadoProgress);
            }
            done.add(r);
            return Report.Extras.why(r);
        });
        Sensitivity.Result s = done.get(0);
        PrintWriter o = spec.commandLine().getOut();
        o.println(lang.t("Kans op verduurzaming: ", "Probability of sustainability: ")
                + lang.percent(s.base().verduurzaamd().estimate()) + " (se "
                + lang.sePercent(s.base().verduurzaamd().standardError()) + ")");
        o.println(lang.t(
                "Tornado (gemiddelde eindreserve met de invoer op p10 / p90; een verlenging op nee / ja):",
                "Tornado (mean final reserve with the input at p10 / p90; a renewal at no / yes):"));
        nl.ppsim.report.InputLabels labels = new nl.ppsim.report.InputLabels(scenario, lang);
        for (Tornado.Bar b :
                s.tornado().bars().subList(0, Math.min(8, s.tornado().bars().size()))) {
            o.printf(
                    "  %-64s %s / %s   (%s %s / %s)%n",
                    labels.of(b.input().path()),
                    lang.euro(b.reserveLow()),
                    lang.euro(b.reserveHigh()),
                    lang.t("kans", "probability"),
                    lang.percent(b.pLow()),
                    lang.percent(b.pHigh()));
        }
        for (Sensitivity.Counterfactual c : s.counterfactuals()) {
            PairedDifference d = c.difference();
            o.println(lang.t("Zonder ", "Without ") + c.model() + ": " + lang.percent(d.pB())
                    + lang.t(" (verschil ", " (difference ") + lang.points(-d.difference()) + ", se "
                    + lang.sePoints(d.pairedSe()) + ")");
        }
        if (s.stress() != null) {
            o.println(lang.t("Stresstest x", "Stress test x") + lang.number(stress, 2) + ": "
                    + lang.percent(s.stress().difference().pB()) + " -> "
                    + lang.percent(s.stress().difference().pA()));
        }
        o.println(lang.t("Rapport: ", "Report: ") + folder + (noCharts ? "/sensitivity.csv" : "/report.html"));
        return ExitCodes.OK;
    }

    /**
     * The analysis keeps every draw of every input of its base run (for ranks and conditional
     * analysis): that memory grows with inputs x iterations and no number of threads makes it
     * smaller, so a run that would not fit is refused before it starts, with the iterations that do.
     */
    private static void traceFits(nl.ppsim.engine.CompiledScenario scenario, int iterations) {
        long bytes = scenario.fullTraceBytes(iterations);
        long budget = Runtime.getRuntime().maxMemory() / 2;
        if (bytes <= budget) {
            return;
        }
        long fits = Math.max(1, (long) ((double) iterations * budget / bytes) / 1000 * 1000);
        long max = Runtime.getRuntime().maxMemory() >> 20;
        throw new UserException(
                "de gevoeligheidsanalyse bewaart elke trekking van elke invoer: bij " + iterations
                        + " trekkingen is dat "
                        + (bytes >> 20) + " MB, en Java mag " + max
                        + " MB gebruiken (de helft daarvan is voor de trekkingen). Kies --iterations "
                        + fits + " of minder, of geef Java meer geheugen: PPSIM_JAVA_OPTS=-Xmx"
                        + Math.max(2, ((bytes * 3) >> 30) + 1) + "g ./ppsim ...",
                "the sensitivity analysis keeps every draw of every input: at " + iterations + " iterations that is "
                        + (bytes >> 20)
                        + " MB, and Java may use " + max + " MB (half of it for the draws). Choose --iterations " + fits
                        + " or fewer, or give Java more"
                        + " memory: PPSIM_JAVA_OPTS=-Xmx" + Math.max(2, ((bytes * 3) >> 30) + 1) + "g ./ppsim ...");
    }
}
