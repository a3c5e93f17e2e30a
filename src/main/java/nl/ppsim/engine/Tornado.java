package nl.ppsim.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ppsim.scenario.Scenario;

/**
 * One-at-a-time sensitivity: every uncertain input is held at its 10th and at its 90th percentile
 * (all years at once, so a yearly drawn input counts as one driver) while all other inputs stay
 * random with the same draws (common random numbers). Bars are sorted by the swing of the mean
 * final reserve, the smoother of the two outcomes; the swing of {@code p_verduurzaamd} is reported too.
 */
public final class Tornado {

    /** One input's effect: its value at p10 and p90 and the outcomes with it held there. */
    public record Bar(Input input, double low, double high, double pLow, double pHigh, double reserveLow,
                      double reserveHigh) {
        public double reserveSwing() {
            return Math.abs(reserveHigh - reserveLow);
        }

        public double pSwing() {
            return Math.abs(pHigh - pLow);
        }
    }

    /** The bars and the baseline they are compared with. */
    public record Result(double baseP, double baseReserve, List<Bar> bars, int iterations) {
    }

    private Tornado() {
    }

    /** Every input that is not constant, one per YAML path, in scenario order. */
    public static List<Input> uncertainInputs(Scenario scenario) {
        return allInputs(scenario).stream().filter(in -> !in.isConstant()).toList();
    }

    /** Every input the engine samples (constants included), one per YAML path, in scenario order. */
    public static List<Input> allInputs(Scenario scenario) {
        Plan plan = new Plan(scenario, new RunSettings(1, scenario.seed(), 1));
        Map<String, Input> byPath = new LinkedHashMap<>();
        for (InputSlot s : plan.slots) {
            byPath.putIfAbsent(s.input.path(), s.input);
        }
        return List.copyOf(byPath.values());
    }

    public static Result run(Scenario scenario, RunSettings settings, ProgressListener progress) {
        SimulationResult base = Simulation.run(scenario, settings);
        List<Input> inputs = uncertainInputs(scenario);
        List<Bar> bars = new ArrayList<>();
        long total = (long) inputs.size() * 2 * settings.iterations();
        long done = 0;
        for (Input in : inputs) {
            double low = in.distribution().quantile(0.1);
            double high = in.distribution().quantile(0.9);
            SimulationResult a = Simulation.run(scenario, settings.withOverrides(Map.of(in.path(), Distributions.constant(low))));
            done += settings.iterations();
            progress.progress(done, total);
            SimulationResult b = Simulation.run(scenario, settings.withOverrides(Map.of(in.path(), Distributions.constant(high))));
            done += settings.iterations();
            progress.progress(done, total);
            bars.add(new Bar(in, low, high, a.verduurzaamd().estimate(), b.verduurzaamd().estimate(),
                    a.finalReserve().mean(), b.finalReserve().mean()));
        }
        bars.sort(Comparator.comparingDouble(Bar::reserveSwing).reversed().thenComparing(b -> b.input().path()));
        return new Result(base.verduurzaamd().estimate(), base.finalReserve().mean(), List.copyOf(bars), settings.iterations());
    }
}
