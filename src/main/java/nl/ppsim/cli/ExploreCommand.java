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

    @Parameters(paramLabel = "FILE", descriptionKey = "explore.file")
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
        String text = ScenarioReader.readText(file);
        Scenario scenario = new ScenarioReader().read(text, file.toString());
        Exploration e = ExplorationReader.read(text, file.toString(), scenario);
        if (e == null) {
            throw new UserException(
                    file + " heeft geen explore:-sectie; docs/explore.md laat zien hoe u keuzes opschrijft",
                    file + " has no explore: section; docs/explore.md shows how to write down the choices");
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
        List<String[]> rows = rows(r, e);
        PrintWriter o = spec.commandLine().getOut();
        o.println(nl.ppsim.report.ExploreReport.summary(r, scenario, l));
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
     * {@code explore.csv}: one row per candidate, with the included models joined by {@code +}, one
     * column per varied input named by its path, the estimate, its standard error, the draws, whether
     * it is in the best set and whether it is the chosen route (true for exactly one row); then
     * what the route asks of companies and of the subsidy (mean totals over the horizon, euro) and
     * whether it is on the trade-off's front ({@code pareto}).
     */
    List<String[]> rows(Explore.Result r, Exploration e) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("models"));
        e.vary().forEach(v -> header.add(v.path()));
        header.addAll(List.of(
                "estimate",
                "se",
                "draws",
                "in_best_set",
                "chosen",
                "company_contribution",
                "subsidy",
                "pareto",
                "feasible",
                "p_verduurzaamd",
                "outside"));
        rows.add(header.toArray(String[]::new));
        for (Explore.Evaluated x : r.candidates()) {
            List<String> row = new ArrayList<>();
            row.add(String.join("+", x.candidate().models()));
            for (Exploration.Vary v : e.vary()) {
                row.add(csv.number(x.candidate().values().get(v.path())));
            }
            row.add(csv.number(x.value()));
            row.add(csv.number(x.valueSe()));
            row.add(Integer.toString(r.draws()));
            row.add(Boolean.toString(x.inBestSet()));
            row.add(Boolean.toString(x.chosen()));
            row.add(csv.number(x.companies()));
            row.add(csv.number(x.subsidy()));
            row.add(Boolean.toString(x.pareto()));
            row.add(Boolean.toString(x.feasible()));
            row.add(csv.number(x.estimate().estimate()));
            row.add(x.limit() == null ? "" : x.limit());
            rows.add(row.toArray(String[]::new));
        }
        return rows;
    }
}
