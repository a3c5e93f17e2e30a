package nl.ppsim.engine.kernel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.result.EventResult;
import nl.ppsim.engine.result.Funding;
import nl.ppsim.engine.result.IterationTrace;
import nl.ppsim.engine.result.LumpResult;
import nl.ppsim.engine.result.LumpSource;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.ModelResult;
import nl.ppsim.engine.result.Money;
import nl.ppsim.engine.result.Outcomes;
import nl.ppsim.engine.result.SettlementResult;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.result.YearResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.stats.Proportion;
import nl.ppsim.stats.QuantileSketch;
import nl.ppsim.stats.Summary;

/**
 * Result assembly: turns a run's merged tally and block sums into the {@link SimulationResult}
 * (per year, per model, settlement, one-off items, events, the headline and its standard error).
 * Means come from the block sums in iteration order, quantiles from the tally's sketches.
 */
final class Results {
    private final Run run;
    private final Plan plan;
    private final int iterations;
    private final int blocks;
    private final int horizon;
    private final BlockSums sums;

    Results(Run run) {
        this.run = run;
        this.plan = run.plan;
        this.iterations = run.iterations;
        this.blocks = run.blocks;
        this.horizon = run.horizon;
        this.sums = run.sums;
    }

    /**
     * Independent replicates a design-based standard error needs at least: with fewer, the
     * headline keeps the binomial formula (conservative under Latin hypercube sampling).
     */
    static final int MIN_REPLICATES = 10;

    /**
     * The headline probability. Under Latin hypercube sampling each block of iterations is an
     * independent stratified sample, so the blocks are replicates: the standard error is that
     * of the ratio of their success counts to their sizes, sqrt(B/(B-1) sum (n_b/N)^2 (p_b -
     * p)^2), from at least {@link #MIN_REPLICATES} blocks; the binomial formula would overstate
     * it (LHS is more precise for smooth outcomes).
     */
    private Proportion headline(long count) {
        if (plan.sampling != RunSettings.Sampling.LHS || blocks < MIN_REPLICATES) {
            return share(count);
        }
        double p = (double) count / iterations;
        double sum = 0;
        for (int b = 0; b < blocks; b++) {
            long n = Math.min((long) (b + 1) * RandomStreams.BLOCK_SIZE, iterations)
                    - (long) b * RandomStreams.BLOCK_SIZE;
            double w = (double) n / iterations;
            double d = (double) run.blockSuccesses[b] / n - p;
            sum += w * w * d * d;
        }
        double se = Math.sqrt(sum * blocks / (blocks - 1.0));
        return se > 0 ? new Proportion(count, iterations, se, blocks - 1) : share(count);
    }

    private Proportion share(long count) {
        return new Proportion(count, iterations);
    }

    SimulationResult result(Tally c, long seed) {
        double[] total = sums.totals(blocks);
        Scenario scenario = plan.scenario;
        List<YearResult> years = new ArrayList<>();
        double[] fundingCash = new double[Ledger.GROUPS];
        double[] fundingInKind = new double[Ledger.GROUPS];
        double[] fundingPayer = new double[Ledger.PAYERS];
        double fundingSubsidy = 0;
        double fundingRevenue = 0;
        for (int t = 1; t <= horizon; t++) {
            Map<Metric, Summary> metrics = new EnumMap<>(Metric.class);
            for (Metric m : Engine.METRICS) {
                Summary summary = Summary.of(total[sums.metric(m, t)] / iterations, c.metrics[m.ordinal()][t]);
                boolean kept = run.quantiles == RunSettings.Quantiles.ALL
                        || run.quantiles == RunSettings.Quantiles.RESERVE && m == Metric.RESERVE;
                requireFinite(kept ? summary.isFinite() : Double.isFinite(summary.mean()), m.key(), t);
                metrics.put(m, summary);
            }
            double[] cash = new double[Ledger.GROUPS];
            double[] inKind = new double[Ledger.GROUPS];
            for (int g = 0; g < Ledger.GROUPS; g++) {
                cash[g] = total[sums.cash(g, t)] / iterations;
                inKind[g] = total[sums.inKind(g, t)] / iterations;
                fundingCash[g] += cash[g];
                fundingInKind[g] += inKind[g];
            }
            for (int p = 0; p < Ledger.PAYERS; p++) {
                fundingPayer[p] += total[sums.payer(p, t)] / iterations;
            }
            fundingSubsidy += metrics.get(Metric.SUBSIDY).mean();
            fundingRevenue += metrics.get(Metric.REVENUE).mean();
            boolean subsidyPhase = t <= plan.subsidyYears;
            years.add(new YearResult(
                    t,
                    scenario.calendarYear(t),
                    subsidyPhase,
                    share(c.selfSufficient[t]),
                    share(c.insolvent[t]),
                    metrics,
                    cash,
                    inKind,
                    subsidyPhase ? null : share(c.continuesThrough[t]),
                    subsidyPhase ? null : share(c.headlineThrough[t])));
        }
        List<ModelResult> models = new ArrayList<>();
        for (ModelRuntime m : plan.models) {
            List<ModelResult.Year> rows = new ArrayList<>();
            for (int t = 1; t <= horizon; t++) {
                Summary[] s = new Summary[ModelMetric.COUNT];
                for (int k = 0; k < ModelMetric.COUNT; k++) {
                    if (k >= ModelMetric.OVERHEAD.ordinal() && !m.carriesOverhead) {
                        // no overhead: none, and the margin after it is the margin
                        s[k] = k == ModelMetric.OVERHEAD.ordinal()
                                ? new Summary(0, 0, 0, 0, 0, 0)
                                : s[ModelMetric.MARGIN.ordinal()];
                        continue;
                    }
                    s[k] = Summary.of(total[sums.model(m.index, k, t)] / iterations, c.models[m.index][k][t]);
                    requireFinite(
                            run.quantiles == RunSettings.Quantiles.ALL ? s[k].isFinite() : Double.isFinite(s[k].mean()),
                            m.use.name(),
                            t);
                }
                rows.add(new ModelResult.Year(
                        t, scenario.calendarYear(t), s[0], s[1], s[2], s[3], s[4], s[5], share(c.running[m.index][t])));
            }
            models.add(new ModelResult(m.use.name(), m.model.key(), List.copyOf(rows)));
        }
        SettlementResult settlement = null;
        if (plan.settlement != null) {
            Proportion[] below = new Proportion[Ledger.GROUPS];
            Proportion[] above = new Proportion[Ledger.GROUPS];
            double[] groups = new double[Ledger.GROUPS];
            for (int g = 0; g < Ledger.GROUPS; g++) {
                below[g] = share(c.belowMin[g]);
                above[g] = share(c.aboveMax[g]);
                groups[g] = total[sums.groupContribution(g)] / iterations;
            }
            settlement = new SettlementResult(
                    below,
                    above,
                    share(c.subsidyAboveMax),
                    share(c.reduced),
                    total[sums.repaid()] / iterations,
                    total[sums.granted()] / iterations,
                    total[sums.budget()] / iterations,
                    groups);
        }
        List<LumpResult> lumps = new ArrayList<>();
        for (int k = 0; k < plan.lumps.size(); k++) {
            List<LumpResult.Year> rows = new ArrayList<>();
            for (int t = 1; t <= horizon; t++) {
                if (c.lumps[k][t] > 0) {
                    rows.add(new LumpResult.Year(
                            t, scenario.calendarYear(t), share(c.lumps[k][t]), total[sums.lump(k, t)] / c.lumps[k][t]));
                }
            }
            lumps.add(new LumpResult(plan.lumps.get(k), List.copyOf(rows)));
        }
        List<EventResult> events = new ArrayList<>();
        for (EventRuntime e : plan.events) {
            double cost = total[sums.eventCost(e.index)];
            long happened = c.events[e.index];
            nl.ppsim.scenario.Event.Impact what = e.event().impact();
            String impact = what instanceof nl.ppsim.scenario.Event.Cost
                    ? "cost"
                    : what instanceof nl.ppsim.scenario.Event.PartnerExit ? "partner_exit" : "revenue_loss";
            events.add(new EventResult(
                    e.event().name(),
                    impact,
                    share(happened),
                    total[sums.eventCount(e.index)] / iterations,
                    cost / iterations,
                    happened == 0 ? 0 : cost / happened));
        }
        double repaid = total[sums.repaid()] / iterations;
        Outcomes outcomes = new Outcomes(
                plan.sustainability,
                share(c.headline),
                share(c.continues),
                share(c.structural),
                share(c.balanced),
                share(c.allGroups),
                share(c.structuralLoss),
                c.structuralLoss == 0 ? 0 : total[sums.deficit()] / c.structuralLoss,
                c.structuralLoss == 0 ? Double.NaN : c.runway.quantile(0.5),
                total[sums.paid()] / iterations,
                plan.settlement == null ? 0 : repaid,
                total[sums.unspent()] / iterations);
        QuantileSketch last = c.metrics[Metric.RESERVE.ordinal()][horizon];
        double[] levels = new double[101];
        for (int k = 0; k <= 100; k++) {
            levels[k] = k / 100.0;
        }
        double[] percentiles = last.quantiles(levels);
        return new SimulationResult(
                scenario,
                iterations,
                seed,
                List.copyOf(years),
                headline(c.headline),
                share(c.survives),
                c.year,
                years.get(horizon - 1).metric(Metric.RESERVE),
                percentiles,
                new Funding(fundingSubsidy, fundingCash, fundingInKind, fundingRevenue, fundingPayer),
                List.copyOf(models),
                settlement,
                run.blockSuccesses.clone(),
                trace(),
                outcomes,
                List.copyOf(lumps),
                List.copyOf(events),
                money(c, total, years, models),
                0,
                Engine.uncertain(Engine.inputs(plan)));
    }

    private Money money(Tally c, double[] total, List<YearResult> years, List<ModelResult> models) {
        int h1 = horizon + 1;
        double[] provision = new double[h1];
        double[] interest = new double[h1];
        double unbound = 0;
        double base = 0;
        for (int t = 1; t <= horizon; t++) {
            provision[t] = total[sums.provision(t)] / iterations;
            interest[t] = plan.loanInterest[t] + total[sums.overdraft(t)] / iterations;
            if (t > plan.subsidyYears) {
                unbound += total[sums.unbound(t)] / iterations;
                YearResult y = years.get(t - 1);
                base += y.metric(Metric.PARTNER_CASH).mean()
                        + y.metric(Metric.REVENUE).mean();
            }
        }
        Proportion without = plan.unboundCash ? share(c.headlineWithout) : headline(c.headline);
        return new Money(
                without,
                plan.unboundCash,
                base > 0 ? unbound / base : 0,
                provision,
                plan.loanRepayment.clone(),
                interest,
                plan.loanIn.clone(),
                plan.debtEnd.clone(),
                afterHorizon(total),
                absorbed(total, models),
                means(3, sums::reach, total),
                costsByType(total, years, interest),
                means(3, sums::vat, total),
                means(plan.scenario.partners().size(), sums::partner, total));
    }

    /**
     * Per row k and year t (1..H): the mean over the iterations of the block sum at {@code slot(k, t)};
     * year 0 stays 0.
     */
    private double[][] means(int rows, java.util.function.IntBinaryOperator slot, double[] total) {
        double[][] out = new double[rows][horizon + 1];
        for (int k = 0; k < rows; k++) {
            for (int t = 1; t <= horizon; t++) {
                out[k][t] = total[slot.applyAsInt(k, t)] / iterations;
            }
        }
        return out;
    }

    private double[][] costsByType(double[] total, List<YearResult> years, double[] interest) {
        int types = nl.ppsim.model.CostType.values().length;
        int financing = nl.ppsim.model.CostType.FINANCING.ordinal();
        int other = nl.ppsim.model.CostType.OTHER.ordinal();
        double[][] out = new double[types][horizon + 1];
        for (int t = 1; t <= horizon; t++) {
            double typed = 0;
            for (int k = 0; k < types; k++) {
                out[k][t] = total[sums.costType(k, t)] / iterations;
                typed += out[k][t];
            }
            out[financing][t] = plan.loanRepayment[t] + interest[t];
            typed += out[financing][t];
            out[other][t] += years.get(t - 1).metric(Metric.COSTS).mean() - typed;
        }
        return out;
    }

    /** The plan's certain one-off items after the horizon, with the wind-downs of models stopped in its last year first. */
    private List<Money.AfterHorizon> afterHorizon(double[] total) {
        List<Money.AfterHorizon> out = new ArrayList<>();
        for (ModelRuntime m : plan.models) {
            double count = m.windDownLump >= 0 ? total[sums.windDownAfter(m.index, 1)] : 0;
            if (count > 0) {
                out.add(new Money.AfterHorizon(
                        LumpSource.Kind.WIND_DOWN,
                        m.use.name(),
                        horizon + 1,
                        plan.scenario.calendarYear(horizon + 1),
                        count / iterations,
                        total[sums.windDownAfter(m.index, 0)] / count));
            }
        }
        out.addAll(plan.afterHorizon());
        return out;
    }

    private List<Money.Absorbed> absorbed(double[] total, List<ModelResult> models) {
        List<Money.Absorbed> out = new ArrayList<>();
        for (ModelRuntime m : plan.models) {
            if (m.absorbedGroup < 0) {
                continue;
            }
            double sum = 0;
            double costs = 0;
            int years = 0;
            for (int t = Math.max(plan.subsidyYears + 1, m.absorbFrom); t <= horizon; t++) {
                sum += total[sums.absorbed(m.index, t)] / iterations;
                ModelResult.Year y = models.get(m.index).years().get(t - 1);
                costs += y.costs().mean() + y.inKind().mean();
                years++;
            }
            out.add(new Money.Absorbed(
                    m.use.name(),
                    m.use.absorption().items(),
                    m.absorbedGroup,
                    m.absorbFrom,
                    years == 0 ? 0 : sum / years,
                    costs > 0 ? sum / costs : 0));
        }
        return out;
    }

    /**
     * Validation at the edge keeps every input finite and bounded, so a non-finite result is a
     * defect of the engine: it stops the run with a message instead of reaching a report.
     */
    private static void requireFinite(boolean finite, String what, int year) {
        if (!finite) {
            throw new ArithmeticException(
                    "computation error: " + what + " in simulation year " + year + " is not a finite number");
        }
    }

    private IterationTrace trace() {
        if (run.trace.success() == null) {
            return null;
        }
        List<Input> inputs = run.traced.stream().map(slot -> slot.input).toList();
        List<String> names = plan.models.stream().map(m -> m.use.name()).toList();
        return new IterationTrace(
                run.trace.success(),
                run.trace.reserve(),
                inputs,
                run.trace.inputValues(),
                names,
                run.trace.margins(),
                run.correlated.stream().map(slot -> slot.input.path()).toList(),
                run.trace.correlatedFirstYear());
    }
}
