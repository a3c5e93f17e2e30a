package nl.ppsim.analysis;

import java.util.Map;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.dist.Distributions;
import nl.ppsim.engine.RunSettings;
import nl.ppsim.engine.Inputs;
import nl.ppsim.engine.Simulation;

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
    public record Result(String path, double value, double low, double high, double pAtValue, double seAtValue, boolean increasing,
                         int runs, boolean reached) {
    }

    private GoalSeek() {
    }

    /** Searches [min, max] for the value of input {@code path} that reaches {@code target}, to within {@code tolerance}. */
    public static Result solve(Scenario scenario, RunSettings settings, String path, double target, double min, double max,
                               double tolerance) {
        if (Inputs.all(scenario).stream().noneMatch(in -> in.path().equals(path))) {
            throw new IllegalArgumentException("no input " + path);
        }
        if (!(min < max)) {
            throw new IllegalArgumentException("empty search range [" + min + ", " + max + "]");
        }
        int[] runs = {0};
        // p is a deterministic function of x (the same seed for every value): the three searches share
        // their first midpoints, so each value is simulated once (only the headline: no quantile sketches)
        Map<Double, Double> known = new java.util.HashMap<>();
        java.util.function.DoubleUnaryOperator p = x -> known.computeIfAbsent(x, v -> {
            runs[0]++;
            return Simulation.run(scenario, settings.withoutQuantiles().withOverrides(Map.of(path, Distributions.constant(v))))
                    .verduurzaamd().estimate();
        });
        double pMin = p.applyAsDouble(min);
        double pMax = p.applyAsDouble(max);
        boolean increasing = pMax >= pMin;
        double best = Math.max(pMin, pMax);
        if (best < target) {
            return new Result(path, Double.NaN, Double.NaN, Double.NaN, best, Double.NaN, increasing, runs[0], false);
        }
        double value = bisect(p, min, max, target, increasing, tolerance);
        double pValue = p.applyAsDouble(value);
        double se = Math.sqrt(Math.max(pValue * (1 - pValue), 1.0 / settings.iterations()) / settings.iterations());
        double a = bisectOrEdge(p, min, max, Math.max(0, target - 1.96 * se), increasing, tolerance, pMin, pMax);
        double b = bisectOrEdge(p, min, max, Math.min(1, target + 1.96 * se), increasing, tolerance, pMin, pMax);
        return new Result(path, value, Math.min(a, b), Math.max(a, b), pValue, se, increasing, runs[0], true);
    }

    private static double bisectOrEdge(java.util.function.DoubleUnaryOperator p, double min, double max, double target,
                                       boolean increasing, double tolerance, double pMin, double pMax) {
        if (Math.max(pMin, pMax) < target) {
            return increasing ? max : min;
        }
        if (Math.min(pMin, pMax) >= target) {
            return increasing ? min : max;
        }
        return bisect(p, min, max, target, increasing, tolerance);
    }

    /** The boundary x where p(x) first reaches the target, to within {@code tolerance}. */
    private static double bisect(java.util.function.DoubleUnaryOperator p, double min, double max, double target, boolean increasing,
                                 double tolerance) {
        double lo = min;
        double hi = max;
        for (int k = 0; k < 60 && hi - lo > tolerance; k++) {
            double mid = (lo + hi) / 2;
            boolean reached = p.applyAsDouble(mid) >= target;
            if (increasing == reached) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return increasing ? hi : lo;
    }
}
