package nl.ppsim.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ppsim.engine.CompiledScenario;
import nl.ppsim.engine.result.SampledInput;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.Hold;
import nl.ppsim.engine.settings.ProgressListener;
import nl.ppsim.engine.settings.RunSettings;

/**
 * Goal seeking: the smallest value of one input (held fixed at that value) for which
 * {@code p_verduurzaamd} reaches a target, or the largest when more of the input lowers the
 * probability. Every evaluation uses the same seed, so all other inputs see the same draws and
 * p(x) is a monotone step function that bisection can search. The uncertainty of the answer is
 * the range of x over which p(x) lies within 1.96 standard errors of the target.
 */
public final class GoalSeek {

    /**
     * The answer: the value, its range, the probability there, whether p rises with x, and the
     * simulations it took. When the target is not reached anywhere in the range, {@code reached}
     * is false, the value and its range are NaN and {@code pAtValue} is the best probability found.
     */
    public record Result(
            String path,
            double value,
            double low,
            double high,
            double pAtValue,
            double seAtValue,
            boolean increasing,
            int runs,
            boolean reached) {}

    private GoalSeek() {}

    /**
     * Searches [min, max] for the value of input {@code path} that reaches {@code target}, to within
     * {@code tolerance}, with the iterations of {@code settings} (their seed, overrides and sampling
     * are those {@code scenario} was compiled for).
     */
    public static Result solve(
            CompiledScenario scenario,
            RunSettings settings,
            String path,
            double target,
            double min,
            double max,
            double tolerance) {
        if (scenario.inputs().stream()
                .map(SampledInput::input)
                .noneMatch(in -> in.path().equals(path))) {
            throw new IllegalArgumentException("no input " + path);
        }
        if (!(min < max)) {
            throw new IllegalArgumentException("empty search range [" + min + ", " + max + "]");
        }
        Evaluations p = new Evaluations(scenario, settings.withoutQuantiles().withTrace(RunSettings.Trace.NONE), path);
        double[] ends = p.at(min, max);
        double pMin = ends[0];
        double pMax = ends[1];
        boolean increasing = pMax >= pMin;
        double best = Math.max(pMin, pMax);
        if (best < target) {
            return new Result(path, Double.NaN, Double.NaN, Double.NaN, best, Double.NaN, increasing, p.runs(), false);
        }
        double value = bisect(p, min, max, target, increasing, tolerance);
        double pValue = p.at(value)[0];
        double se = Math.sqrt(Math.max(pValue * (1 - pValue), 1.0 / settings.iterations()) / settings.iterations());
        double[] ab = bisectBoth(
                p,
                min,
                max,
                new double[] {Math.max(0, target - 1.96 * se), Math.min(1, target + 1.96 * se)},
                increasing,
                tolerance,
                pMin,
                pMax);
        return new Result(
                path, value, Math.min(ab[0], ab[1]), Math.max(ab[0], ab[1]), pValue, se, increasing, p.runs(), true);
    }

    /**
     * p(x) for values of the input, each simulated once: p is a deterministic function of x (the same
     * seed for every value), so the searches share what they found. The values asked for at once are
     * simulated in one pass of shared draws ({@link CompiledScenario#held}; only the headline, no quantile
     * sketches): the same p as a run per value.
     */
    private static final class Evaluations {
        private final CompiledScenario scenario;
        private final RunSettings settings;
        private final String path;
        private final Map<Double, Double> known = new java.util.HashMap<>();

        Evaluations(CompiledScenario scenario, RunSettings settings, String path) {
            this.scenario = scenario;
            this.settings = settings;
            this.path = path;
        }

        double[] at(double... xs) {
            List<Double> todo = new ArrayList<>();
            for (double x : xs) {
                if (!known.containsKey(x) && !todo.contains(x)) {
                    todo.add(x);
                }
            }
            if (!todo.isEmpty()) {
                List<SimulationResult> results = scenario.held(
                        settings, todo.stream().map(x -> new Hold(path, x)).toList(), ProgressListener.NONE);
                for (int k = 0; k < todo.size(); k++) {
                    known.put(todo.get(k), results.get(k).verduurzaamd().estimate());
                }
            }
            double[] out = new double[xs.length];
            for (int k = 0; k < xs.length; k++) {
                out[k] = known.get(xs[k]);
            }
            return out;
        }

        int runs() {
            return known.size();
        }
    }

    /**
     * The boundaries of two targets (the ends of the range where p lies within 1.96 se of the
     * target), searched side by side so that each step simulates both midpoints in one pass; a
     * target that p reaches nowhere or everywhere in the range gets the range's edge.
     */
    private static double[] bisectBoth(
            Evaluations p,
            double min,
            double max,
            double[] targets,
            boolean increasing,
            double tolerance,
            double pMin,
            double pMax) {
        int n = targets.length;
        double[] out = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        boolean[] searching = new boolean[n];
        for (int j = 0; j < n; j++) {
            if (Math.max(pMin, pMax) < targets[j]) {
                out[j] = increasing ? max : min;
            } else if (Math.min(pMin, pMax) >= targets[j]) {
                out[j] = increasing ? min : max;
            } else {
                lo[j] = min;
                hi[j] = max;
                searching[j] = true;
            }
        }
        for (int k = 0; k < 60; k++) {
            List<Integer> active = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (searching[j] && hi[j] - lo[j] > tolerance) {
                    active.add(j);
                }
            }
            if (active.isEmpty()) {
                break;
            }
            double[] mids =
                    active.stream().mapToDouble(j -> (lo[j] + hi[j]) / 2).toArray();
            double[] ps = p.at(mids);
            for (int a = 0; a < active.size(); a++) {
                int j = active.get(a);
                boolean reached = ps[a] >= targets[j];
                if (increasing == reached) {
                    hi[j] = mids[a];
                } else {
                    lo[j] = mids[a];
                }
            }
        }
        for (int j = 0; j < n; j++) {
            if (searching[j]) {
                out[j] = increasing ? hi[j] : lo[j];
            }
        }
        return out;
    }

    /** The boundary x where p(x) first reaches the target, to within {@code tolerance}. */
    private static double bisect(
            Evaluations p, double min, double max, double target, boolean increasing, double tolerance) {
        double lo = min;
        double hi = max;
        for (int k = 0; k < 60 && hi - lo > tolerance; k++) {
            double mid = (lo + hi) / 2;
            boolean reached = p.at(mid)[0] >= target;
            if (increasing == reached) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return increasing ? hi : lo;
    }
}
