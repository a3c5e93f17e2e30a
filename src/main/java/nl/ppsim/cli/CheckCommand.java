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
import nl.ppsim.analysis.Tornado;
import nl.ppsim.check.Check;
import nl.ppsim.check.PlanReview;
import nl.ppsim.check.Round;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.io.SchemeReader;
import nl.ppsim.report.CheckText;
import nl.ppsim.report.ConsoleSummary;
import nl.ppsim.report.Lang;
import nl.ppsim.report.Report;
import nl.ppsim.report.ReportFolder;
import nl.ppsim.report.ReviewReport;
import nl.ppsim.report.RoundReport;
import nl.ppsim.scenario.InvalidScenarioException;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.scenario.SubsidyScheme;
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

    @Option(names = "--scheme", paramLabel = "NAAM", descriptionKey = "check.scheme")
    String schemeName;

    @Option(names = "--variant", paramLabel = "NAAM", descriptionKey = "variant")
    String variant;

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
            throw new UserException(
                    "--threshold is een kans tussen 0 en 1, kreeg " + threshold,
                    "--threshold is a probability between 0 and 1, got " + threshold);
        }
        if (budget != null && !(budget >= 0 && budget <= 1e12)) {
            throw new UserException(
                    "--budget is een bedrag in euro van 0 tot 1e12, kreeg " + budget,
                    "--budget is an amount in euro from 0 to 1e12, got " + budget);
        }
        if (files.size() == 1 && !Files.isDirectory(files.get(0))) {
            if (budget != null) {
                throw new UserException(
                        "--budget hoort bij een ronde: geef meer plannen of een map met plannen",
                        "--budget belongs to a round: give several plans or a folder of plans");
            }
            return single(files.get(0), roundScheme());
        }
        return round();
    }

    /**
     * A plan to check: a subsidy without a scheme cannot be held against any rules, which is an
     * input error (a plan without a subsidy is checked on its verduurzaming alone).
     */
    private static Scenario plan(Path file, SubsidyScheme given) {
        Scenario scenario = Scenarios.load(file);
        if (given != null && scenario.scheme() == null && scenario.subsidyPerYear() != null) {
            scenario = scenario.withScheme(given);
        } else if (given != null && !scenario.scheme().id().equals(given.id())) {
            throw new UserException(
                    file + ": het plan noemt regeling " + scenario.scheme().id() + ", niet " + given.id()
                            + " (--scheme)",
                    file + ": the plan names scheme " + scenario.scheme().id() + ", not " + given.id() + " (--scheme)");
        }
        if (!scenario.benchmark() && scenario.subsidyPerYear() != null && scenario.scheme() == null) {
            throw new UserException(
                    file + ": het plan vraagt subsidie maar noemt geen regeling (subsidy.scheme); geef de regeling"
                            + " waaronder het wordt aangevraagd, een van: "
                            + String.join(", ", nl.ppsim.io.SchemeReader.names())
                            + " (ppsim schemes), of 'scheme: custom' met eigen regels",
                    file + ": the plan asks for a subsidy but names no"
                            + " scheme (subsidy.scheme); give the scheme it applies under, one of: "
                            + String.join(", ", nl.ppsim.io.SchemeReader.names())
                            + " (ppsim schemes), or 'scheme: custom' with your own rules");
        }
        return scenario;
    }

    private int single(Path file, SubsidyScheme given) throws IOException {
        report.prepareCharts();
        Scenario scenario = plan(file, given);
        nl.ppsim.engine.CompiledScenario compiled = options.compile(scenario);
        RunSettings settings = compiled.settings();
        Lang lang = options.language();
        var destination = report.destination("check", scenario, file, settings);
        SimulationResult result;
        try (ConsoleProgress progress = new ConsoleProgress()) {
            result = compiled.run(progress);
        }
        List<nl.ppsim.dist.Input> inputs = compiled.uncertain();
        var csv = options.csvFormat();
        // the tornado and the review are made while the report renders its charts
        List<Check> checks = new ArrayList<>();
        Report.write(report.shown(result), destination, new Report.Options(lang, csv, !report.noCharts), () -> {
            Tornado.Result tornado = Tornado.run(
                    compiled,
                    settings.withIterations(tornadoOptions.iterations(settings.iterations())),
                    nl.ppsim.engine.settings.ProgressListener.NONE);
            checks.addAll(PlanReview.review(result, tornado, new PlanReview.Options(threshold)));
            return new Report.Extras(
                            List.of(ReviewReport.section(checks, scenario, inputs, tornado, lang)),
                            dir -> ReviewReport.writeCsv(checks, scenario, inputs, tornado, dir, csv, lang))
                    .withChecks(checks);
        });
        PrintWriter o = spec.commandLine().getOut();
        o.print(ConsoleSummary.text(report.shown(result), lang));
        o.println();
        for (Check c : checks) {
            String norm = CheckText.norm(c, lang);
            o.printf(
                    "[%s] %s: %s%s%n",
                    CheckText.verdict(c.verdict(), lang),
                    CheckText.title(c, lang),
                    CheckText.value(c, scenario, lang),
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
                    s.filter(f -> Files.isRegularFile(f)
                                    && (f.toString().endsWith(".yaml")
                                            || f.toString().endsWith(".yml")
                                            || f.toString().endsWith(".xlsx")))
                            .sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        if (out.isEmpty()) {
            throw new UserException(
                    "geen plannen gevonden in " + files + " (een ronde leest de .yaml- en .xlsx-bestanden van een map)",
                    "no plans found in " + files + " (a round reads the .yaml and .xlsx files of a folder)");
        }
        return out;
    }

    private int round() throws IOException {
        Lang lang = options.language();
        List<Path> plans = plans();
        SubsidyScheme given = roundScheme();
        Path folder = report.out != null ? report.out : Path.of("reports", "ronde");
        var destination = new ReportFolder.Destination(
                folder,
                plans,
                new ReportFolder.Manifest(
                        "check-round",
                        "round",
                        plans.get(0).toString(),
                        options.seed == null ? 0 : options.seed,
                        0,
                        VersionProvider.version()));
        destination.check();
        PrintWriter o = spec.commandLine().getOut();
        // read every plan first: which schemes the round holds decides how it is ranked
        Map<String, Scenario> loaded = new LinkedHashMap<>();
        Map<String, String> broken = new LinkedHashMap<>();
        for (Path file : plans) {
            String name = file.toString();
            try {
                Scenario scenario = Scenarios.load(file);
                if (scenario.benchmark()) {
                    o.println(name + ": "
                            + lang.t(
                                    "overgeslagen: geen aanvraag (kind: benchmark)",
                                    "skipped: not an application (kind: benchmark)"));
                    continue;
                }
                loaded.put(name, scenario);
            } catch (InvalidScenarioException | UserException e) {
                broken.put(
                        name,
                        e instanceof InvalidScenarioException x
                                ? nl.ppsim.io.ProblemText.message(x, lang == Lang.EN)
                                : ((UserException) e).message(lang));
            }
        }
        java.util.Set<String> named = new java.util.TreeSet<>();
        loaded.values().stream()
                .filter(sc -> sc.scheme() != null)
                .forEach(sc -> named.add(sc.scheme().id()));
        if (given == null && named.size() > 1 && budget != null) {
            throw new UserException(
                    "de plannen vallen onder verschillende regelingen (" + String.join(", ", named)
                            + "); een budget hoort"
                            + " bij één regeling: geef --scheme NAAM voor de ronde van die regeling, of laat --budget weg om per regeling te"
                            + " rangschikken tegen haar eigen subsidieplafond",
                    "the plans fall under different schemes (" + String.join(", ", named)
                            + "); a budget belongs to one scheme: give --scheme NAME for the round of that scheme, or leave out --budget to rank"
                            + " per scheme against its own ceiling");
        }
        // the scheme a plan that names none is judged against: the one given, else the one every other plan names
        SubsidyScheme forUnnamed = given != null
                ? given
                : named.size() == 1 && !named.contains("custom")
                        ? SchemeReader.shipped(named.iterator().next())
                        : null;
        List<Round.Entry> entries = new ArrayList<>();
        List<String> otherScheme = new ArrayList<>();
        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        for (Path file : plans) {
            String name = file.toString();
            if (broken.containsKey(name)) {
                entries.add(
                        new Round.Entry(name, null, null, null, null, Double.NaN, null, null, null, broken.get(name)));
                o.println(name + ": " + lang.t("niet te beoordelen: ", "cannot be judged: ") + broken.get(name));
                continue;
            }
            Scenario scenario = loaded.get(name);
            if (scenario == null) {
                continue;
            }
            if (given != null
                    && scenario.scheme() != null
                    && !scenario.scheme().id().equals(given.id())) {
                otherScheme.add(name + " (" + scenario.scheme().id() + ")");
                o.println(name + ": "
                        + lang.t(
                                "overgeslagen: valt onder " + scenario.scheme().id() + ", de ronde is voor "
                                        + given.id(),
                                "skipped: falls under " + scenario.scheme().id() + ", the round is for " + given.id()));
                continue;
            }
            if (scenario.scheme() == null && forUnnamed != null && scenario.subsidyPerYear() != null) {
                scenario = scenario.withScheme(forUnnamed);
                o.println(name + ": "
                        + lang.t(
                                "noemt geen regeling; beoordeeld tegen die van de ronde, " + forUnnamed.id(),
                                "names no scheme; judged against the round's, " + forUnnamed.id()));
            }
            try {
                if (scenario.subsidyPerYear() != null && scenario.scheme() == null) {
                    throw named.isEmpty()
                            ? new UserException(
                                    "het plan vraagt subsidie maar noemt geen regeling, en geen plan van de ronde"
                                            + " noemt er een: geef --scheme NAAM (ppsim schemes toont ze)",
                                    "the plan asks for a subsidy but names no scheme, and no plan of the round"
                                            + " names one: give --scheme NAME (ppsim schemes lists them)")
                            : new UserException(
                                    "het plan vraagt subsidie maar noemt geen regeling, en de ronde mengt regelingen ("
                                            + String.join(", ", named) + "): geef --scheme NAAM",
                                    "the plan asks for a subsidy but names no scheme, and the round mixes schemes ("
                                            + String.join(", ", named) + "): give --scheme NAME");
                }
                RunSettings settings = options.settings(scenario);
                Round.Entry judged = Round.judge(
                        name,
                        scenario,
                        settings,
                        tornadoOptions.iterations(settings.iterations()),
                        new PlanReview.Options(threshold));
                entries.add(judged);
                scenarios.put(name, scenario);
                o.println(scenario.id() + ": " + ReviewReport.conclusion(judged.checks(), lang));
            } catch (InvalidScenarioException | UserException e) {
                String message = e instanceof InvalidScenarioException x
                        ? nl.ppsim.io.ProblemText.message(x, lang == Lang.EN)
                        : ((UserException) e).message(lang);
                entries.add(new Round.Entry(name, null, null, null, null, Double.NaN, null, null, null, message));
                o.println(name + ": " + lang.t("niet te beoordelen: ", "cannot be judged: ") + message);
            }
        }
        if (entries.stream().noneMatch(Round.Entry::judged)) {
            throw new UserException(
                    "geen enkel plan van de ronde kon beoordeeld worden; zie de meldingen hierboven",
                    "no plan of the round could be judged; see the messages above");
        }
        List<Round.Ranking> rankings = rankings(entries, scenarios);
        var csv = options.csvFormat();
        ReportFolder.write(destination, dir -> RoundReport.write(rankings, otherScheme, scenarios, dir, csv, lang));
        for (Round.Ranking ranking : rankings) {
            o.println();
            o.println(lang.t("Rangorde", "Ranking")
                    + (ranking.scheme() == null
                            ? lang.t(" (niet te beoordelen)", " (could not be judged)")
                            : ranking.scheme().isEmpty()
                                    ? lang.t(" zonder regeling", " without a scheme")
                                    : " " + ranking.scheme())
                    + (Double.isNaN(ranking.budget())
                            ? ""
                            : lang.t(" (budget ", " (budget ") + lang.euro(ranking.budget()) + ")")
                    + ":");
            for (Round.Ranked r : ranking.ranked()) {
                Round.Entry e = r.entry();
                o.printf(
                        "  %2d. %s: %s%n",
                        r.rank(),
                        e.judged() ? e.id() : e.file(),
                        !e.judged()
                                ? lang.t("niet te beoordelen", "cannot be judged")
                                : lang.euro(e.subsidy()) + ", "
                                        + lang.percent(e.headline().estimate()) + ", "
                                        + e.count(nl.ppsim.check.Verdict.FAIL) + lang.t(" voldoet niet", " fail") + ", "
                                        + (r.withinBudget()
                                                ? lang.t("binnen budget", "within budget")
                                                : lang.t("buiten budget", "outside the budget")));
            }
        }
        o.println(lang.t("Overzicht: ", "Overview: ") + folder.resolve("round.html"));
        boolean anyBad = entries.stream().anyMatch(e -> !e.judged() || e.count(nl.ppsim.check.Verdict.FAIL) > 0);
        return anyBad ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }

    /** The scheme of {@code --scheme} (and {@code --variant}), or null. */
    private SubsidyScheme roundScheme() {
        if (schemeName == null) {
            if (variant != null) {
                throw new UserException("--variant hoort bij --scheme", "--variant belongs with --scheme");
            }
            return null;
        }
        String id = SchemeReader.resolve(schemeName);
        if (id == null) {
            throw new UserException(
                    "onbekende regeling '" + schemeName + "' (--scheme); geldig: "
                            + String.join(", ", SchemeReader.names()),
                    "unknown scheme '" + schemeName + "' (--scheme); valid: "
                            + String.join(", ", SchemeReader.names()));
        }
        if (variant != null && !SchemeReader.variants(id).contains(variant)) {
            String valid = SchemeReader.variants(id).isEmpty() ? "geen" : String.join(", ", SchemeReader.variants(id));
            throw new UserException(
                    "regeling " + id + " kent geen variant '" + variant + "'; geldig: " + valid,
                    "scheme " + id + " has no variant '" + variant + "'; valid: " + valid.replace("geen", "none"));
        }
        return SchemeReader.shipped(id, variant);
    }

    /**
     * The round ranked per scheme: one ranking for each scheme the judged plans fall under, each
     * against {@code --budget} (only allowed for a round of one scheme) or its scheme's ceiling.
     * Plans that could not be judged join the only ranking, or form their own after several.
     */
    private List<Round.Ranking> rankings(List<Round.Entry> entries, Map<String, Scenario> scenarios) {
        Map<String, List<Round.Entry>> byScheme = new java.util.TreeMap<>();
        List<Round.Entry> unjudged = new ArrayList<>();
        for (Round.Entry e : entries) {
            if (e.judged()) {
                byScheme.computeIfAbsent(e.scheme() == null ? "" : e.scheme(), k -> new ArrayList<>())
                        .add(e);
            } else {
                unjudged.add(e);
            }
        }
        if (byScheme.size() == 1) {
            byScheme.values().iterator().next().addAll(unjudged);
            unjudged.clear();
        }
        List<Round.Ranking> out = new ArrayList<>();
        for (Map.Entry<String, List<Round.Entry>> group : byScheme.entrySet()) {
            List<Scenario> of = group.getValue().stream()
                    .filter(Round.Entry::judged)
                    .map(e -> scenarios.get(e.file()))
                    .toList();
            double limit = budget != null ? budget : commonRoundBudget(of);
            SubsidyScheme scheme = of.get(0).scheme();
            out.add(new Round.Ranking(
                    group.getKey(),
                    limit,
                    scheme == null ? nl.ppsim.scenario.Wording.NONE : scheme.assessment(),
                    Round.rank(group.getValue(), limit)));
        }
        if (!unjudged.isEmpty()) {
            out.add(new Round.Ranking(
                    null, Double.NaN, nl.ppsim.scenario.Wording.NONE, Round.rank(unjudged, Double.NaN)));
        }
        return out;
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
