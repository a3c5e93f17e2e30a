package nl.ppsim.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ppsim.scenario.Exploration;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.random.Well19937c;

/**
 * The search of continuous ranges ({@code {low, high}} without {@code steps}): the evenly spread
 * start values are evaluated first; then, for the {@value #STARTS} most promising model subsets,
 * a well-kept optimiser moves the continuous values from the subset's best start: Brent's method
 * for one range, CMA-ES (Hansen's covariance matrix adaptation, as in Commons Math) for several,
 * within the bounds. Every evaluation uses the first round's draws (common random numbers, so the
 * objective is a fixed function of the values and the search is reproducible) and the same
 * scoring as the selection: the objective, with routes outside the limits or rules below every
 * route within them.
 *
 * <p>The search only proposes: every point it evaluates joins the candidates, and the selection
 * ({@link Explore}) then judges all of them with its guarantee, which therefore speaks of the best
 * candidate examined. Values are rounded to a step of a power of ten at most 1/200 of the range
 * (at least 1 between whole bounds at least 2 apart), so a route reads as a person would write it and a point is
 * evaluated once.
 */
final class RouteSearch {
    /** How many model subsets the search refines (the best by their start values). */
    static final int STARTS = 3;

    private RouteSearch() {}

    /** The candidates with the points the search evaluated after them, in the order evaluated. */
    static List<Explore.Candidate> refine(
            Exploration e, List<Explore.Candidate> grid, Explore.FirstRound first, long seed) {
        Map<Explore.Candidate, Double> seen = new LinkedHashMap<>();
        Explore.Runs runs = first.runs(grid);
        for (int i = 0; i < grid.size(); i++) {
            seen.put(grid.get(i), score(e, runs, i));
        }
        // the best start of each subset, the subsets in order of their best score
        Map<List<String>, Explore.Candidate> bestOfSubset = new LinkedHashMap<>();
        for (Explore.Candidate c : grid) {
            bestOfSubset.merge(c.models(), c, (a, b) -> seen.get(b) > seen.get(a) ? b : a);
        }
        List<Explore.Candidate> starts = bestOfSubset.values().stream()
                .sorted(Comparator.comparingDouble((Explore.Candidate c) -> -seen.get(c)))
                .limit(STARTS)
                .toList();
        int budget = Math.max(1, e.searchEvaluations() / Math.max(1, starts.size()));
        for (int s = 0; s < starts.size(); s++) {
            Explore.Candidate start = starts.get(s);
            // the ranges that matter with the start's models
            List<Exploration.Vary> ranges = e.vary().stream()
                    .filter(v -> v.continuous() && v.mattersWith(start.models()))
                    .toList();
            if (ranges.isEmpty()) {
                continue;
            }
            Evaluator f = x -> {
                Map<String, Double> values = new LinkedHashMap<>(start.values());
                for (int d = 0; d < ranges.size(); d++) {
                    values.put(ranges.get(d).path(), snap(ranges.get(d), x[d]));
                }
                Explore.Candidate c = new Explore.Candidate(start.models(), values);
                return seen.computeIfAbsent(c, k -> score(e, first.runs(List.of(k)), 0));
            };
            double[] x0 = ranges.stream()
                    .mapToDouble(v -> start.values().get(v.path()))
                    .toArray();
            try {
                if (ranges.size() == 1) {
                    brent(ranges.get(0), x0[0], budget, f);
                } else {
                    cmaes(ranges, x0, budget, seed + s, f);
                }
            } catch (TooManyEvaluationsException ex) {
                // the budget is spent: what it evaluated stays
            } catch (MathIllegalStateException ex) {
                // the optimiser stopped on a flat or degenerate objective: what it evaluated stays
            }
        }
        List<Explore.Candidate> out = new ArrayList<>(grid);
        seen.keySet().stream().filter(c -> !grid.contains(c)).forEach(out::add);
        return out;
    }

    /** The objective at some values (one per range). */
    @FunctionalInterface
    interface Evaluator {
        double at(double[] x);
    }

    /** Brent's method between the start values next to the best one. */
    private static void brent(Exploration.Vary v, double x0, int budget, Evaluator f) {
        double h = (v.high() - v.low()) / (v.values().size() - 1);
        double lo = Math.max(v.low(), x0 - h);
        double hi = Math.min(v.high(), x0 + h);
        new BrentOptimizer(1e-3, step(v) / 2)
                .optimize(
                        new MaxEval(budget),
                        new UnivariateObjectiveFunction(x -> f.at(new double[] {x})),
                        GoalType.MAXIMIZE,
                        new SearchInterval(lo, hi, Math.min(hi, Math.max(lo, x0))));
    }

    /** CMA-ES on the ranges scaled to [0, 1], from the best start values, seeded. */
    private static void cmaes(List<Exploration.Vary> ranges, double[] x0, int budget, long seed, Evaluator f) {
        int d = ranges.size();
        double[] u0 = new double[d];
        double[] sigma = new double[d];
        double[] zero = new double[d];
        double[] one = new double[d];
        for (int i = 0; i < d; i++) {
            Exploration.Vary v = ranges.get(i);
            u0[i] = (x0[i] - v.low()) / (v.high() - v.low());
            sigma[i] = 0.25;
            one[i] = 1;
        }
        int lambda = 4 + (int) Math.floor(3 * Math.log(d));
        new CMAESOptimizer(budget, 0, true, 0, 0, new Well19937c(seed), false, null)
                .optimize(
                        new MaxEval(budget),
                        new MaxIter(budget),
                        new ObjectiveFunction(u -> {
                            double[] x = new double[d];
                            for (int i = 0; i < d; i++) {
                                Exploration.Vary v = ranges.get(i);
                                x[i] = v.low() + Math.min(1, Math.max(0, u[i])) * (v.high() - v.low());
                            }
                            return f.at(x);
                        }),
                        GoalType.MAXIMIZE,
                        new InitialGuess(u0),
                        new SimpleBounds(zero, one),
                        new CMAESOptimizer.Sigma(sigma),
                        new CMAESOptimizer.PopulationSize(lambda));
    }

    /**
     * The rounding step of a range: the largest power of ten at most 1/200 of it; at least 1 when
     * both bounds are whole numbers at least 2 apart (a count of companies or courses stays whole;
     * a share from 0 to 1 does not).
     */
    static double step(Exploration.Vary v) {
        double step = Math.pow(10, Math.floor(Math.log10((v.high() - v.low()) / 200)));
        boolean whole = v.low() == Math.rint(v.low()) && v.high() == Math.rint(v.high()) && v.high() - v.low() >= 2;
        return whole ? Math.max(1, step) : step;
    }

    /** A value rounded to the range's step and kept within it. */
    static double snap(Exploration.Vary v, double x) {
        double s = step(v);
        double r = Math.round(x / s) * s;
        // a clean decimal (0.30000000000000004 reads as 0.3)
        r = new java.math.BigDecimal(r).round(new java.math.MathContext(12)).doubleValue();
        return Math.min(v.high(), Math.max(v.low(), r));
    }

    /**
     * The score the search maximises, on one round: the objective (probability, quantile, or for
     * the least subsidy minus the subsidy when the estimate reaches the target), with a route
     * outside the limits or rules, or one short of the target, scored below every route that is
     * not.
     */
    static double score(Exploration e, Explore.Runs runs, int i) {
        boolean within = !(runs.companies()[i] > e.maxCompanies())
                && !(runs.subsidy()[i] > e.maxSubsidy())
                && runs.broken()[i] == null;
        double p = nl.ppsim.stats.Proportion.of(runs.outcomes()[i]).estimate();
        double below = 1e15;
        return switch (e.objective()) {
            case P_VERDUURZAAMD -> within ? p : p - 2;
            case RESERVE_QUANTILE -> within ? runs.quantile()[i] : runs.quantile()[i] - below;
            case LEAST_SUBSIDY -> {
                double v = p >= e.target() ? -runs.subsidy()[i] : -below * (1 + e.target() - p);
                yield within ? v : v - 4 * below;
            }
        };
    }
}
