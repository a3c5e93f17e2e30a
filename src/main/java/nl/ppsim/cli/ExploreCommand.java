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

    @Option(names = "--threads", paramLabel = "N", descriptionKey = "threads")
    Integer threads;

    @Mixin
    LangOption language;

    @Option(
            names = "--csv",
            paramLabel = "rfc4180|excel-nl",
            defaultValue = "rfc4180",
            descriptionKey = "csv",
            converter = Choices.CsvConverter.class,
            completionCandidates = Choices.CsvValues.class)
    CsvFormat csv;

    @Override
    public Integer call() throws IOException {
        Lang l = language.lang;
        String text = ScenarioReader.readText(file);
        Scenario scenario = new ScenarioReader().read(text, file.toString());
        Exploration e = ExplorationReader.read(text, file.toString(), scenario);
        if (e == null) {
            throw new UserException(
                    file + " heeft geen explore:-sectie; docs/explore.md laat zien hoe u keuzes opschrijft",
                    file + " has no explore: section; docs/explore.md shows how to write down the choices");
        }
        if (threads != null && threads < 1) {
            throw new UserException("--threads is ten minste 1", "--threads is at least 1");
        }
        Path dir = out != null ? out : Path.of("reports", scenario.id() + "-explore");
        var destination = new ReportFolder.Destination(
                dir,
                List.of(file),
                new ReportFolder.Manifest(
                        "explore",
                        scenario.id(),
                        file.toString(),
                        scenario.seed(),
                        scenario.iterations(),
                        VersionProvider.version()));
        destination.check();
        int t = threads != null ? threads : nl.ppsim.engine.settings.RunSettings.defaultThreads();
        Explore.Result r = Explore.explore(scenario, e, t);
        List<String[]> rows = rows(r, e);
        PrintWriter o = spec.commandLine().getOut();
        o.println(summary(r, e, l));
        ReportFolder.write(destination, d -> csv.write(d.resolve("explore.csv"), rows));
        o.println(l.t("Alle kandidaten: ", "Every candidate: ") + dir.resolve("explore.csv"));
        return ExitCodes.OK;
    }

    /**
     * {@code explore.csv}: one row per candidate, with the included models joined by {@code +}, one
     * column per varied input named by its path, the estimate, its standard error, the draws, whether
     * it is in the best set and whether it is the chosen route (true for exactly one row).
     */
    List<String[]> rows(Explore.Result r, Exploration e) {
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("models"));
        e.vary().forEach(v -> header.add(v.path()));
        header.addAll(List.of("estimate", "se", "draws", "in_best_set", "chosen"));
        rows.add(header.toArray(String[]::new));
        for (Explore.Evaluated x : r.candidates()) {
            List<String> row = new ArrayList<>();
            row.add(String.join("+", x.candidate().models()));
            for (Exploration.Vary v : e.vary()) {
                row.add(csv.number(x.candidate().values().get(v.path())));
            }
            row.add(csv.number(x.estimate().estimate()));
            row.add(csv.number(x.estimate().standardError()));
            row.add(Integer.toString(r.draws()));
            row.add(Boolean.toString(x.inBestSet()));
            row.add(Boolean.toString(x.chosen()));
            rows.add(row.toArray(String[]::new));
        }
        return rows;
    }

    /** The answer as a penvoerder reads it: the chosen route, how sure, and what is as good. */
    static String summary(Explore.Result r, Exploration e, Lang l) {
        StringBuilder sb = new StringBuilder();
        Explore.Evaluated best = r.best();
        sb.append(l.t("Gekozen route: ", "Chosen route: "))
                .append(route(best.candidate(), l))
                .append(l.t(": kans op verduurzaming ", ": probability of sustainability "))
                .append(l.percent(best.estimate().estimate()))
                .append(" (95%: ")
                .append(l.percent(best.estimate().wilson95()[0]))
                .append(" - ")
                .append(l.percent(best.estimate().wilson95()[1]))
                .append(")\n");
        sb.append(l.t(
                        r.candidates().size() + " kandidaten, elk met dezelfde " + l.integer(r.draws())
                                + " doorrekeningen",
                        r.candidates().size() + " candidates, each with the same " + l.integer(r.draws()) + " draws"))
                .append('\n');
        if (r.guaranteed()) {
            sb.append(l.t(
                    "De gekozen route ligt binnen " + zone(r.delta(), l)
                            + " van de beste onderzochte kandidaat, met een" + " kans van ten minste "
                            + l.percent(1 - r.alpha()) + ".",
                    "The chosen route is within " + zone(r.delta(), l) + " of the best candidate examined, with"
                            + " probability at least " + l.percent(1 - r.alpha()) + "."));
        } else {
            sb.append(l.t(
                    "Met " + l.integer(r.draws()) + " doorrekeningen (het maximum) is niet zeker dat de gekozen route"
                            + " binnen " + zone(r.delta(), l) + " van de beste ligt; de routes hieronder zijn niet"
                            + " van haar te onderscheiden.",
                    "With " + l.integer(r.draws()) + " draws (the maximum) it is not certain that the chosen route is"
                            + " within " + zone(r.delta(), l) + " of the best; the routes below cannot be told apart"
                            + " from it."));
        }
        sb.append('\n');
        long others = r.candidates().stream()
                .filter(x -> x.inBestSet() && !x.chosen())
                .count();
        sb.append(
                others == 0
                        ? l.t(
                                "Elke andere route is aantoonbaar minder kansrijk.",
                                "Every other route is measurably less likely to succeed.")
                        : l.t(
                                "Niet te onderscheiden van de gekozen route:",
                                "Cannot be told apart from the chosen route:"));
        for (Explore.Evaluated x : r.candidates()) {
            if (x.inBestSet() && !x.chosen()) {
                sb.append("\n  ")
                        .append(route(x.candidate(), l))
                        .append(": ")
                        .append(l.percent(x.estimate().estimate()));
            }
        }
        return sb.toString();
    }

    /** An indifference zone in percentage points, without a sign: "1,0 procentpunt". */
    private static String zone(double delta, Lang l) {
        return l.number(100 * delta, 1) + l.t(" procentpunt", " percentage point");
    }

    /**
     * A route as a person reads it and ppsim reads back: the models, and each value as it would be
     * written in the scenario ({@code path: 1300}, never the Dutch {@code 1.300} that ppsim refuses).
     */
    static String route(Explore.Candidate c, Lang l) {
        List<String> parts = new ArrayList<>();
        parts.add(
                c.models().isEmpty()
                        ? l.t("(geen gekozen modellen)", "(no chosen models)")
                        : String.join(" + ", c.models()));
        c.values()
                .forEach((path, value) -> parts.add(path + ": "
                        + java.math.BigDecimal.valueOf(value)
                                .stripTrailingZeros()
                                .toPlainString()));
        return String.join(", ", parts);
    }
}
