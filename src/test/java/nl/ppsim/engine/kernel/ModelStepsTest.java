package nl.ppsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import nl.ppsim.TestScenarios;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.ModelResult;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Catalog;
import nl.ppsim.model.Expr;
import nl.ppsim.model.Parameter;
import nl.ppsim.model.Step;
import org.junit.jupiter.api.Test;

/**
 * The business models' steps: the engine's chunked evaluation against the one-iteration
 * reference on random draws, which steps the synergy multiplier reaches, shared overhead, and
 * costs carried in kind in the scheme's budget.
 */
class ModelStepsTest {
    static final int LANES = 256;
    static final int CHUNKS = 40;

    /** A random value of a parameter's kind, sometimes 0 (the edge of every min and max). */
    static double draw(Parameter p, SplittableRandom rng) {
        if (rng.nextInt(20) == 0) {
            return 0;
        }
        return switch (p.kind()) {
            case AMOUNT -> rng.nextDouble(0, 100_000);
            case COUNT -> p.optional() && rng.nextBoolean() ? Double.POSITIVE_INFINITY : rng.nextDouble(0, 60);
            case FRACTION -> rng.nextDouble();
            case YEARS -> rng.nextBoolean() ? rng.nextInt(0, 12) : rng.nextDouble(0, 12);
        };
    }

    /** One chunk of random inputs for a model: parameters, context and the history of every step. */
    static final class Chunk {
        final double[][] params;
        final double[] ramp = new double[LANES];
        final double[] before = new double[LANES];
        final double[] uplift = new double[LANES];
        final double[] research = new double[LANES];
        final double[][][] history;
        final int age;

        Chunk(BusinessModel m, int age, int horizon, SplittableRandom rng) {
            this.age = age;
            params = new double[m.parameters().size()][LANES];
            history = new double[m.steps().size()][horizon + 1][LANES];
            for (int i = 0; i < LANES; i++) {
                for (Parameter p : m.parameters()) {
                    params[p.index()][i] = draw(p, rng);
                }
                ramp[i] = rng.nextDouble(0.01, 1);
                before[i] = ramp[i] * rng.nextDouble();
                uplift[i] = rng.nextDouble(0.5, 2);
                research[i] = rng.nextDouble(0, 30);
                for (double[][] h : history) {
                    for (int t = 1; t <= horizon; t++) {
                        h[t][i] = rng.nextDouble(0, 50);
                    }
                }
            }
        }

        /** The reference's view of iteration i. */
        BusinessModel.Year year(int i, double upliftValue) {
            return new BusinessModel.Year() {
                public double parameter(int index) {
                    return params[index][i];
                }

                public double context(BusinessModel.Context name) {
                    return switch (name) {
                        case RAMP -> ramp[i];
                        case RAMP_BEFORE -> before[i];
                        case UPLIFT -> upliftValue;
                        default -> research[i];
                    };
                }

                public int age() {
                    return age;
                }

                public double past(int step, int yearsAgo) {
                    return history[step][age - yearsAgo][i];
                }
            };
        }
    }

    @Test
    void theEnginesChunkedStepsEqualTheReferenceExactlyOnRandomDraws() {
        SplittableRandom rng = new SplittableRandom(16);
        int horizon = 14;
        for (BusinessModel m : Catalog.all()) {
            int steps = m.steps().size();
            boolean[] all = new boolean[steps];
            java.util.Arrays.fill(all, true);
            BusinessModelsFlow.ModelRows rows = new BusinessModelsFlow.ModelRows(m, steps, horizon, all, LANES);
            double[][] own = new double[steps][LANES];
            Expr.Scratch scratch = new Expr.Scratch(LANES);
            for (int c = 0; c < CHUNKS; c++) {
                Chunk in = new Chunk(m, 1 + c % 12, horizon, rng);
                rows.params = in.params;
                rows.ramp = in.ramp;
                rows.rampBefore = in.before;
                rows.uplift = in.uplift;
                rows.research = in.research;
                rows.age = in.age;
                rows.year = in.age;
                for (int s = 0; s < steps; s++) {
                    rows.history[s] = in.history[s];
                }
                for (int s = 0; s < steps; s++) {
                    rows.current[s] = m.steps().get(s).expr().rows(rows, own[s], LANES, scratch);
                }
                for (int i = 0; i < LANES; i++) {
                    double[] reference = m.evaluate(in.year(i, in.uplift[i]));
                    for (int s = 0; s < steps; s++) {
                        String step = m.key() + "." + m.steps().get(s).name();
                        assertEquals(
                                Double.doubleToLongBits(reference[s]),
                                Double.doubleToLongBits(rows.current[s][i]),
                                () -> step + ": reference and chunk differ");
                    }
                }
            }
        }
    }

    @Test
    void theSynergyMultiplierChangesExactlyTheStepsTheDocsName() {
        SplittableRandom rng = new SplittableRandom(17);
        for (BusinessModel m : Catalog.all()) {
            Set<String> named = m.dependents(m.contextName(BusinessModel.Context.UPLIFT), false);
            Set<String> changed = new LinkedHashSet<>();
            for (int c = 0; c < CHUNKS; c++) {
                Chunk in = new Chunk(m, 1 + c % 12, 14, rng);
                for (int i = 0; i < LANES; i++) {
                    double u = in.uplift[i];
                    double[] a = m.evaluate(in.year(i, u));
                    double[] b = m.evaluate(in.year(i, u * 1.25));
                    for (int s = 0; s < a.length; s++) {
                        if (Double.doubleToLongBits(a[s]) != Double.doubleToLongBits(b[s])) {
                            changed.add(m.steps().get(s).name());
                        }
                    }
                }
            }
            assertEquals(named, changed, m.key() + ": the steps the uplift reaches this year");
        }
        // the school funding follows the students recruited in earlier years, so the uplift reaches it later
        BusinessModel marketing = Catalog.find("marketingorganisatie").orElseThrow();
        assertEquals(
                Set.of("new_students", "branch_fees", "innovation_budget", "students_reached"),
                marketing.dependents(marketing.contextName(BusinessModel.Context.UPLIFT), true));
        // the earning models' demand moves with it; models that earn nothing on their own get no synergy
        for (BusinessModel m : Catalog.all()) {
            boolean revenueMoves = m.dependents(m.contextName(BusinessModel.Context.UPLIFT), false).stream()
                    .anyMatch(s -> m.step(s).orElseThrow().kind() == Step.Kind.REVENUE);
            assertEquals(m.earning() && !m.key().equals("netwerkorganisatie"), revenueMoves, m.key());
        }
    }

    static SimulationResult run(String lines, String models) {
        return TestScenarios.run(
                TestScenarios.header(0, 3, 5, 1_000_000) + "lines:\n" + lines + "business_models:\n" + models, 2);
    }

    static final String TWO_MODELS = """
              - {name: A, model: loket, params: {ramp_up_years: 0, questions_per_year: 0, helpdesk_fte: 1, cost_per_fte: 10000, school_helpdesk_in_kind: 0}}
              - {name: B, model: loket, params: {ramp_up_years: 0, questions_per_year: 100, fee_per_question: 500, helpdesk_fte: 1, cost_per_fte: 20000, school_helpdesk_in_kind: 0}}
            """;

    @Test
    void overheadIsSpreadByTheGivenSharesAndAddsUpToTheLine() {
        SimulationResult r =
                run("  - {name: kernteam, kind: cost, amount: 100000, allocate: {A: 0.7, B: 0.3}}\n", TWO_MODELS);
        for (int t = 1; t <= 3; t++) {
            ModelResult.Year a = r.models().get(0).years().get(t - 1);
            ModelResult.Year b = r.models().get(1).years().get(t - 1);
            assertEquals(70000, a.overhead().mean(), 1e-6);
            assertEquals(30000, b.overhead().mean(), 1e-6);
            assertEquals(100000, a.overhead().mean() + b.overhead().mean(), 1e-6, "the whole line");
            assertEquals(50000 - 20000 - 30000, b.marginAfterOverhead().mean(), 1e-6);
            assertEquals(
                    b.margin().mean() - b.overhead().mean(),
                    b.marginAfterOverhead().p50(),
                    1e-6);
        }
        SimulationResult plain = run("  - {name: kernteam, kind: cost, amount: 100000}\n", TWO_MODELS);
        for (int t = 0; t < 3; t++) {
            assertEquals(
                    plain.years().get(t).metric(Metric.COSTS).mean(),
                    r.years().get(t).metric(Metric.COSTS).mean(),
                    1e-6,
                    "allocating changes no total of the PPS");
            assertEquals(0, plain.models().get(0).years().get(t).overhead().mean(), 0);
        }
    }

    @Test
    void proportionalOverheadFollowsTheModelsCashCosts() {
        SimulationResult r =
                run("  - {name: kernteam, kind: cost, amount: 90000, allocate: proportional}\n", TWO_MODELS);
        ModelResult.Year a = r.models().get(0).years().get(0);
        ModelResult.Year b = r.models().get(1).years().get(0);
        // cash costs 10000 and 20000: one third and two thirds
        assertEquals(30000, a.overhead().mean(), 1e-6);
        assertEquals(60000, b.overhead().mean(), 1e-6);
    }

    @Test
    void aStopRuleAfterOverheadJudgesTheMarginAfterOverhead() {
        String stopB = TWO_MODELS.replace(
                "cost_per_fte: 20000, school_helpdesk_in_kind: 0}}\n",
                "cost_per_fte: 20000, school_helpdesk_in_kind: 0}, stop_rule: {years: 1%s}}\n");
        String line = "  - {name: kernteam, kind: cost, amount: 100000, allocate: {A: 0.5, B: 0.5}}\n";
        // B earns 50000 against 20000 in cash: a margin of 30000, but 20000 short after 50000 of overhead
        SimulationResult before = run(line, stopB.formatted(""));
        SimulationResult after = run(line, stopB.formatted(", after_overhead: true"));
        assertEquals(1, before.models().get(1).years().get(2).running().estimate());
        assertEquals(1, after.models().get(1).years().get(0).running().estimate());
        assertEquals(
                0,
                after.models().get(1).years().get(1).running().estimate(),
                "stopped after one year below 0 after overhead");
        assertEquals(
                50000,
                after.models().get(1).years().get(1).overhead().mean(),
                1e-6,
                "fixed shares stay with a stopped model");
    }

    @Test
    void aCostCarriedInKindCountsInTheBudgetAndTheGroupsShare() {
        String yaml = TestScenarios.header(1, 2, 5, 1_000_000) + """
                subsidy:
                  per_year: 10000
                  scheme: custom
                  rules: {subsidy_share: {max: 0.5}}
                business_models:
                  - {model: opleidingshuis, params: {teacher_fte: 1, cost_per_fte: 60000, development_costs: 30000, expert_hours: 100, in_kind_hour_value: 50}%s}
                """;
        SimulationResult school = TestScenarios.run(yaml.formatted(""), 1);
        SimulationResult pps = TestScenarios.run(yaml.formatted(", carried_by: {teachers: pps}"), 1);
        // budget: 30000 cash + 60000 teachers + 5000 experts either way; the teachers count for the school only in kind
        assertEquals(95000, school.settlement().meanBudget(), 1e-6);
        assertEquals(95000, pps.settlement().meanBudget(), 1e-6);
        assertEquals(
                60000.0 / 95000,
                school.settlement().meanGroupContribution()[0]
                        / school.settlement().meanBudget(),
                1e-12);
        assertEquals(0, pps.settlement().meanGroupContribution()[0], 1e-12);
        assertEquals(
                5000.0 / 95000,
                pps.settlement().meanGroupContribution()[1] / pps.settlement().meanBudget(),
                1e-12);
        assertEquals(30000, school.years().get(0).metric(Metric.COSTS).mean(), 1e-6);
        assertEquals(90000, pps.years().get(0).metric(Metric.COSTS).mean(), 1e-6);
    }
}
