package nl.ppsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.ppsim.analysis.GoalSeek;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.report.Lang;
import nl.ppsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Goal seeking: the value of one input that reaches a target probability. */
@Command(name = "solve", mixinStandardHelpOptions = true)
final class SolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--vary", paramLabel = "PATH", required = true, descriptionKey = "vary")
    String path;

    @Option(names = "--target", paramLabel = "p_verduurzaamd=P", required = true, descriptionKey = "target")
    String target;

    @Option(names = "--min", paramLabel = "X", descriptionKey = "min")
    Double min;

    @Option(names = "--max", paramLabel = "X", descriptionKey = "max")
    Double max;

    @Mixin
    RunOptions options = new RunOptions();

    @Override
    public Integer call() {
        if (!target.startsWith("p_verduurzaamd=")) {
            throw new UserException(
                    "--target verwacht p_verduurzaamd=P, bv. p_verduurzaamd=0.8; kreeg " + target,
                    "--target expects p_verduurzaamd=P, e.g. p_verduurzaamd=0.8; got " + target);
        }
        double p;
        try {
            p = Double.parseDouble(target.substring("p_verduurzaamd=".length()));
        } catch (NumberFormatException e) {
            throw new UserException(
                    "--target: '" + target + "' bevat geen getal; bv. p_verduurzaamd=0.8",
                    "--target: '" + target + "' holds no number; e.g. p_verduurzaamd=0.8");
        }
        if (!(p > 0 && p < 1)) {
            throw new UserException(
                    "--target: een kans tussen 0 en 1 (exclusief), kreeg " + p,
                    "--target: a probability between 0 and 1 (exclusive), got " + p);
        }
        Scenario scenario = Scenarios.load(file);
        RunSettings settings = options.settings(scenario);
        Lang lang = options.language();
        nl.ppsim.engine.CompiledScenario compiled = nl.ppsim.engine.CompiledScenario.of(scenario, settings);
        List<Input> inputs = compiled.inputs().stream()
                .map(nl.ppsim.engine.result.SampledInput::input)
                .toList();
        String valid =
                String.join(", ", inputs.stream().map(Input::path).limit(30).toList());
        Input input = inputs.stream()
                .filter(in -> in.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new UserException(
                        "onbekend invoerpad '" + path + "'; geldige paden: " + valid,
                        "unknown input path '" + path + "'; valid paths: " + valid));
        Kind kind = kind(scenario, path);
        double lo = min != null ? min : kind.low;
        double hi =
                max != null ? max : Double.isNaN(kind.high) ? Math.max(4 * Math.abs(input.mean()), lo + 1) : kind.high;
        if (lo < kind.low || (!Double.isNaN(kind.high) && hi > kind.high) || !(hi > lo)) {
            throw new UserException(
                    "--min en --max liggen voor " + path + " (" + kind.dutch + ") binnen " + plain(kind.low) + " - "
                            + (Double.isNaN(kind.high) ? "..." : plain(kind.high)) + ", met --min onder --max; kreeg "
                            + plain(lo) + " - " + plain(hi),
                    "--min and --max for " + path + " (" + kind.english + ") lie within " + plain(kind.low) + " - "
                            + (Double.isNaN(kind.high) ? "..." : plain(kind.high)) + ", with --min below --max; got "
                            + plain(lo) + " - " + plain(hi));
        }
        GoalSeek.Result r = GoalSeek.solve(compiled, settings, path, p, lo, hi, (hi - lo) * 1e-4);
        if (!r.reached()) {
            throw new UserException(
                    "het doel " + plain(p) + " wordt tussen " + plain(lo) + " en " + plain(hi)
                            + " niet gehaald (hoogstens " + lang.percent(r.pAtValue())
                            + "); vergroot het bereik met --min/--max of kies een andere invoer",
                    "the target " + plain(p) + " is not reached between " + plain(lo) + " and " + plain(hi)
                            + " (at most " + lang.percent(r.pAtValue())
                            + "); widen the range with --min/--max or choose another input");
        }
        PrintWriter o = spec.commandLine().getOut();
        String label = new nl.ppsim.report.InputLabels(scenario, lang).of(path);
        o.println(lang.t(
                label + " = " + kind.format(r.value(), lang) + " haalt p_verduurzaamd >= " + lang.percent(p) + " (daar "
                        + lang.percent(r.pAtValue()) + ", se " + lang.sePercent(r.seAtValue()) + ")",
                label + " = " + kind.format(r.value(), lang) + " reaches p_verduurzaamd >= " + lang.percent(p)
                        + " (there " + lang.percent(r.pAtValue()) + ", se " + lang.sePercent(r.seAtValue()) + ")"));
        o.println(lang.t(
                        "Onzekerheid (waar de kans binnen 1,96 se van het doel ligt): ",
                        "Uncertainty (where the probability is within 1.96 se of" + " the target): ")
                + kind.format(r.low(), lang) + " - " + kind.format(r.high(), lang)
                + lang.t("; gezocht tussen ", "; searched between ") + kind.format(lo, lang) + lang.t(" en ", " and ")
                + kind.format(hi, lang));
        o.println((r.increasing()
                        ? lang.t(
                                "Meer is beter: dit is de kleinste waarde",
                                "More is better: this is the smallest value")
                        : lang.t(
                                "Minder is beter: dit is de grootste waarde",
                                "Less is better: this is the largest value"))
                + lang.t("; simulaties: ", "; simulations: ") + r.runs() + " x " + lang.integer(settings.iterations())
                + lang.t(" trekkingen", " iterations"));
        return ExitCodes.OK;
    }

    /** What an input measures: its natural search range and how its value is written. */
    enum Kind {
        SHARE("een kans of aandeel", "a probability or share", 0, 1),
        GROWTH("een groei per jaar", "a growth per year", -1, 1),
        AMOUNT("een bedrag", "an amount", 0, Double.NaN),
        COUNT("een aantal", "a count", 0, Double.NaN),
        YEARS("een aantal jaren", "a number of years", 0, 100),
        OTHER("een getal", "a number", 0, Double.NaN);

        final String dutch;
        final String english;
        final double low;
        final double high;

        Kind(String dutch, String english, double low, double high) {
            this.dutch = dutch;
            this.english = english;
            this.low = low;
            this.high = high;
        }

        String format(double x, Lang l) {
            return switch (this) {
                case SHARE, GROWTH -> l.percent(x);
                case AMOUNT -> l.euroExact(x);
                case YEARS -> l.number(x, 1) + l.t(" jaar", " years");
                default -> l.number(x, 2);
            };
        }
    }

    /** The kind of the input at a YAML path: a model parameter's kind from the catalog, otherwise from the key's name. */
    static Kind kind(Scenario s, String path) {
        nl.ppsim.scenario.InputPath id = nl.ppsim.scenario.InputPath.parse(path);
        if (id.parameter() != null && id.index() < s.businessModels().size()) {
            var use = s.businessModels().get(id.index());
            var p = nl.ppsim.model.Catalog.find(use.model()).flatMap(model -> model.parameter(id.parameter()));
            if (p.isPresent()) {
                return switch (p.get().kind()) {
                    case AMOUNT -> Kind.AMOUNT;
                    case COUNT -> Kind.COUNT;
                    case FRACTION -> Kind.SHARE;
                    case YEARS -> Kind.YEARS;
                };
            }
        }
        if (path.endsWith("probability") || path.endsWith(nl.ppsim.scenario.InputPath.RENEWAL_EVENT)) {
            return Kind.SHARE;
        }
        if (path.endsWith(".growth")) {
            return Kind.GROWTH;
        }
        if (path.endsWith("cash_per_year")
                || path.endsWith("in_kind_per_year")
                || path.endsWith(".amount")
                || path.equals("subsidy.per_year")
                || path.endsWith(".impact")) {
            return Kind.AMOUNT;
        }
        if (path.endsWith("hours_per_year") || path.endsWith("join_per_year")) {
            return Kind.COUNT;
        }
        return Kind.OTHER;
    }

    private static String plain(double x) {
        return nl.ppsim.dist.Numbers.plain(Math.round(x * 100) / 100.0);
    }
}
