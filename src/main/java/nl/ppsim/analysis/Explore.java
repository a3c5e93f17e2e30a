package nl.ppsim.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Distributions;
import nl.ppsim.engine.CompiledScenario;
import nl.ppsim.engine.result.SampledInput;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.BusinessModelUse;
import nl.ppsim.scenario.Exploration;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.stats.PairedDifference;
import nl.ppsim.stats.Proportion;

/**
 * Which routes make a PPS verduurzaamd: every candidate of an {@link Exploration} (a subset of the
 * business models it may choose, times a combination of the values it may try) evaluated with
 * common random numbers, and a route chosen with a statement a reader can rely on.
 *
 * <p><b>Evaluation.</b> Every candidate runs on the scenario's own draws: a varied input keeps its
 * random stream (an override), and the subsets of one combination of values are variants of one
 * compiled scenario that share its draws ({@link CompiledScenario#variants}). Two candidates are
 * therefore compared draw by draw (a paired difference), and differences are measured far more
 * precisely than the levels.
 *
 * <p>Candidates that ask more of companies or of the subsidy than the exploration allows take no
 * part in the selection (on their mean totals, which the same draws estimate precisely).
 *
 * <p><b>Selection</b> (screen, then select; Bonferroni over the comparisons, as in Nelson, Swann,
 * Goldsman and Song, "Simple procedures for selecting the best simulated system when the number of
 * alternatives is large", Operations Research 49(6), 2001). In round {@code r} (r = 1, 2, ...) with
 * error {@code alpha / 2^r}, so that all rounds together err with probability at most alpha:
 * <ul>
 *   <li>the candidate with the highest estimate is the chosen one, {@code b};
 *   <li>a candidate {@code i} cannot be told apart from it when its paired difference to {@code b}
 *       is smaller than {@code z * se} ({@code z} the one-sided quantile for {@code alpha_r / (K-1)});
 *       those form the best set;
 *   <li>the statement "the chosen route is within delta of the best candidate examined, with
 *       probability at least 1 - alpha" holds when for every {@code i} the upper bound
 *       {@code p_i - p_b + z * se_i} is at most delta;
 *   <li>if it does not yet hold, every candidate runs again with twice the draws (up to the cap);
 *       at the cap the answer says that the statement was not reached, and reports what it has.
 * </ul>
 */
public final class Explore {
    private Explore() {}

    /** A candidate route: the included models (of those the exploration chooses from) and the tried values by path. */
    public record Candidate(List<String> models, Map<String, Double> values) {
        /** Copies. */
        public Candidate {
            models = List.copyOf(models);
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /**
     * A candidate's estimate at the draws of the last round; what it asks of companies (the work
     * field's cash, in kind and payments for services, mean total over the horizon) and of the
     * subsidy (mean total); whether no other candidate is at least as likely to succeed while
     * asking less of companies ({@code pareto}).
     */
    public record Evaluated(
            Candidate candidate,
            Proportion estimate,
            boolean inBestSet,
            boolean chosen,
            double companies,
            double subsidy,
            boolean pareto,
            boolean feasible) {}

    /** The runs of one round: each candidate's outcome per draw, and what it asks. */
    record Runs(boolean[][] outcomes, double[] companies, double[] subsidy) {}

    /**
     * The exploration's answer: every candidate, the chosen one, whether the statement holds
     * (delta, alpha), the draws of the last round and the rounds it took.
     */
    public record Result(
            List<Evaluated> candidates,
            int chosen,
            boolean guaranteed,
            double delta,
            double alpha,
            int draws,
            int rounds,
            double target) {
        /** Copies. */
        public Result {
            candidates = List.copyOf(candidates);
        }

        /** The chosen candidate. */
        public Evaluated best() {
            return candidates.get(chosen);
        }
    }

    /** Every candidate of the exploration, subsets in order of size then of the list, values in their order. */
    public static List<Candidate> candidates(Exploration e) {
        List<List<String>> subsets = new ArrayList<>();
        int n = e.models().size();
        if (n == 0) {
            subsets.add(List.of());
        } else {
            for (int k = e.minModels(); k <= e.maxModels(); k++) {
                for (int mask = 0; mask < (1 << n); mask++) {
                    if (Integer.bitCount(mask) == k) {
                        List<String> s = new ArrayList<>();
                        for (int i = 0; i < n; i++) {
                            if ((mask & (1 << i)) != 0) {
                                s.add(e.models().get(i));
                            }
                        }
                        subsets.add(s);
                    }
                }
            }
            subsets.sort(java.util.Comparator.<List<String>>comparingInt(List::size)
                    .thenComparing(s -> s.stream()
                            .map(m -> String.format("%04d", e.models().indexOf(m)))
                            .toList()
                            .toString()));
        }
        List<Map<String, Double>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        for (Exploration.Vary v : e.vary()) {
            List<Map<String, Double>> next = new ArrayList<>();
            for (Map<String, Double> c : combos) {
                for (double x : v.values()) {
                    Map<String, Double> m = new LinkedHashMap<>(c);
                    m.put(v.path(), x);
                    next.add(m);
                }
            }
            combos = next;
        }
        List<Candidate> out = new ArrayList<>();
        for (Map<String, Double> c : combos) {
            for (List<String> s : subsets) {
                out.add(new Candidate(s, c));
            }
        }
        return out;
    }

    /**
     * Checks that every varied path is an input of the scenario (its YAML path as the run knows
     * it); an error names where the path is written.
     */
    public static void check(Scenario scenario, Exploration e) {
        if (e.vary().isEmpty()) {
            return;
        }
        List<String> paths = CompiledScenario.of(scenario).inputs().stream()
                .map(SampledInput::input)
                .map(nl.ppsim.dist.Input::path)
                .toList();
        for (Exploration.Vary v : e.vary()) {
            if (!paths.contains(v.path())) {
                throw v.origin()
                        .error(
                                "'" + v.path() + "' is geen invoer van dit scenario (ppsim sensitivity toont de paden)",
                                "'" + v.path()
                                        + "' is not an input of this scenario (ppsim sensitivity lists the paths)");
            }
        }
    }

    /**
     * Explores: evaluates every candidate at the scenario's own iterations and seed (common random
     * numbers), then doubles the draws until the statement holds or {@link Exploration#maxIterations}
     * is reached.
     */
    public static Result explore(Scenario scenario, Exploration e, int threads) {
        return explore(scenario, e, scenario.iterations(), scenario.seed(), threads);
    }

    /** As {@link #explore(Scenario, Exploration, int)} from {@code iterations} draws at {@code seed}. */
    public static Result explore(Scenario scenario, Exploration e, int iterations, long seed, int threads) {
        check(scenario, e);
        List<Candidate> cands = candidates(e);
        int n = iterations;
        int round = 1;
        while (true) {
            Runs runs = evaluate(scenario, e, cands, n, seed, threads);
            boolean[] feasible = feasible(e, runs);
            double alphaRound = e.alpha() / Math.pow(2, round);
            Result r = Double.isNaN(e.target())
                    ? select(cands, runs, feasible, e.delta(), alphaRound, e.alpha(), n, round)
                    : leastSubsidy(cands, runs, feasible, e.target(), alphaRound, e.alpha(), n, round);
            if (r.guaranteed() || 2L * n > e.maxIterations()) {
                return r;
            }
            n *= 2;
            round++;
        }
    }

    /**
     * Which candidates keep to the exploration's limits (what they ask of companies and of the
     * subsidy, on their mean totals); an error at the limits when none does, naming the least any
     * candidate asks.
     */
    static boolean[] feasible(Exploration e, Runs runs) {
        int k = runs.companies().length;
        boolean[] ok = new boolean[k];
        boolean any = false;
        double leastCompanies = Double.POSITIVE_INFINITY;
        double leastSubsidy = Double.POSITIVE_INFINITY;
        for (int i = 0; i < k; i++) {
            ok[i] = !(runs.companies()[i] > e.maxCompanies()) && !(runs.subsidy()[i] > e.maxSubsidy());
            any |= ok[i];
            leastCompanies = Math.min(leastCompanies, runs.companies()[i]);
            leastSubsidy = Math.min(leastSubsidy, runs.subsidy()[i]);
        }
        if (!any) {
            String least = Math.round(leastCompanies) + " (companies), " + Math.round(leastSubsidy) + " (subsidy)";
            throw e.constraints()
                    .error(
                            "geen enkele route blijft binnen deze grenzen; het minste dat een route vraagt: EUR "
                                    + least.replace("companies", "bedrijven").replace("subsidy", "subsidie"),
                            "no route keeps within these limits; the least a route asks: EUR " + least);
        }
        return ok;
    }

    /** Each candidate's outcome per draw (verduurzaamd or not), on common random numbers, and what it asks. */
    static Runs evaluate(Scenario scenario, Exploration e, List<Candidate> cands, int n, int threads) {
        return evaluate(scenario, e, cands, n, scenario.seed(), threads);
    }

    static Runs evaluate(Scenario scenario, Exploration e, List<Candidate> cands, int n, long seed, int threads) {
        boolean[][] out = new boolean[cands.size()][];
        double[] companies = new double[cands.size()];
        double[] subsidy = new double[cands.size()];
        Map<Map<String, Double>, List<Integer>> byValues = new LinkedHashMap<>();
        for (int i = 0; i < cands.size(); i++) {
            byValues.computeIfAbsent(cands.get(i).values(), k -> new ArrayList<>())
                    .add(i);
        }
        for (Map.Entry<Map<String, Double>, List<Integer>> group : byValues.entrySet()) {
            Map<String, Distribution> overrides = new LinkedHashMap<>();
            group.getKey().forEach((path, value) -> overrides.put(path, Distributions.constant(value)));
            RunSettings settings = new RunSettings(n, seed, threads)
                    .withOverrides(overrides)
                    .withTrace(RunSettings.Trace.OUTCOMES)
                    .withoutQuantiles();
            CompiledScenario compiled = CompiledScenario.of(scenario, settings);
            List<Scenario> variants = new ArrayList<>();
            for (int i : group.getValue()) {
                variants.add(variant(scenario, e, cands.get(i)));
            }
            List<SimulationResult> results = compiled.variants(variants, settings);
            for (int k = 0; k < results.size(); k++) {
                int i = group.getValue().get(k);
                SimulationResult r = results.get(k);
                out[i] = r.trace().verduurzaamd();
                int w = nl.ppsim.scenario.Group.WERKVELD.ordinal();
                companies[i] = r.funding().group(w) + r.funding().revenueByPayer()[w];
                subsidy[i] = r.funding().subsidy();
            }
        }
        return new Runs(out, companies, subsidy);
    }

    /** The scenario with only the candidate's models of those the exploration chooses from (the others stay). */
    static Scenario variant(Scenario scenario, Exploration e, Candidate c) {
        List<BusinessModelUse> kept = scenario.businessModels().stream()
                .filter(m -> !e.models().contains(m.name()) || c.models().contains(m.name()))
                .toList();
        return scenario.withBusinessModels(kept);
    }

    /**
     * The objective {@code least_subsidy}: of the routes that reach {@code target}, the one that
     * asks the least subsidy. A route reaches the target when the lower bound of its interval does,
     * and falls short when the upper bound is below it, each bound one-sided at alpha_r / K
     * (Bonferroni over the K routes, Wilson's interval). The statement "with probability at least
     * 1 - alpha the chosen route reaches the target and every route asking less subsidy falls
     * short" holds when every cheaper route falls short; until then rounds double the draws.
     * Routes that are still undecided and ask no more subsidy than the chosen one are marked as
     * not told apart from it.
     */
    static Result leastSubsidy(
            List<Candidate> cands,
            Runs runs,
            boolean[] feasible,
            double target,
            double alphaRound,
            double alpha,
            int n,
            int round) {
        int k = cands.size();
        int compared = 0;
        for (boolean f : feasible) {
            compared += f ? 1 : 0;
        }
        double z = new org.apache.commons.math3.distribution.NormalDistribution()
                .inverseCumulativeProbability(1 - alphaRound / Math.max(1, compared));
        Proportion[] p = new Proportion[k];
        boolean[] reaches = new boolean[k];
        boolean[] fallsShort = new boolean[k];
        for (int i = 0; i < k; i++) {
            int hits = 0;
            for (boolean b : runs.outcomes()[i]) {
                hits += b ? 1 : 0;
            }
            p[i] = new Proportion(hits, runs.outcomes()[i].length);
            double[] ci = p[i].wilson(z);
            reaches[i] = feasible[i] && ci[0] >= target;
            fallsShort[i] = !feasible[i] || ci[1] < target;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (feasible[i]) {
                order.add(i);
            }
        }
        order.sort(java.util.Comparator.<Integer>comparingDouble(i -> runs.subsidy()[i])
                .thenComparing(i -> -p[i].estimate()));
        int chosen = order.stream().filter(i -> reaches[i]).findFirst().orElse(-1);
        if (chosen < 0) {
            // no route shown to reach the target: the cheapest whose estimate does, else the most likely
            chosen = order.stream()
                    .filter(i -> p[i].estimate() >= target)
                    .findFirst()
                    .orElse(order.stream()
                            .max(java.util.Comparator.comparingDouble(i -> p[i].estimate()))
                            .orElseThrow());
        }
        final int c = chosen;
        boolean guaranteed = reaches[c]
                && order.stream()
                        .filter(i -> runs.subsidy()[i] < runs.subsidy()[c])
                        .allMatch(i -> fallsShort[i]);
        List<Evaluated> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            boolean undecided = feasible[i] && !reaches[i] && !fallsShort[i];
            boolean inSet = i == c || undecided && runs.subsidy()[i] <= runs.subsidy()[c];
            boolean pareto = feasible[i];
            for (int j = 0; j < k && pareto; j++) {
                if (!feasible[j] || j == i) {
                    continue;
                }
                boolean asGood = p[j].estimate() >= p[i].estimate() && runs.companies()[j] <= runs.companies()[i];
                boolean better = p[j].estimate() > p[i].estimate() || runs.companies()[j] < runs.companies()[i];
                pareto = !(asGood && better);
            }
            out.add(new Evaluated(
                    cands.get(i), p[i], inSet, i == c, runs.companies()[i], runs.subsidy()[i], pareto, feasible[i]));
        }
        return new Result(out, c, guaranteed, 0, alpha, n, round, target);
    }

    /** The selection on the outcomes of one round (see the class comment). */
    static Result select(
            List<Candidate> cands,
            Runs runs,
            boolean[] feasible,
            double delta,
            double alphaRound,
            double alpha,
            int n,
            int round) {
        boolean[][] outcomes = runs.outcomes();
        int k = cands.size();
        double[] p = new double[k];
        int best = -1;
        int compared = 0;
        for (int i = 0; i < k; i++) {
            int hits = 0;
            for (boolean b : outcomes[i]) {
                hits += b ? 1 : 0;
            }
            p[i] = (double) hits / outcomes[i].length;
            if (feasible[i]) {
                compared++;
                if (best < 0 || p[i] > p[best]) {
                    best = i;
                }
            }
        }
        double z = compared <= 1
                ? 0
                : new org.apache.commons.math3.distribution.NormalDistribution()
                        .inverseCumulativeProbability(1 - alphaRound / (compared - 1));
        boolean guaranteed = true;
        List<Evaluated> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            boolean inSet = i == best;
            if (i != best && feasible[i]) {
                PairedDifference d = PairedDifference.of(outcomes[best], outcomes[i]);
                // a paired difference of 0 with se 0 (identical outcomes) cannot be told apart either
                inSet = d.difference() < z * d.pairedSe() || d.difference() == 0;
                guaranteed &= -d.difference() + z * d.pairedSe() <= delta;
            }
            int hits = (int) Math.round(p[i] * outcomes[i].length);
            boolean pareto = true;
            for (int j = 0; j < k && pareto && feasible[i]; j++) {
                if (!feasible[j]) {
                    continue;
                }
                boolean asGood = p[j] >= p[i] && runs.companies()[j] <= runs.companies()[i];
                boolean better = p[j] > p[i] || runs.companies()[j] < runs.companies()[i];
                pareto = !(j != i && asGood && better);
            }
            out.add(new Evaluated(
                    cands.get(i),
                    new Proportion(hits, outcomes[i].length),
                    inSet,
                    i == best,
                    runs.companies()[i],
                    runs.subsidy()[i],
                    pareto && feasible[i],
                    feasible[i]));
        }
        return new Result(out, best, guaranteed, delta, alpha, n, round, Double.NaN);
    }
}
