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
import nl.ppsim.stats.Quantiles;

/**
 * Which routes make a PPS verduurzaamd: every candidate of an {@link Exploration} (a subset of the
 * business models it may choose, times a combination of the values it may try) evaluated with
 * common random numbers, and a route chosen with a statement a reader can rely on.
 *
 * <p><b>Evaluation.</b> Every candidate runs on the scenario's own draws: every candidate is a
 * variant of one compiled scenario (its models) with its values as overrides of its own, and the
 * variants copy that scenario's one sampling ({@link CompiledScenario#variants}); a varied input
 * keeps its stream and draws nothing. Two candidates are therefore compared draw by draw (a paired
 * difference), and differences are measured far more
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
    public record Candidate(List<String> models, Map<String, Double> values) implements java.io.Serializable {
        /** Copies. */
        public Candidate {
            models = List.copyOf(models);
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The route's values as overrides of their inputs: each a constant. */
        public Map<String, Distribution> overrides() {
            Map<String, Distribution> o = new LinkedHashMap<>();
            values.forEach((path, value) -> o.put(path, Distributions.constant(value)));
            return o;
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
            double value,
            double valueSe,
            boolean inBestSet,
            boolean chosen,
            double companies,
            double subsidy,
            boolean pareto,
            boolean feasible,
            String limit)
            implements java.io.Serializable {}

    /**
     * The rules a route must keep beyond what it asks (the scheme's rules, the balance between the
     * partner groups): the id of the first it breaks, or null. The {@code check} package provides
     * them; the exploration only counts them.
     */
    @FunctionalInterface
    public interface Rules {
        /** No rules. */
        Rules NONE = (r, values) -> null;

        /**
         * The id of the first rule the route whose run is {@code r} breaks, or null when it keeps
         * them all; {@code values} are the inputs the route sets (by YAML path).
         */
        String broken(SimulationResult r, Map<String, Double> values);
    }

    /**
     * The runs of one round: each candidate's outcome per draw, what it asks, the first rule it
     * breaks (null: none), and for the objective {@code reserve_quantile} its quantile of the final
     * reserve on all draws and on each of {@link #SECTIONS} consecutive sections of them.
     */
    record Runs(
            boolean[][] outcomes,
            double[] companies,
            double[] subsidy,
            String[] broken,
            double[] quantile,
            double[][] sections) {
        /** Runs without rules or quantiles. */
        Runs(boolean[][] outcomes, double[] companies, double[] subsidy) {
            this(outcomes, companies, subsidy, new String[companies.length], null, null);
        }
    }

    /**
     * The sections of the draws whose quantiles estimate a quantile's standard error (sectioning:
     * the spread of the sections' estimates around the estimate on all draws; Asmussen and Glynn,
     * "Stochastic Simulation: Algorithms and Analysis", Springer 2007, section III.5a). Twenty
     * sections keep the t-quantile close to the normal one while each section holds enough draws
     * for its own quantile.
     */
    public static final int SECTIONS = 20;

    /**
     * The most candidates one pass runs on one sampling: each holds a worker's buffers, so beyond a
     * few dozen the passes gain little and the memory grows (docs/performance.md).
     */
    static final int MAX_VARIANTS_AT_ONCE = 64;

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
            Exploration.Objective objective,
            double target,
            double quantile,
            int searched,
            long possible)
            implements java.io.Serializable {
        /** Copies. */
        public Result {
            candidates = List.copyOf(candidates);
        }

        /** The chosen candidate. */
        public Evaluated best() {
            return candidates.get(chosen);
        }
    }

    /**
     * The most candidates evaluated whole (every subset times every combination of values); a larger
     * space is searched ({@link SubsetSearch}). An engineering limit: a few minutes for a scenario of
     * the example's size.
     */
    public static final int MAX_ENUMERATED = 4096;

    /** How many candidates the exploration has: every subset times every combination of values (at most Long.MAX_VALUE). */
    public static long count(Exploration e) {
        double total = 0;
        int n = e.models().size();
        if (n == 0) {
            total = 1;
        } else {
            for (int k = e.minModels(); k <= e.maxModels(); k++) {
                total += org.apache.commons.math3.util.CombinatoricsUtils.binomialCoefficientDouble(n, k);
            }
        }
        for (Exploration.Vary v : e.vary()) {
            total *= v.values().size();
        }
        return total >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.round(total);
    }

    /**
     * Every candidate of the exploration, subsets in order of size then of the list, values in their
     * order; a route without a model tries only the first value of that model's inputs.
     */
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
                // a value of a model the route leaves out changes nothing: its first value stands for all
                boolean redundant = e.vary().stream()
                        .anyMatch(v -> !v.mattersWith(s)
                                && !c.get(v.path()).equals(v.values().get(0)));
                if (!redundant) {
                    out.add(new Candidate(s, c));
                }
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
     * is reached. For an exploration without rules only.
     */
    public static Result explore(Scenario scenario, Exploration e, int threads) {
        return explore(scenario, e, scenario.iterations(), scenario.seed(), threads, Rules.NONE);
    }

    /**
     * As {@link #explore(Scenario, Exploration, int)} from {@code iterations} draws at {@code seed},
     * keeping {@code rules} (which must be given when the exploration asks for the scheme's rules or
     * the balance). Continuous ranges are first refined by a search ({@link RouteSearch}) on the
     * first round's draws; every point it evaluates joins the candidates.
     */
    public static Result explore(
            Scenario scenario, Exploration e, int iterations, long seed, int threads, Rules rules) {
        if ((e.schemeRules() || e.balance()) && rules == Rules.NONE) {
            throw new IllegalArgumentException("the exploration asks for rules: pass them");
        }
        check(scenario, e);
        long possible = count(e);
        // the searches and the first round evaluate on the same draws: each candidate once
        FirstRound first = new FirstRound(scenario, e, iterations, seed, threads, rules);
        List<Candidate> cands = possible > MAX_ENUMERATED ? SubsetSearch.search(e, first, seed) : candidates(e);
        int enumerated = possible > MAX_ENUMERATED ? 0 : cands.size();
        if (e.searches()) {
            cands = RouteSearch.refine(e, cands, first, seed);
        }
        int n = iterations;
        int round = 1;
        while (true) {
            Runs runs = round == 1 ? first.runs(cands) : evaluate(scenario, e, cands, n, seed, threads, rules);
            boolean[] feasible = feasible(e, runs);
            double alphaRound = e.alpha() / Math.pow(2, round);
            Result r = e.objective() == Exploration.Objective.LEAST_SUBSIDY
                    ? leastSubsidy(cands, runs, feasible, e.target(), alphaRound, e.alpha(), n, round)
                    : select(cands, runs, feasible, e, alphaRound, n, round);
            if (r.guaranteed() || 2L * n > e.maxIterations()) {
                return withSearched(r, cands.size() - enumerated, possible);
            }
            n *= 2;
            round++;
        }
    }

    /**
     * The evaluations of the first round's draws, kept per candidate: the searches score candidates
     * on them and the first round of the selection reuses them, so no candidate is run twice on the
     * same draws (a candidate's outcomes do not depend on the candidates evaluated beside it).
     */
    static final class FirstRound {
        private final Scenario scenario;
        private final Exploration e;
        private final int n;
        private final long seed;
        private final int threads;
        private final Rules rules;
        private final Map<Candidate, Row> rows = new java.util.HashMap<>();

        /** One candidate's part of a {@link Runs}. */
        private record Row(
                boolean[] outcomes,
                double companies,
                double subsidy,
                String broken,
                double quantile,
                double[] sections) {}

        FirstRound(Scenario scenario, Exploration e, int n, long seed, int threads, Rules rules) {
            this.scenario = scenario;
            this.e = e;
            this.n = n;
            this.seed = seed;
            this.threads = threads;
            this.rules = rules;
        }

        /** The runs of {@code cands} (in their order), evaluating in one pass those not evaluated yet. */
        Runs runs(List<Candidate> cands) {
            List<Candidate> fresh =
                    cands.stream().distinct().filter(c -> !rows.containsKey(c)).toList();
            if (!fresh.isEmpty()) {
                Runs r = evaluate(scenario, e, fresh, n, seed, threads, rules);
                for (int i = 0; i < fresh.size(); i++) {
                    rows.put(
                            fresh.get(i),
                            new Row(
                                    r.outcomes()[i],
                                    r.companies()[i],
                                    r.subsidy()[i],
                                    r.broken()[i],
                                    r.quantile() == null ? Double.NaN : r.quantile()[i],
                                    r.sections() == null ? null : r.sections()[i]));
                }
            }
            int k = cands.size();
            boolean[][] outcomes = new boolean[k][];
            double[] companies = new double[k];
            double[] subsidy = new double[k];
            String[] broken = new String[k];
            boolean quantiles = e.objective() == Exploration.Objective.RESERVE_QUANTILE;
            double[] quantile = quantiles ? new double[k] : null;
            double[][] sections = quantiles ? new double[k][] : null;
            for (int i = 0; i < k; i++) {
                Row row = rows.get(cands.get(i));
                outcomes[i] = row.outcomes();
                companies[i] = row.companies();
                subsidy[i] = row.subsidy();
                broken[i] = row.broken();
                if (quantiles) {
                    quantile[i] = row.quantile();
                    sections[i] = row.sections();
                }
            }
            return new Runs(outcomes, companies, subsidy, broken, quantile, sections);
        }
    }

    private static Result withSearched(Result r, int searched, long possible) {
        return new Result(
                r.candidates(),
                r.chosen(),
                r.guaranteed(),
                r.delta(),
                r.alpha(),
                r.draws(),
                r.rounds(),
                r.objective(),
                r.target(),
                r.quantile(),
                searched,
                possible);
    }

    /**
     * Which candidates keep to the exploration's limits (what they ask of companies and of the
     * subsidy, on their mean totals) and rules; an error at the limits when none does, naming the
     * least any candidate asks, or the rule the routes break. A candidate over a limit gets the
     * limit's name as what it breaks.
     */
    static boolean[] feasible(Exploration e, Runs runs) {
        int k = runs.companies().length;
        boolean[] ok = new boolean[k];
        boolean any = false;
        boolean anyWithinLimits = false;
        double leastCompanies = Double.POSITIVE_INFINITY;
        double leastSubsidy = Double.POSITIVE_INFINITY;
        Map<String, Integer> broken = new java.util.TreeMap<>();
        for (int i = 0; i < k; i++) {
            boolean within = !(runs.companies()[i] > e.maxCompanies()) && !(runs.subsidy()[i] > e.maxSubsidy());
            anyWithinLimits |= within;
            ok[i] = within && runs.broken()[i] == null;
            if (within && runs.broken()[i] != null) {
                broken.merge(runs.broken()[i], 1, Integer::sum);
            }
            if (!within) {
                // why it takes no part, as the scenario names the limit
                runs.broken()[i] = runs.companies()[i] > e.maxCompanies() ? "max_company_contribution" : "max_subsidy";
            }
            any |= ok[i];
            leastCompanies = Math.min(leastCompanies, runs.companies()[i]);
            leastSubsidy = Math.min(leastSubsidy, runs.subsidy()[i]);
        }
        if (!anyWithinLimits) {
            String least = Math.round(leastCompanies) + " (companies), " + Math.round(leastSubsidy) + " (subsidy)";
            throw e.constraints()
                    .error(
                            "geen enkele route blijft binnen deze grenzen; het minste dat een route vraagt: EUR "
                                    + least.replace("companies", "bedrijven").replace("subsidy", "subsidie"),
                            "no route keeps within these limits; the least a route asks: EUR " + least);
        }
        if (!any) {
            String rules = String.join(", ", broken.keySet());
            throw e.constraints()
                    .error(
                            "geen enkele route houdt zich aan de regels; gebroken: " + rules
                                    + " (ppsim check toont waarom)",
                            "no route keeps the rules; broken: " + rules + " (ppsim check shows why)");
        }
        return ok;
    }

    /** Each candidate's outcome per draw (verduurzaamd or not), on common random numbers, and what it asks. */
    static Runs evaluate(Scenario scenario, Exploration e, List<Candidate> cands, int n, int threads) {
        return evaluate(scenario, e, cands, n, scenario.seed(), threads, Rules.NONE);
    }

    static Runs evaluate(
            Scenario scenario, Exploration e, List<Candidate> cands, int n, long seed, int threads, Rules rules) {
        boolean[][] out = new boolean[cands.size()][];
        double[] companies = new double[cands.size()];
        double[] subsidy = new double[cands.size()];
        String[] broken = new String[cands.size()];
        boolean quantiles = e.objective() == Exploration.Objective.RESERVE_QUANTILE;
        double[] quantile = quantiles ? new double[cands.size()] : null;
        double[][] sections = quantiles ? new double[cands.size()][] : null;
        // every candidate a variant of one compilation, with its values as its own overrides: a pass samples
        // each chunk once for all the candidates in it (as many as fit in memory)
        RunSettings settings = new RunSettings(n, seed, threads)
                .withTrace(RunSettings.Trace.OUTCOMES)
                .withoutQuantiles();
        CompiledScenario compiled = CompiledScenario.of(scenario, settings);
        int batch = Math.min(MAX_VARIANTS_AT_ONCE, compiled.variantsThatFit(threads));
        for (int from = 0; from < cands.size(); from += batch) {
            int to = Math.min(cands.size(), from + batch);
            List<Scenario> variants = new ArrayList<>();
            List<Map<String, Distribution>> overrides = new ArrayList<>();
            for (int i = from; i < to; i++) {
                variants.add(variant(scenario, e, cands.get(i)));
                overrides.add(cands.get(i).overrides());
            }
            List<SimulationResult> results = compiled.variants(variants, overrides, settings);
            for (int k = 0; k < results.size(); k++) {
                int i = from + k;
                SimulationResult r = results.get(k);
                out[i] = r.trace().verduurzaamd();
                int w = nl.ppsim.scenario.Group.WERKVELD.ordinal();
                companies[i] = r.funding().group(w) + r.funding().revenueByPayer()[w];
                subsidy[i] = r.funding().subsidy();
                broken[i] = rules.broken(r, cands.get(i).values());
                if (quantiles) {
                    double[] reserve = r.trace().finalReserve();
                    quantile[i] = quantile(reserve, 0, reserve.length, e.quantile());
                    sections[i] = new double[SECTIONS];
                    for (int sct = 0; sct < SECTIONS; sct++) {
                        sections[i][sct] = quantile(
                                reserve,
                                (int) ((long) sct * reserve.length / SECTIONS),
                                (int) ((long) (sct + 1) * reserve.length / SECTIONS),
                                e.quantile());
                    }
                }
            }
        }
        return new Runs(out, companies, subsidy, broken, quantile, sections);
    }

    /** The {@code q}-quantile of {@code values[from, to)} (the definition of {@link Quantiles#ofSorted}). */
    static double quantile(double[] values, int from, int to, double q) {
        double[] part = java.util.Arrays.copyOfRange(values, from, to);
        java.util.Arrays.sort(part);
        return Quantiles.ofSorted(part, q);
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
        double[] estimate = new double[k];
        for (int i = 0; i < k; i++) {
            p[i] = Proportion.of(runs.outcomes()[i]);
            estimate[i] = p[i].estimate();
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
            boolean pareto = pareto(i, estimate, runs.companies(), feasible);
            out.add(new Evaluated(
                    cands.get(i),
                    p[i],
                    p[i].estimate(),
                    p[i].standardError(),
                    inSet,
                    i == c,
                    runs.companies()[i],
                    runs.subsidy()[i],
                    pareto,
                    feasible[i],
                    feasible[i] ? null : runs.broken()[i]));
        }
        return new Result(
                out, c, guaranteed, 0, alpha, n, round, Exploration.Objective.LEAST_SUBSIDY, target, Double.NaN, 0, k);
    }

    /**
     * Whether feasible candidate {@code i} is on the trade-off front: no other feasible candidate
     * has at least its value while asking no more of companies, and is better in one of the two.
     */
    static boolean pareto(int i, double[] value, double[] companies, boolean[] feasible) {
        if (!feasible[i]) {
            return false;
        }
        for (int j = 0; j < value.length; j++) {
            if (j == i || !feasible[j]) {
                continue;
            }
            boolean asGood = value[j] >= value[i] && companies[j] <= companies[i];
            boolean better = value[j] > value[i] || companies[j] < companies[i];
            if (asGood && better) {
                return false;
            }
        }
        return true;
    }

    /** The selection of the highest probability on the outcomes of one round (see the class comment). */
    static Result select(
            List<Candidate> cands,
            Runs runs,
            boolean[] feasible,
            double delta,
            double alphaRound,
            double alpha,
            int n,
            int round) {
        return select(
                cands,
                runs,
                feasible,
                Exploration.Objective.P_VERDUURZAAMD,
                Double.NaN,
                delta,
                alphaRound,
                alpha,
                n,
                round);
    }

    static Result select(
            List<Candidate> cands, Runs runs, boolean[] feasible, Exploration e, double alphaRound, int n, int round) {
        return select(cands, runs, feasible, e.objective(), e.quantile(), e.delta(), alphaRound, e.alpha(), n, round);
    }

    /**
     * The selection on one round (see the class comment), of the highest probability or of the
     * highest quantile of the final reserve. A probability's differences are paired draw by draw
     * (normal quantile); a quantile's by sectioning ({@link #SECTIONS}: the differences of the
     * sections' quantiles around the difference on all draws, Student's t with SECTIONS - 1 degrees
     * of freedom).
     */
    static Result select(
            List<Candidate> cands,
            Runs runs,
            boolean[] feasible,
            Exploration.Objective objective,
            double q,
            double delta,
            double alphaRound,
            double alpha,
            int n,
            int round) {
        boolean[][] outcomes = runs.outcomes();
        boolean byQuantile = objective == Exploration.Objective.RESERVE_QUANTILE;
        int k = cands.size();
        Proportion[] p = new Proportion[k];
        double[] v = new double[k];
        int best = -1;
        int compared = 0;
        for (int i = 0; i < k; i++) {
            p[i] = Proportion.of(outcomes[i]);
            v[i] = byQuantile ? runs.quantile()[i] : p[i].estimate();
            if (feasible[i]) {
                compared++;
                if (best < 0 || v[i] > v[best]) {
                    best = i;
                }
            }
        }
        double tail = compared <= 1 ? 0.5 : 1 - alphaRound / (compared - 1);
        double crit = compared <= 1
                ? 0
                : byQuantile
                        ? new org.apache.commons.math3.distribution.TDistribution(SECTIONS - 1)
                                .inverseCumulativeProbability(tail)
                        : new org.apache.commons.math3.distribution.NormalDistribution()
                                .inverseCumulativeProbability(tail);
        boolean guaranteed = true;
        List<Evaluated> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            boolean inSet = i == best;
            if (i != best && feasible[i]) {
                double d;
                double se;
                if (byQuantile) {
                    d = v[best] - v[i];
                    se = sectioningSe(runs.sections()[best], runs.sections()[i], d);
                } else {
                    PairedDifference pd = PairedDifference.of(outcomes[best], outcomes[i]);
                    d = pd.difference();
                    se = pd.pairedSe();
                }
                // a difference of 0 with se 0 (identical outcomes) cannot be told apart either
                inSet = d < crit * se || d == 0;
                guaranteed &= -d + crit * se <= delta;
            }
            boolean pareto = pareto(i, v, runs.companies(), feasible);
            out.add(new Evaluated(
                    cands.get(i),
                    p[i],
                    v[i],
                    byQuantile ? sectioningSe(runs.sections()[i], null, v[i]) : p[i].standardError(),
                    inSet,
                    i == best,
                    runs.companies()[i],
                    runs.subsidy()[i],
                    pareto,
                    feasible[i],
                    feasible[i] ? null : runs.broken()[i]));
        }
        return new Result(out, best, guaranteed, delta, alpha, n, round, objective, Double.NaN, q, 0, k);
    }

    /**
     * The sectioning standard error of {@code whole} (an estimate on all draws): of a quantile
     * when {@code b} is null, else of the difference of two candidates' quantiles (section by
     * section, on the same draws).
     */
    static double sectioningSe(double[] a, double[] b, double whole) {
        double sum = 0;
        for (int s = 0; s < a.length; s++) {
            double x = b == null ? a[s] : a[s] - b[s];
            sum += (x - whole) * (x - whole);
        }
        return Math.sqrt(sum / (a.length - 1) / a.length);
    }
}
