package nl.ppsim.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.CompiledScenario;
import nl.ppsim.engine.result.SampledInput;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.Hold;
import nl.ppsim.engine.settings.ProgressListener;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.InputPath;

/**
 * One-at-a-time sensitivity: every uncertain input is held at its 10th and at its 90th percentile
 * (all years at once, so a yearly drawn input counts as one driver) while all other inputs stay
 * random with the same draws (common random numbers); a partner's renewal decision is held at
 * "no" and at "yes". Bars are sorted by the swing of the mean
 * final reserve, the smoother of the two outcomes; the swing of {@code p_verduurzaamd} is reported too.
 */
public final class Tornado {

    /**
     * One input's effect: its value at p10 and p90 and the outcomes with it held there; for a
     * partner's renewal decision (a yes/no event) low is "no" (0) and high is "yes" (1).
     */
    public record Bar(
            Input input, double low, double high, double pLow, double pHigh, double reserveLow, double reserveHigh) {
        /** The swing of the mean final reserve between the input's low and high value. */
        public double reserveSwing() {
            return Math.abs(reserveHigh - reserveLow);
        }

        /** The swing of the headline probability between the input's low and high value. */
        public double pSwing() {
            return Math.abs(pHigh - pLow);
        }
    }

    /** The bars and the baseline they are compared with. */
    public record Result(double baseP, double baseReserve, List<Bar> bars, int iterations) {}

    private Tornado() {}

    /** z such that Phi(z) = 0.9: the p10 and p90 of a normal lie at -/+ this many standard deviations. */
    static final double Z90 = 1.2815515655446004;

    /**
     * The low and high value each input is held at, comparable between inputs drawn once and drawn
     * every year. One drawn once per iteration: its p10 and p90. One drawn anew in each of Y years
     * acts on the result mostly through its mean over those years, whose spread is smaller (by
     * about the square root of Y for independent years): it is held, in every year, at the p10 and
     * p90 of that mean (normal approximation: mean -/+ 1.2816 sd x sqrt(f / Y), with f = 1 + 2
     * sum_k (1 - k/Y) r^k for a persistence r between years), within the input's range. Holding
     * every year at the input's own p10 would overstate it by about sqrt(Y) (docs/analyse.md).
     */
    static Map<String, double[]> swings(CompiledScenario scenario, List<Input> inputs) {
        Map<String, SampledInput> sampled = new LinkedHashMap<>();
        for (SampledInput x : scenario.inputs()) {
            sampled.put(x.input().path(), x);
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        for (Input in : inputs) {
            if (in.path().endsWith(InputPath.RENEWAL_EVENT)) {
                out.put(in.path(), new double[] {0, 1});
                continue;
            }
            SampledInput slot = sampled.get(in.path());
            Distribution d = in.distribution();
            int years = slot == null ? 1 : slot.years();
            if (years <= 1) {
                out.put(in.path(), new double[] {d.quantile(0.1), d.quantile(0.9)});
                continue;
            }
            double r = slot.persistence();
            double f = 1;
            double rk = 1;
            for (int k = 1; k < years; k++) {
                rk *= r;
                f += 2 * (1 - (double) k / years) * rk;
            }
            double sd = Math.sqrt(d.variance() * f / years);
            if (!Double.isFinite(sd)) {
                out.put(in.path(), new double[] {d.quantile(0.1), d.quantile(0.9)});
                continue;
            }
            double low = Math.max(d.lower(), d.mean() - Z90 * sd);
            double high = Math.min(d.upper(), d.mean() + Z90 * sd);
            out.put(in.path(), new double[] {low, high});
        }
        return out;
    }

    /**
     * The value an input is held at for {@code value}. A renewal decision is a uniform u compared with the renewal
     * probability p (the partner stays when u is below p): held at "no" (0) its draw is 1, which no p
     * reaches, and at "yes" (1) its draw is 0, below any p above 0.
     */
    private static double heldValue(Input in, double value) {
        if (in.path().endsWith(InputPath.RENEWAL_EVENT)) {
            return value == 1 ? 0 : 1;
        }
        return value;
    }

    /**
     * About how many seconds {@link #run} takes, from a short pilot: the held runs of 5 and of 20
     * inputs at up to 512 iterations (after one untimed pass that compiles their code). Held runs
     * share their draws, so their cost is a fixed part per iteration plus a part per held run; the
     * two pilots give both, extrapolated to all inputs and the tornado's iterations.
     */
    public static double estimateSeconds(CompiledScenario scenario, RunSettings settings) {
        List<Input> inputs = scenario.uncertain();
        if (inputs.isEmpty()) {
            return 0;
        }
        int n = Math.min(512, settings.iterations());
        RunSettings pilot = settings.withIterations(n).withoutQuantiles().withTrace(RunSettings.Trace.NONE);
        List<Hold> small = holds(scenario, inputs.subList(0, Math.min(5, inputs.size())));
        List<Hold> large = holds(scenario, inputs.subList(0, Math.min(20, inputs.size())));
        scenario.held(pilot.withIterations(Math.min(128, n)), large, ProgressListener.NONE);
        long t0 = System.nanoTime();
        scenario.held(pilot, small, ProgressListener.NONE);
        long t1 = System.nanoTime();
        scenario.held(pilot, large, ProgressListener.NONE);
        long t2 = System.nanoTime();
        double perHold = large.size() > small.size()
                ? Math.max(0, (t2 - t1) - (t1 - t0)) / 1e9 / n / (large.size() - small.size())
                : (t2 - t1) / 1e9 / n / large.size();
        double fixed = Math.max(0, (t1 - t0) / 1e9 / n - perHold * small.size());
        return (fixed + perHold * (1 + 2.0 * inputs.size())) * settings.iterations();
    }

    private static List<Hold> holds(CompiledScenario scenario, List<Input> inputs) {
        return holds(inputs, swings(scenario, inputs));
    }

    /** No input held, then each input at its low and at its high swing. */
    private static List<Hold> holds(List<Input> inputs, Map<String, double[]> swings) {
        List<Hold> holds = new ArrayList<>();
        holds.add(Hold.none());
        for (Input in : inputs) {
            holds.add(new Hold(in.path(), heldValue(in, swings.get(in.path())[0])));
            holds.add(new Hold(in.path(), heldValue(in, swings.get(in.path())[1])));
        }
        return holds;
    }

    /**
     * Holds each uncertain input at its low and high value in turn, the rest random with the same
     * draws. The base and all swings are made in one pass that samples each chunk once
     * ({@link CompiledScenario#held}: the same results as a run per swing). The settings' seed,
     * overrides and sampling are those {@code scenario} was compiled for.
     */
    public static Result run(CompiledScenario scenario, RunSettings settings, ProgressListener progress) {
        List<Input> inputs = scenario.uncertain();
        Map<String, double[]> swings = swings(scenario, inputs);
        List<Hold> holds = holds(inputs, swings);
        List<SimulationResult> runs =
                scenario.held(settings.withoutQuantiles().withTrace(RunSettings.Trace.NONE), holds, progress);
        SimulationResult base = runs.get(0);
        List<Bar> bars = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            Input in = inputs.get(k);
            SimulationResult a = runs.get(1 + 2 * k);
            SimulationResult b = runs.get(2 + 2 * k);
            bars.add(new Bar(
                    in,
                    swings.get(in.path())[0],
                    swings.get(in.path())[1],
                    a.verduurzaamd().estimate(),
                    b.verduurzaamd().estimate(),
                    a.finalReserve().mean(),
                    b.finalReserve().mean()));
        }
        bars.sort(Comparator.comparingDouble(Bar::reserveSwing)
                .reversed()
                .thenComparing(b -> b.input().path()));
        return new Result(
                base.verduurzaamd().estimate(), base.finalReserve().mean(), List.copyOf(bars), settings.iterations());
    }
}
