package nl.ppsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.ppsim.analysis.Explore;
import nl.ppsim.io.ExplorationReader;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.report.CsvFormat;
import nl.ppsim.report.Lang;
import nl.ppsim.report.ReportFolder;
import nl.ppsim.scenario.Exploration;
import nl.ppsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ppsim explore FILE}: which routes (combinations of business models, values of inputs) make
 * the PPS verduurzaamd, from the scenario's {@code explore:} section (docs/explore.md). Every
 * candidate is evaluated with common random numbers and a route is chosen with a statement of how
 * sure that is ({@link Explore}); {@code explore.csv} holds every candidate.
 */
@Command(name = "explore", mixinStandardHelpOptions = true)
final class ExploreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|FOLDER", descriptionKey = "explore.file")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "explore.out")
    Path out;

    @Option(names = "--no-charts", descriptionKey = "explore.no-charts")
    boolean noCharts;

    /** --iterations (the first round's draws), --seed, --threads, --lang, --csv as every simulating command has them. */
    @Mixin
    RunOptions options = new RunOptions();

    private CsvFormat csv;

    @Override
    public Integer call() throws IOException {
        Lang l = options.language();
        csv = options.csvFormat();
        if (java.nio.file.Files.isDirectory(file)) {
            return portfolio(l);
        }
        String text = ScenarioReader.readText(file);
        Scenario scenario = new ScenarioReader().read(text, file.toString());
        Exploration e = ExplorationReader.read(text, file.toString(), scenario);
        if (e == null) {
            throw new UserException(
                    file
                            + " heeft geen explore:-sectie; docs/explore.md laat zien hoe u keuzes opschrijft, scenarios/voorbeeld-routes.yaml is een voorbeeld",
                    file
                            + " has no explore: section; docs/explore.md shows how to write down the choices, scenarios/voorbeeld-routes.yaml is an example");
        }
        nl.ppsim.engine.settings.RunSettings settings = options.settings(scenario);
        if (settings.sampling() != nl.ppsim.engine.settings.RunSettings.Sampling.MC) {
            throw new UserException(
                    "explore rekent met gewone trekkingen (de gepaarde standaardfouten van de keuze gaan daarvan uit);"
                            + " laat --sampling weg",
                    "explore uses plain draws (the choice's paired standard errors assume them); leave out --sampling");
        }
        Path dir = out != null ? out : Path.of("reports", scenario.id() + "-explore");
        var destination = new ReportFolder.Destination(
                dir,
                List.of(file),
                new ReportFolder.Manifest(
                        "explore",
                        scenario.id(),
                        file.toString(),
                        settings.seed(),
                        settings.iterations(),
                        VersionProvider.version()));
        destination.check();
        // the chosen route's own report goes beside it: checked before any work, as the explore folder
        Path routeDir = dir.resolveSibling(dir.getFileName() + "-route");
        var routeDestination = new ReportFolder.Destination(
                routeDir,
                List.of(file),
                new ReportFolder.Manifest(
                        "explore-route",
                        scenario.id(),
                        file.toString(),
                        settings.seed(),
                        settings.iterations(),
                        VersionProvider.version()));
        routeDestination.check();
        Explore.Result r = Explore.explore(
                scenario,
                e,
                settings.iterations(),
                settings.seed(),
                settings.threads(),
                nl.ppsim.check.RouteRules.of(e));
        List<String[]> rows = nl.ppsim.report.ExploreReport.csvRows(r, e, csv);
        PrintWriter o = spec.commandLine().getOut();
        o.println(nl.ppsim.report.ExploreReport.summary(r, e, scenario, l));
        String routeYaml = routeYaml(text, scenario, e, r.best().candidate());
        ReportFolder.write(destination, d -> {
            csv.write(d.resolve("explore.csv"), rows);
            nl.ppsim.report.ExploreReport.write(
                    r, e, scenario, l, d, !noCharts, routeYaml, "../" + routeDir.getFileName() + "/report.html");
        });
        // the chosen route as its own scenario, run at the last round's draws: its headline is the chosen estimate
        Scenario route = new ScenarioReader().read(routeYaml, file + l.t(" (gekozen route)", " (chosen route)"));
        nl.ppsim.engine.result.SimulationResult routeRun = nl.ppsim.engine.Simulation.run(
                route, new nl.ppsim.engine.settings.RunSettings(r.draws(), settings.seed(), settings.threads()));
        nl.ppsim.report.Report.write(routeRun, routeDestination, new nl.ppsim.report.Report.Options(l, csv, !noCharts));
        o.println(l.t("Alle kandidaten: ", "Every candidate: ") + dir.resolve("explore.csv") + ", "
                + dir.resolve("explore.html"));
        o.println(l.t("Rapport van de gekozen route: ", "Report of the chosen route: ")
                + routeDir.resolve(noCharts ? "summary.csv" : "report.html"));
        return ExitCodes.OK;
    }

    /** The scenario of a route: its values written in, the models it leaves out removed, no explore: section. */
    static String routeYaml(String text, Scenario scenario, Exploration e, Explore.Candidate c) {
        java.util.Set<Integer> drop = new java.util.TreeSet<>();
        for (int i = 0; i < scenario.businessModels().size(); i++) {
            String name = scenario.businessModels().get(i).name();
            if (e.models().contains(name) && !c.models().contains(name)) {
                drop.add(i);
            }
        }
        return nl.ppsim.web.YamlRewrite.route(text, c.values(), drop);
    }

    /**
     * {@code ppsim explore FOLDER}: every plan in the folder explored, one after the other, each
     * with all threads; the same answers as {@code nl.ppsim.spark.PortfolioJob} on a cluster.
     */
    private int portfolio(Lang l) throws IOException {
        List<nl.ppsim.portfolio.Portfolio.Plan> plans = nl.ppsim.portfolio.Portfolio.read(file);
        nl.ppsim.portfolio.Portfolio.check(plans);
        var settings = new nl.ppsim.portfolio.Portfolio.Settings(
                options.iterations == null ? 0 : options.iterations,
                options.seed,
                options.threads == null ? nl.ppsim.engine.settings.RunSettings.defaultThreads() : options.threads);
        var destination =
                nl.ppsim.portfolio.Portfolio.destination(file, out, plans, settings, VersionProvider.version());
        long start = System.nanoTime();
        List<nl.ppsim.portfolio.Portfolio.Explored> answers = new ArrayList<>();
        PrintWriter o = spec.commandLine().getOut();
        for (nl.ppsim.portfolio.Portfolio.Plan p : plans) {
            nl.ppsim.portfolio.Portfolio.Explored a = nl.ppsim.portfolio.Portfolio.explore(p, settings);
            answers.add(a);
            o.println(p.id() + ": "
                    + (a.result() == null
                            ? nl.ppsim.io.ProblemText.message(a.problem(), l == Lang.EN)
                            : nl.ppsim.report.ExploreReport.summary(a.result(), p.exploration(), p.scenario(), l)
                                    .lines()
                                    .findFirst()
                                    .orElse("")));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ReportFolder.write(destination, d -> nl.ppsim.portfolio.Portfolio.write(plans, answers, l, csv, d, !noCharts));
        o.println(nl.ppsim.portfolio.Portfolio.done(answers, seconds, destination.folder(), l));
        return answers.stream().anyMatch(a -> a.result() == null) ? ExitCodes.INVALID : ExitCodes.OK;
    }
}
