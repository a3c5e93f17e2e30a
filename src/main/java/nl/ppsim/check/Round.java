package nl.ppsim.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.ppsim.stats.Proportion;

/**
 * A round of applications judged together: each plan's verdicts and headline probability, ranked
 * by a fixed rule and held against the round's budget.
 *
 * <p>The ranking rule: plans that could be judged before broken ones; plans that break no rule
 * (no "fail") before plans that do; then the higher lower bound of the headline's 95% interval
 * (the probability of becoming self-sufficient that the evidence supports); then the smaller
 * subsidy asked; then the file name. Going down that order, a plan without a failing rule is
 * within the budget while the subsidy asked so far (its own included) fits in it.
 *
 * <p>One budget belongs to one scheme: a round ranks the plans of each scheme apart
 * ({@link Ranking}), never plans of different schemes against one budget.
 */
public final class Round {
    private Round() {}

    /** One plan of the round: judged (checks and headline), or broken (an error message). */
    public record Entry(
            String file,
            String id,
            String title,
            String scheme,
            String variant,
            double subsidy,
            List<Check> checks,
            Proportion headline,
            String mainRisk,
            String error) {
        /** Copies the checks. */
        public Entry {
            checks = checks == null ? List.of() : List.copyOf(checks);
        }

        /** True when the plan could be read and judged. */
        public boolean judged() {
            return error == null;
        }

        /** The number of checks with verdict {@code v}. */
        public long count(Verdict v) {
            return checks.stream().filter(c -> c.verdict() == v).count();
        }

        /** The first failing rule, else the first warning, else null. */
        public String worstRule() {
            return checks.stream()
                    .filter(c -> c.verdict() == Verdict.FAIL)
                    .map(Check::rule)
                    .findFirst()
                    .orElse(checks.stream()
                            .filter(c -> c.verdict() == Verdict.WARN)
                            .map(Check::rule)
                            .findFirst()
                            .orElse(null));
        }

        double lowerBound() {
            return headline == null ? -1 : headline.wilson95()[0];
        }
    }

    /** The draws per held run of a round's tornado, as {@code ppsim check --tornado-iterations} defaults. */
    public static final int TORNADO_ITERATIONS = 2000;

    /**
     * Judges one plan of a round as {@code ppsim check} does: its run at {@code settings}, a
     * tornado of at most {@code tornadoIterations} draws per held run, the review's checks, the
     * subsidy it asks (planned per year times its subsidy years) and the input that moves it most.
     * The command line and the shared server's rounds judge with this one method.
     */
    public static Entry judge(
            String file,
            nl.ppsim.scenario.Scenario scenario,
            nl.ppsim.engine.settings.RunSettings settings,
            int tornadoIterations,
            PlanReview.Options options) {
        nl.ppsim.engine.CompiledScenario compiled = nl.ppsim.engine.CompiledScenario.of(scenario, settings);
        nl.ppsim.engine.result.SimulationResult result = compiled.run(nl.ppsim.engine.settings.ProgressListener.NONE);
        nl.ppsim.analysis.Tornado.Result tornado = nl.ppsim.analysis.Tornado.run(
                compiled,
                settings.withIterations(Math.min(tornadoIterations, settings.iterations())),
                nl.ppsim.engine.settings.ProgressListener.NONE);
        List<Check> checks = PlanReview.review(result, tornado, options);
        double subsidy = scenario.subsidyPerYear() == null
                ? 0
                : scenario.subsidyPerYear().distribution().planned() * scenario.subsidyYears();
        String risk =
                tornado.bars().isEmpty() ? null : tornado.bars().get(0).input().path();
        return new Entry(
                file,
                scenario.id(),
                scenario.title(),
                scenario.scheme() == null ? null : scenario.scheme().id(),
                scenario.scheme() == null ? null : scenario.scheme().variant(),
                subsidy,
                checks,
                result.verduurzaamd(),
                risk,
                null);
    }

    /** A ranked plan: its place (1 = best), the subsidy asked up to and including it by fundable plans, and whether it fits the budget. */
    public record Ranked(int rank, Entry entry, double cumulative, boolean withinBudget) {}

    /**
     * The ranking of one scheme's plans: the scheme's id ("" for plans that ask no subsidy and name
     * no scheme, null for the plans that could not be judged), the budget they were held against (NaN: none), how the scheme's committee judges
     * instead (empty: unknown), and the ranked plans.
     */
    public record Ranking(String scheme, double budget, nl.ppsim.scenario.Wording assessment, List<Ranked> ranked) {
        /** Copies the list. */
        public Ranking {
            ranked = List.copyOf(ranked);
        }
    }

    /** The ranking order: judged plans first, then fewest failures, then the highest headline. */
    public static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> !e.judged())
            .thenComparing(e -> e.count(Verdict.FAIL) > 0)
            .thenComparing(Comparator.comparingDouble(Entry::lowerBound).reversed())
            .thenComparingDouble(Entry::subsidy)
            .thenComparing(Entry::file);

    /** Ranks the plans and holds them against {@code budget} (NaN: no budget, every fundable plan is within). */
    public static List<Ranked> rank(List<Entry> entries, double budget) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        List<Ranked> out = new ArrayList<>();
        double cumulative = 0;
        for (int k = 0; k < sorted.size(); k++) {
            Entry e = sorted.get(k);
            boolean fundable = e.judged() && e.count(Verdict.FAIL) == 0;
            if (fundable) {
                cumulative += e.subsidy();
            }
            boolean within = fundable && (Double.isNaN(budget) || cumulative <= budget * (1 + 1e-12));
            out.add(new Ranked(k + 1, e, fundable ? cumulative : Double.NaN, within));
        }
        return out;
    }
}
