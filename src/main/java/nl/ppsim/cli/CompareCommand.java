package nl.ppsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.report.ChartWriter;
import nl.ppsim.report.Charts;
import nl.ppsim.report.CsvFormat;
import nl.ppsim.report.Lang;
import nl.ppsim.report.ReportFolder;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.stats.PairedDifference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Compares scenarios with common random numbers: all run with the same seed and iterations, so the
 * same input in two scenarios gets the same draws and each pair's difference has a paired standard error.
 */
@Command(name = "compare", mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "2..*", descriptionKey = "compare.files")
    List<Path> files;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports/vergelijking", descriptionKey = "compare.out")
    Path out;

    @Option(names = "--real", descriptionKey = "real")
    boolean real;

    @Option(names = "--no-charts", descriptionKey = "compare.no-charts")
    boolean noCharts;

    @Mixin
    RunOptions options = new RunOptions();

    /**
     * What differs between the scenarios beyond their plans and makes a comparison harder to read:
     * horizon, start year, subsidy years, iterations or seed in the files (the run uses one seed and
     * one number of iterations for all).
     */
    static List<String> differences(List<Scenario> scenarios, Lang l) {
        List<String> out = new ArrayList<>();
        Scenario first = scenarios.get(0);
        for (Scenario s : scenarios.subList(1, scenarios.size())) {
            if (s.horizonYears() != first.horizonYears()) {
                out.add(l.t(
                        s.id() + " heeft een horizon van " + s.horizonYears() + " jaar, " + first.id() + " van "
                                + first.horizonYears() + ": de kopkansen meten over verschillende jaren",
                        s.id() + " has a horizon of " + s.horizonYears() + " years, " + first.id() + " of "
                                + first.horizonYears() + ": the headlines measure different years"));
            }
            if (s.startYear() != first.startYear()) {
                out.add(l.t(
                        s.id() + " begint in " + s.startYear() + ", " + first.id() + " in " + first.startYear(),
                        s.id() + " starts in " + s.startYear() + ", " + first.id() + " in " + first.startYear()));
            }
            if (s.subsidyYears() != first.subsidyYears()) {
                out.add(l.t(
                        s.id() + " heeft " + s.subsidyYears() + " subsidiejaren, " + first.id() + " "
                                + first.subsidyYears(),
                        s.id() + " has " + s.subsidyYears() + " subsidy years, " + first.id() + " "
                                + first.subsidyYears()));
            }
            if (s.iterations() != first.iterations() || s.seed() != first.seed()) {
                out.add(l.t(
                        s.id() + " noemt zelf " + l.integer(s.iterations()) + " trekkingen en seed " + s.seed()
                                + "; de vergelijking gebruikt die van " + first.id() + " (of --iterations en --seed)",
                        s.id() + " names " + l.integer(s.iterations()) + " iterations and seed " + s.seed()
                                + " itself; the comparison uses those of " + first.id()
                                + " (or --iterations and --seed)"));
            }
        }
        return out;
    }

    @Override
    public Integer call() throws IOException {
        List<Scenario> scenarios = new ArrayList<>();
        for (Path f : files) {
            scenarios.add(Scenarios.load(f));
        }
        RunSettings settings = options.settings(scenarios.get(0)).withTrace(RunSettings.Trace.OUTCOMES);
        Lang lang = options.language();
        CsvFormat csv = options.csvFormat();
        String ids = String.join(" ", scenarios.stream().map(Scenario::id).toList());
        var destination = new ReportFolder.Destination(
                out,
                files,
                new ReportFolder.Manifest(
                        "compare",
                        ids,
                        String.join(" ", files.stream().map(Path::toString).toList()),
                        settings.seed(),
                        settings.iterations(),
                        VersionProvider.version()));
        destination.check();
        List<SimulationResult> results = new ArrayList<>();
        try (ConsoleProgress progress = new ConsoleProgress()) {
            for (Scenario s : scenarios) {
                results.add(Simulation.run(s, settings, progress));
            }
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "type",
            "scenario_a",
            "scenario_b",
            "p_a",
            "p_b",
            "difference",
            "paired_se",
            "independent_se",
            "ci_low",
            "ci_high",
            "iterations",
            "seed",
            "final_reserve_p50",
            "euro_year"
        });
        PrintWriter o = spec.commandLine().getOut();
        String seedFrom = options.seed != null
                ? lang.t("--seed", "--seed")
                : lang.t("de seed van ", "the seed of ") + files.get(0);
        String iterationsFrom = options.iterations != null
                ? "--iterations"
                : lang.t("het aantal van ", "the number of ") + files.get(0);
        o.println(lang.t("Vergelijking met dezelfde trekkingen (", "Comparison with the same draws (")
                + lang.integer(settings.iterations())
                + lang.t(" trekkingen, seed ", " iterations, seed ") + settings.seed()
                + lang.t("; voor alle scenario's: ", "; for every scenario: ")
                + seedFrom + ", " + iterationsFrom + "):");
        for (String warning : differences(scenarios, lang)) {
            o.println(lang.t("  Let op: ", "  Note: ") + warning);
        }
        for (SimulationResult run : results) {
            SimulationResult r = real ? nl.ppsim.analysis.RealEuros.deflate(run) : run;
            var p = r.verduurzaamd();
            double[] ci = p.wilson95();
            rows.add(new String[] {
                "scenario",
                r.scenario().id(),
                "",
                csv.number(p.estimate()),
                "",
                "",
                csv.number(p.standardError()),
                "",
                csv.number(ci[0]),
                csv.number(ci[1]),
                Integer.toString(r.iterations()),
                Long.toString(r.seed()),
                csv.number(r.finalReserve().p50()),
                r.euroYear() == 0 ? "" : Integer.toString(r.euroYear())
            });
            o.printf(
                    "  %-24s %s (95%%: %s - %s)%s%n",
                    r.scenario().id(),
                    lang.percent(p.estimate()),
                    lang.percent(ci[0]),
                    lang.percent(ci[1]),
                    lang.t("; eindreserve mediaan ", "; final reserve median ")
                            + lang.euro(r.finalReserve().p50())
                            + (r.euroYear() == 0
                                    ? ""
                                    : lang.t(
                                            " (euro's van " + r.euroYear() + ")", " (euros of " + r.euroYear() + ")")));
        }
        List<PairedDifference> pairs = new ArrayList<>();
        for (int a = 0; a < results.size(); a++) {
            for (int b = a + 1; b < results.size(); b++) {
                PairedDifference d = PairedDifference.of(
                        results.get(a).trace().verduurzaamd(),
                        results.get(b).trace().verduurzaamd());
                pairs.add(d);
                rows.add(new String[] {
                    "pair",
                    results.get(a).scenario().id(),
                    results.get(b).scenario().id(),
                    csv.number(d.pA()),
                    csv.number(d.pB()),
                    csv.number(d.difference()),
                    csv.number(d.pairedSe()),
                    csv.number(d.independentSe()),
                    csv.number(d.ciLow()),
                    csv.number(d.ciHigh()),
                    Integer.toString(settings.iterations()),
                    Long.toString(settings.seed()),
                    "",
                    ""
                });
                o.printf(
                        "  %s - %s: %s %s%n",
                        results.get(a).scenario().id(),
                        results.get(b).scenario().id(),
                        lang.points(d.difference()),
                        lang.t(
                                "(gepaarde se " + lang.sePoints(d.pairedSe()) + "; onafhankelijk zou het "
                                        + lang.sePoints(d.independentSe()) + " zijn)",
                                "(paired se " + lang.sePoints(d.pairedSe()) + "; independent runs would give "
                                        + lang.sePoints(d.independentSe()) + ")"));
            }
        }
        ReportFolder.write(destination, dir -> {
            csv.write(dir.resolve("compare.csv"), rows);
            byte[] png = noCharts ? null : ChartWriter.write(Charts.comparison(results, lang), dir);
            nl.ppsim.report.CompareReport.write(results, pairs, png, lang, dir);
        });
        o.println(lang.t("Vergelijking: ", "Comparison: ") + out + "/compare.html");
        return ExitCodes.OK;
    }
}
