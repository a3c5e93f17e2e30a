package nl.ppsim.portfolio;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import nl.ppsim.analysis.Explore;
import nl.ppsim.check.RouteRules;
import nl.ppsim.io.ExplorationReader;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.report.CsvFormat;
import nl.ppsim.report.ExploreReport;
import nl.ppsim.report.Lang;
import nl.ppsim.scenario.Exploration;
import nl.ppsim.scenario.InvalidScenarioException;
import nl.ppsim.scenario.Scenario;

/**
 * A portfolio of plans, each explored ({@code ppsim explore FOLDER}, docs/explore.md): a programme
 * office's network of PPSs asking "which routes work?" at once. The unit of work is a plan: its own
 * file, seed and draws, so a plan's answer is the same whether it runs alone, in a portfolio on one
 * machine, or on any executor of a Spark cluster ({@code nl.ppsim.spark.PortfolioJob}), never
 * depending on which plans run beside it or where.
 *
 * <p>Reading and checking the plans happens once, before any work ({@link #read}, {@link #check});
 * exploring one plan ({@link #explore}) is a pure function of the plan's text and the settings, and
 * writing ({@link #write}) puts the answers in a folder: {@code portfolio.csv} with a row per plan,
 * and a folder per plan with its {@code explore.csv} and {@code explore.html}.
 */
public final class Portfolio {
    private Portfolio() {}

    /**
     * One plan of the portfolio: its id (its file name without .yaml, with any character other than
     * a letter, digit, '.', '_' or '-' as '_': the prefix of its files in the answer), its file and
     * its text.
     */
    public record Plan(String id, String file, String text) implements Serializable {
        /** The plan's scenario, read from its text. */
        public Scenario scenario() {
            return new ScenarioReader().read(text, file);
        }

        /** The plan's {@code explore:} section (null when it has none). */
        public Exploration exploration() {
            return ExplorationReader.read(text, file, scenario());
        }
    }

    /**
     * How the plans are explored: {@code iterations} and {@code seed} for every plan instead of its
     * own (0 and null: each plan's own), and the threads each exploration uses.
     */
    public record Settings(int iterations, Long seed, int threads) implements Serializable {}

    /** A plan's answer: its result, or the problem that stopped it (no route within the limits, say). */
    public record Explored(String id, Explore.Result result, InvalidScenarioException problem)
            implements Serializable {}

    /**
     * The plans in {@code folder}: every {@code .yaml} or {@code .yml} file in it (not in folders
     * below it), in order of their names; an error when there is none or two share an id. A file
     * instead of a folder is a portfolio of one plan.
     */
    public static List<Plan> read(Path folder) throws IOException {
        List<Path> files;
        if (!Files.isDirectory(folder)) {
            // one plan: the same job for a single scenario
            String name = folder.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return List.of(new Plan(
                    idOf(dot > 0 ? name.substring(0, dot) : name), folder.toString(), ScenarioReader.readText(folder)));
        }
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
                    })
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new InvalidScenarioException(
                    folder.toString(),
                    "",
                    0,
                    "deze map heeft geen scenario's (.yaml); een portefeuille is een map met een scenario per plan",
                    "this folder has no scenarios (.yaml); a portfolio is a folder with one scenario per plan");
        }
        Map<String, Path> ids = new LinkedHashMap<>();
        List<Plan> plans = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String id = idOf(name.substring(0, name.lastIndexOf('.')));
            Path other = ids.putIfAbsent(id.toLowerCase(Locale.ROOT), f);
            if (other != null) {
                throw new InvalidScenarioException(
                        f.toString(),
                        "",
                        0,
                        "heeft dezelfde naam als " + other.getFileName() + "; elk plan heeft een eigen naam",
                        "has the same name as " + other.getFileName() + "; each plan has a name of its own");
            }
            plans.add(new Plan(id, f.toString(), ScenarioReader.readText(f)));
        }
        return List.copyOf(plans);
    }

    /** A file name as a plan's id: letters, digits, '.', '_' and '-', starting with a letter or digit. */
    static String idOf(String name) {
        String id = name.replaceAll("[^A-Za-z0-9_.-]", "_");
        id = id.length() > 100 ? id.substring(0, 100) : id;
        return id.matches("[A-Za-z0-9].*") ? id : "p" + id;
    }

    /**
     * Checks every plan before any work: a valid scenario with an {@code explore:} section. The
     * first problem is an error with its file, line and YAML path.
     */
    public static void check(List<Plan> plans) {
        for (Plan p : plans) {
            Scenario s = p.scenario();
            Exploration e = ExplorationReader.read(p.text(), p.file(), s);
            if (e == null) {
                throw new InvalidScenarioException(
                        p.file(),
                        "explore",
                        0,
                        "heeft geen explore:-sectie; docs/explore.md laat zien hoe u keuzes opschrijft, scenarios/voorbeeld-routes.yaml is een voorbeeld",
                        "has no explore: section; docs/explore.md shows how to write down the choices, scenarios/voorbeeld-routes.yaml is an example");
            }
            Explore.check(s, e);
        }
    }

    /**
     * Explores one plan at its own seed and draws (or the settings'): the same answer wherever it
     * runs. A problem the exploration finds (no route keeps the limits) is the answer's problem.
     */
    public static Explored explore(Plan p, Settings settings) {
        Scenario s = p.scenario();
        Exploration e = ExplorationReader.read(p.text(), p.file(), s);
        try {
            Explore.Result r = Explore.explore(
                    s,
                    e,
                    settings.iterations() > 0 ? settings.iterations() : s.iterations(),
                    settings.seed() != null ? settings.seed() : s.seed(),
                    settings.threads(),
                    RouteRules.of(e));
            return new Explored(p.id(), r, null);
        } catch (InvalidScenarioException ex) {
            return new Explored(p.id(), null, ex);
        }
    }

    /** How many candidates the answers evaluated, in all (for a rate of candidates per second). */
    public static long candidates(List<Explored> answers) {
        return answers.stream()
                .filter(a -> a.result() != null)
                .mapToLong(a -> a.result().candidates().size())
                .sum();
    }

    /**
     * Writes the answers into {@code dir}: {@code portfolio.csv} (a row per plan: its chosen route,
     * the estimate and its standard error, its probability of sustainability, the draws, the
     * candidates, whether the statement holds, and the problem if any) and per plan its
     * {@code <plan>-explore.csv} and {@code <plan>-explore.html} (with the trade-off chart,
     * {@code <plan>-routes.png} and {@code .svg}, when {@code charts}).
     */
    public static void write(List<Plan> plans, List<Explored> answers, Lang l, CsvFormat csv, Path dir, boolean charts)
            throws IOException {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "plan",
            "file",
            "objective",
            "models",
            "values",
            "estimate",
            "se",
            "p_verduurzaamd",
            "draws",
            "candidates",
            "guaranteed",
            "problem"
        });
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            Explored a = answers.get(i);
            if (!a.id().equals(p.id())) {
                throw new IllegalStateException("answers out of order: " + a.id() + " for " + p.id());
            }
            if (a.result() == null) {
                rows.add(new String[] {
                    p.id(),
                    p.file(),
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    nl.ppsim.io.ProblemText.message(a.problem(), l == Lang.EN)
                });
                continue;
            }
            Explore.Result r = a.result();
            Explore.Evaluated best = r.best();
            List<String> values = new ArrayList<>();
            best.candidate().values().forEach((path, v) -> values.add(path + "=" + csv.number(v)));
            rows.add(new String[] {
                p.id(),
                p.file(),
                r.objective().key(),
                String.join("+", best.candidate().models()),
                String.join(";", values),
                csv.number(best.value()),
                csv.number(best.valueSe()),
                csv.number(best.estimate().estimate()),
                Integer.toString(r.draws()),
                Integer.toString(r.candidates().size()),
                Boolean.toString(r.guaranteed()),
                ""
            });
            Scenario s = p.scenario();
            Exploration e = ExplorationReader.read(p.text(), p.file(), s);
            // the plan's files side by side in the answer's one folder, each named after the plan
            Path own = Files.createDirectory(dir.resolve(".plan-" + p.id()));
            csv.write(own.resolve("explore.csv"), ExploreReport.csvRows(r, e, csv));
            ExploreReport.write(r, e, s, l, own, charts);
            try (Stream<Path> files = Files.list(own)) {
                for (Path f : files.sorted().toList()) {
                    Files.move(f, dir.resolve(p.id() + "-" + f.getFileName()));
                }
            }
            Files.delete(own);
        }
        csv.write(dir.resolve("portfolio.csv"), rows);
    }

    /**
     * The answer folder of a portfolio ({@code out}, or {@code reports/<folder>-portfolio}), checked
     * before any work, with the plans as its inputs.
     */
    public static nl.ppsim.report.ReportFolder.Destination destination(
            Path folder, Path out, List<Plan> plans, Settings settings, String version) {
        Path dir = out != null
                ? out
                : Path.of("reports", folder.toAbsolutePath().normalize().getFileName() + "-portfolio");
        var destination = new nl.ppsim.report.ReportFolder.Destination(
                dir,
                plans.stream().map(p -> Path.of(p.file())).toList(),
                new nl.ppsim.report.ReportFolder.Manifest(
                        "explore-portfolio",
                        String.valueOf(folder.getFileName()),
                        folder.toString(),
                        settings.seed() == null ? 0 : settings.seed(),
                        settings.iterations(),
                        version));
        destination.check();
        return destination;
    }

    /** The closing line: how many plans and candidates in how long, and where the answer is. */
    public static String done(List<Explored> answers, double seconds, Path dir, Lang l) {
        long candidates = candidates(answers);
        return l.t(
                answers.size() + " plannen, " + candidates + " kandidaten in " + l.number(seconds, 1) + " s ("
                        + l.number(candidates / seconds, 1) + " kandidaten per seconde): "
                        + dir.resolve("portfolio.csv"),
                answers.size() + " plans, " + candidates + " candidates in " + l.number(seconds, 1) + " s ("
                        + l.number(candidates / seconds, 1) + " candidates per second): "
                        + dir.resolve("portfolio.csv"));
    }
}
