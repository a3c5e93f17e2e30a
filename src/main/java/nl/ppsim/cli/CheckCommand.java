package nl.ppsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.ppsim.check.Check;
import nl.ppsim.check.PlanReview;
import nl.ppsim.check.Round;
import nl.ppsim.engine.RunSettings;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.SimulationResult;
import nl.ppsim.analysis.Tornado;
import nl.ppsim.report.CheckText;
import nl.ppsim.report.ConsoleSummary;
import nl.ppsim.report.Lang;
import nl.ppsim.report.Report;
import nl.ppsim.report.ReportFolder;
import nl.ppsim.report.ReviewReport;
import nl.ppsim.report.RoundReport;
import nl.ppsim.scenario.InvalidScenarioException;
import nl.ppsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A reviewer's check of a plan (scheme rules, credibility of its verduurzaming, plausibility,
 * assumption register), or of a whole round of plans at once: ranked, against a budget.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PLAN", arity = "1..*", descriptionKey = "check.plans")
    List<Path> files;

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.5", descriptionKey = "threshold")
    double threshold;

    @Option(names = "--budget", paramLabel = "EUR", descriptionKey = "budget")
    Double budget;

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
            throw new UserException("--threshold is een kans tussen 0 en 1, kreeg " + threshold,
                    "--threshold is a probability between 0 and 1, got " + threshold);
        }
        if (budget != null && !(budget >= 0 && budget <= 1e12)) {
            throw new UserException("--budget is een bedrag in euro van 0 tot 1e12, kreeg " + budget,
                    "--budget is an amount in euro from 0 to 1e12, got " + budget);
        }
        if (files.size() == 1 && !Files.isDirectory(files.get(0))) {
            if (budget != null) {
                throw new UserException("--budget hoort bij een ronde: geef meer plannen of een map met plannen",
                        "--budget belongs to a round: give several plans or a folder of plans");
            }
            return single(files.get(0));
        }
        return round();
    }

    /**
     * A plan to check: a subsidy without a scheme cannot be held against any rules, which is an
     * input error (a plan without a subsidy is checked on its verduurzaming alone).
     */
    private static Scenario plan(Path file) {
        Scenario scenario = Scenarios.load(file);
        if (!scenario.benchmark() && scenario.subsidyPerYear() != null && scenario.scheme() == null) {
            throw new UserException(file + ": het plan vraagt subsidie maar noemt geen regeling (subsidy.scheme); geef de regeling"
                    + " waaronder het wordt aangevraagd, een van: " + String.join(", ", nl.ppsim.scenario.SchemeReader.names())
                    + " (ppsim schemes), of 'scheme: custom' met eigen regels", file + ": the plan asks for a subsidy but names no"
                    + " scheme (subsidy.scheme); give the scheme it applies under, one of: "
                    + String.join(", ", nl.ppsim.scenario.SchemeReader.names()) + " (ppsim schemes), or 'scheme: custom' with your own rules");
        }
        return scenario;
    }

    private int single(Path file) throws IOException {
        report.prepareCharts();
        Scenario scenario = plan(file);
        RunSettings settings = options.settings(scenario);
        Lang lang = options.language();
        var destination = report.destination("check", scenario, file, settings);
        SimulationResult result;
        try (ConsoleProgress progress = new ConsoleProgress()) {
            result = Simulation.run(scenario, settings, progress);
        }
        List<nl.ppsim.dist.Input> inputs = nl.ppsim.engine.Inputs.uncertain(scenario);
        var csv = options.csvFormat();
        // the tornado and the review are made while the report renders its charts
        List<Check> checks = new ArrayList<>();
        Report.write(report.shown(result), destination, new Report.Options(lang, csv, !report.noCharts), () -> {
            Tornado.Result tornado = Tornado.run(scenario, settings.withIterations(tornadoOptions.iterations(settings.iterations())),
                    nl.ppsim.engine.ProgressListener.NONE);
            checks.addAll(PlanReview.review(result, tornado, new PlanReview.Options(threshold)));
            return new Report.Extras(List.of(ReviewReport.section(checks, scenario, inputs, tornado, lang)),
                    dir -> ReviewReport.writeCsv(checks, scenario, inputs, tornado, dir, csv, lang)).withChecks(checks);
        });
        PrintWriter o = spec.commandLine().getOut();
        o.print(ConsoleSummary.text(report.shown(result), lang));
        o.println();
        for (Check c : checks) {
            String norm = CheckText.norm(c, lang);
            o.printf("[%s] %s: %s%s%n", CheckText.verdict(c.verdict(), lang), c.rule(), CheckText.value(c, scenario, lang),
                    norm.isEmpty() ? "" : " (norm " + norm + ")");
            o.println("    " + CheckText.explanation(c, scenario, lang));
        }
        o.println();
        o.println(ReviewReport.conclusion(checks, lang));
        o.println(lang.t("Rapport: ", "Report: ") + report.where(scenario));
        return PlanReview.anyFail(checks) ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }

    /** The plans of a round: the files given, and the YAML files of each folder given (sorted by name). */
    private List<Path> plans() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : files) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> Files.isRegularFile(f) && (f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")
                                    || f.toString().endsWith(".xlsx")))
                            .sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        if (out.isEmpty()) {
            throw new UserException("geen plannen gevonden in " + files + " (een ronde leest de .yaml- en .xlsx-bestanden van een map)",
                    "no plans found in " + files + " (a round reads the .yaml and .xlsx files of a folder)");
        }
        return out;
    }

    private int round() throws IOException {
        Lang lang = options.language();
        List<Path> plans = plans();
        Path folder = report.out != null ? report.out : Path.of("reports", "ronde");
        var destination = new ReportFolder.Destination(folder, plans, new ReportFolder.Manifest("check-round", "round",
                plans.get(0).toString(), options.seed == null ? 0 : options.seed, 0, VersionProvider.version()));
        destination.check();
        PrintWriter o = spec.commandLine().getOut();
        List<Round.Entry> entries = new ArrayList<>();
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        for (Path file : plans) {
            String name = file.toString();
            try {
                Scenario scenario = plan(file);
                if (scenario.benchmark()) {
                    o.println(name + ": " + lang.t("overgeslagen: geen aanvraag (kind: benchmark)", "skipped: not an application (kind: benchmark)"));
                    continue;
                }
                RunSettings settings = options.settings(scenario);
                        SimulationResult result = Simulation.run(scenario, settings);
                Tornado.Result tornado = Tornado.run(scenario, settings.withIterations(tornadoOptions.iterations(settings.iterations())),
                        nl.ppsim.engine.ProgressListener.NONE);
                List<Check> checks = PlanReview.review(result, tornado, new PlanReview.Options(threshold));
                double subsidy = scenario.subsidyPerYear() == null ? 0 : scenario.subsidyPerYear().distribution().planned() * scenario.subsidyYears();
                String risk = tornado.bars().isEmpty() ? null : tornado.bars().get(0).input().path();
                entries.add(new Round.Entry(name, scenario.id(), scenario.title(), scenario.scheme() == null ? null : scenario.scheme().id(),
                        scenario.scheme() == null ? null : scenario.scheme().variant(), subsidy, checks, result.verduurzaamd(), risk, null));
                scenarios.put(name, scenario);
                o.println(scenario.id() + ": " + ReviewReport.conclusion(checks, lang));
            } catch (InvalidScenarioException | UserException e) {
                String message = e instanceof InvalidScenarioException x ? x.message(lang == Lang.EN) : ((UserException) e).message(lang);
                entries.add(new Round.Entry(name, null, null, null, null, Double.NaN, null, null, null, message));
                o.println(name + ": " + lang.t("niet te beoordelen: ", "cannot be judged: ") + message);
            }
        }
        if (entries.stream().noneMatch(Round.Entry::judged)) {
            throw new UserException("geen enkel plan van de ronde kon beoordeeld worden; zie de meldingen hierboven",
                    "no plan of the round could be judged; see the messages above");
        }
        double limit = budget != null ? budget : commonRoundBudget(scenarios.values());
        List<Round.Ranked> ranked = Round.rank(entries, limit);
        var csv = options.csvFormat();
        ReportFolder.write(destination, dir -> RoundReport.write(ranked, limit, scenarios, dir, csv, lang));
        o.println();
        o.println(lang.t("Rangorde", "Ranking") + (Double.isNaN(limit) ? "" : lang.t(" (budget ", " (budget ") + lang.euro(limit) + ")") + ":");
        for (Round.Ranked r : ranked) {
            Round.Entry e = r.entry();
            o.printf("  %2d. %s: %s%n", r.rank(), e.judged() ? e.id() : e.file(), !e.judged() ? lang.t("niet te beoordelen", "cannot be judged")
                    : lang.euro(e.subsidy()) + ", " + lang.percent(e.headline().estimate()) + ", "
                    + e.count(nl.ppsim.check.Verdict.FAIL) + lang.t(" voldoet niet", " fail") + ", "
                    + (r.withinBudget() ? lang.t("binnen budget", "within budget") : lang.t("buiten budget", "outside the budget")));
        }
        o.println(lang.t("Overzicht: ", "Overview: ") + folder.resolve("round.html"));
        boolean anyBad = entries.stream().anyMatch(e -> !e.judged() || e.count(nl.ppsim.check.Verdict.FAIL) > 0);
        return anyBad ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }

    /** The round budget of the scheme every judged plan follows (same scheme and variant), else NaN. */
    private static double commonRoundBudget(java.util.Collection<Scenario> scenarios) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        double value = Double.NaN;
        for (Scenario s : scenarios) {
            ids.add(s.scheme() == null ? "" : s.scheme().id());
            value = s.scheme() == null ? Double.NaN : s.scheme().roundBudget().value();
        }
        return ids.size() == 1 ? value : Double.NaN;
    }
}
