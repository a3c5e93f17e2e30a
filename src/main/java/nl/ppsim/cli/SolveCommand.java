package nl.ppsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.ppsim.engine.GoalSeek;
import nl.ppsim.engine.Input;
import nl.ppsim.engine.RunSettings;
import nl.ppsim.engine.Tornado;
import nl.ppsim.report.Lang;
import nl.ppsim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Goal seeking: the value of one input that reaches a target probability. */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = {"Zoekt de waarde van één invoer waarbij de kopkans een doel haalt, bv.",
            "ppsim solve plan.yaml --vary business_models[0].params.fee_per_participant --target p_verduurzaamd=0.8",
            "De invoer wordt een vast getal; alle andere invoer houdt dezelfde trekkingen (common random numbers)."})
final class SolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Scenariobestand (YAML).")
    Path file;

    @Option(names = "--vary", paramLabel = "PATH", required = true, description = "YAML-pad van de invoer, bv. partners[0].cash_per_year.")
    String path;

    @Option(names = "--target", paramLabel = "p_verduurzaamd=P", required = true, description = "Het doel, bv. p_verduurzaamd=0.8.")
    String target;

    @Option(names = "--min", paramLabel = "X", description = "Ondergrens van de zoektocht (standaard 0).")
    Double min;

    @Option(names = "--max", paramLabel = "X", description = "Bovengrens (standaard 4 x het huidige gemiddelde).")
    Double max;

    @Mixin
    RunOptions options = new RunOptions();

    @Override
    public Integer call() {
        if (!target.startsWith("p_verduurzaamd=")) {
            throw new UserException("--target verwacht p_verduurzaamd=P, bv. p_verduurzaamd=0.8; kreeg " + target);
        }
        double p;
        try {
            p = Double.parseDouble(target.substring("p_verduurzaamd=".length()));
        } catch (NumberFormatException e) {
            throw new UserException("--target: '" + target + "' bevat geen getal; bv. p_verduurzaamd=0.8");
        }
        if (!(p > 0 && p < 1)) {
            throw new UserException("--target: een kans tussen 0 en 1 (exclusief), kreeg " + p);
        }
        Scenario scenario = Scenarios.load(file);
        RunSettings settings = options.settings(scenario);
        Lang lang = options.language();
        Input input = Tornado.allInputs(scenario).stream().filter(in -> in.path().equals(path)).findFirst()
                .orElseThrow(() -> new UserException("onbekend invoerpad '" + path + "'; geldige paden: "
                        + String.join(", ", Tornado.allInputs(scenario).stream().map(Input::path).limit(30).toList())));
        double lo = min != null ? min : 0;
        double hi = max != null ? max : Math.max(4 * Math.abs(input.mean()), lo + 1);
        GoalSeek.Result r;
        try {
            r = GoalSeek.solve(scenario.withRun(settings.iterations(), settings.seed()), settings, path, p, lo, hi, (hi - lo) * 1e-4);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        PrintWriter o = spec.commandLine().getOut();
        String number = "%s";
        o.println(String.format(lang.locale(), lang.t("%s = " + number + " haalt p_verduurzaamd >= %s (daar %s, se %s)",
                        "%s = " + number + " reaches p_verduurzaamd >= %s (there %s, se %s)"), path, plain(r.value()), lang.percent(p),
                lang.percent(r.pAtValue()), lang.percent(r.seAtValue())));
        o.println(lang.t("Onzekerheid (waar de kans binnen 1,96 se van het doel ligt): ", "Uncertainty (where the probability is within 1.96 se of"
                + " the target): ") + plain(r.low()) + " - " + plain(r.high()));
        o.println((r.increasing() ? lang.t("Meer is beter: dit is de kleinste waarde", "More is better: this is the smallest value")
                : lang.t("Minder is beter: dit is de grootste waarde", "Less is better: this is the largest value"))
                + lang.t("; simulaties: ", "; simulations: ") + r.runs() + " x " + lang.integer(settings.iterations()) + lang.t(" trekkingen",
                " iterations"));
        return ExitCodes.OK;
    }

    private static String plain(double x) {
        return nl.ppsim.engine.Numbers.plain(Math.round(x * 100) / 100.0);
    }
}
