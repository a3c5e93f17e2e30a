package nl.ppsim.engine.kernel;

import java.util.Arrays;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.Sustainability;
import nl.ppsim.stats.QuantileSketch;

/**
 * One worker's accounting of a chunk of iterations, after all flows are booked: the yearly
 * reserve, self-sufficiency and the sustainability tests per iteration, into the worker's
 * {@link Tally} and the block's sums. Every sum receives its terms in iteration order, as if the
 * block were run one iteration at a time, so the chunk size changes no result. The tests are those
 * of {@link Sustainability.Test}, written branch-free over the chunk; {@code IterationAccount} (in the
 * tests) is the same accounting for one iteration, written as the definitions read, and the tests hold the
 * two equal. Also receives the business models' flows as they are computed.
 *
 * <p>Per iteration and year t (S subsidy years, H horizon, K structural years): overdraft interest
 * = rate * max(0, -reserve_(t-1)); operating result = partner cash + revenue - costs - loan
 * repayments and interest - overdraft interest; net = subsidy + operating + loans received;
 * reserve_t = reserve_(t-1) + net. After the subsidy: continues while every reserve is at least 0;
 * structural at t when the operating results of the last (up to K) years after the subsidy, with
 * each investment's cash replaced by its provisions and loan repayments left out (they are
 * financing; their interest stays), sum to at least 0; balanced at t when the
 * operating result and the reserve are at least 0; all groups invest at t when every partner group
 * of the scenario contributes cash or in kind.
 *
 * <p>When some company cash is unbound ({@link Ledger#unbound}) the same accounts are kept a second
 * time without it, with the same draws, and the headline of that second track is counted too.
 */
final class Accounting implements ModelYearSink {
    private final Plan plan;
    private final RunSettings.Quantiles quantiles;
    private final Tally c;
    private final BlockSums layout;
    private final int horizon;
    private final int modelCount;
    /** The sums of the block being accounted. */
    double[] sums;

    private int first;
    private int n;
    private final double[] reserve;
    private final double[] reserveS;
    private final double[] paid;
    private final double[][] operating;
    private final double[] window;
    private final int[] lastFailure;
    private final boolean[] solvent;
    private final boolean[] continuing;
    private final boolean[] balanced;
    private final boolean[] groups;
    private final double[] cash;
    private final double[] inKind;
    private final double[] net;
    /** Year t's cash costs with loan repayments, interest and overdraft interest (the costs metric's row). */
    private final double[] allCosts;
    /** Per year: the operating result as the structural test sees it (investments' cash replaced by provisions); {@link #operating} without investments. */
    private final double[][] structuralOperating;
    /** Whether the structural test differs from the cash accounts: investments with a lifetime, or loans repaid. */
    private final boolean accrual;
    /** The second track without unbound company cash (null arrays when there is none). */
    private final double[] reserveW;

    private final double[][] operatingW;
    private final double[] windowW;
    private final boolean[] continuingW;
    private final boolean[] balancedW;
    private final double[][] rows = new double[Metric.values().length][];
    /** Per model and iteration: margin summed over the years after the subsidy (traced runs only). */
    private final double[][] margins;
    /** Every k-th iteration by number feeds the model quantile sketches (see {@link Engine#MODEL_QUANTILE_SAMPLE}). */
    private final int modelStride;
    /** Every k-th iteration by number feeds the yearly metrics' sketches (see {@link Engine#METRIC_QUANTILE_SAMPLE}). */
    private final int metricStride;
    /** The first lane of the chunk whose iteration feeds the metric sketches. */
    private int firstMetricLane;
    /** Sums waiting to run four at a time (see {@link #queueSum}). */
    private final double[][] queuedRows = new double[4][];

    private final int[] queuedSlots = new int[4];
    private int queued;
    /**
     * Model flows of the iterations sampled for model quantiles: a row per sampled iteration,
     * (model, metric, year) at {@code model(m, k, t) - modelBase} within it, so that writing a
     * sample touches few cache lines. Flushed through a transposing tile, so that each sketch then
     * gets its values in one run while its pages are in cache.
     */
    private final double[] sampled;

    private final int sampleWidth;
    private final int sampleCapacity;
    private static final int TILE = 64;
    private final double[] tile;
    /** The model sketch of each column of {@code sampled} (null for the unused year 0). */
    private final QuantileSketch[] sampleSketches;

    private int sampleRows;
    private int firstSampledLane;
    private int sampledLanes;
    private final Trace trace;

    /** Where a traced run keeps its per-iteration values (null arrays when not traced). */
    record Trace(
            boolean[] success,
            double[] reserve,
            InputSlot[] inputs,
            double[][] inputValues,
            double[][] margins,
            InputSlot[] correlated,
            double[][] correlatedFirstYear) {}

    Accounting(
            Plan plan,
            RunSettings.Quantiles quantiles,
            Tally c,
            BlockSums layout,
            int lanes,
            int modelStride,
            int metricStride,
            Trace trace) {
        this.plan = plan;
        this.quantiles = quantiles;
        this.c = c;
        this.layout = layout;
        this.horizon = plan.horizon;
        this.modelCount = plan.models.size();
        this.modelStride = modelStride;
        this.metricStride = metricStride;
        this.trace = trace;
        int stride = horizon + 1;
        sampleWidth = modelCount * ModelMetric.COUNT * stride;
        sampleCapacity = (lanes + modelStride - 1) / modelStride + 256;
        boolean sampling = quantiles == RunSettings.Quantiles.ALL;
        sampled = new double[sampling ? sampleWidth * sampleCapacity : 0];
        tile = new double[sampling ? TILE * sampleCapacity : 0];
        sampleSketches = new QuantileSketch[sampleWidth];
        for (int m = 0; m < modelCount; m++) {
            for (int k = 0; k < ModelMetric.COUNT; k++) {
                for (int t = 1; t <= horizon; t++) {
                    // without overhead, the overhead (0) and margin after overhead (the margin) need no sketch of their
                    // own
                    boolean own = k < 4 || plan.models.get(m).carriesOverhead;
                    sampleSketches[layout.model(m, k, t) - layout.modelBase()] = own ? c.models[m][k][t] : null;
                }
            }
        }
        reserve = new double[lanes];
        reserveS = new double[lanes];
        paid = new double[lanes];
        operating = new double[horizon + 1][lanes];
        window = new double[lanes];
        lastFailure = new int[lanes];
        solvent = new boolean[lanes];
        continuing = new boolean[lanes];
        balanced = new boolean[lanes];
        groups = new boolean[lanes];
        cash = new double[lanes];
        inKind = new double[lanes];
        net = new double[lanes];
        allCosts = new double[lanes];
        accrual = plan.provisions || java.util.Arrays.stream(plan.loanRepayment).anyMatch(x -> x != 0);
        structuralOperating = accrual ? new double[horizon + 1][lanes] : operating;
        boolean w = plan.unboundCash;
        reserveW = w ? new double[lanes] : null;
        operatingW = w ? new double[horizon + 1][lanes] : null;
        windowW = w ? new double[lanes] : null;
        continuingW = w ? new boolean[lanes] : null;
        balancedW = w ? new boolean[lanes] : null;
        margins = trace.margins() == null ? null : new double[modelCount][lanes];
    }

    /** Starts a chunk of {@code lanes} iterations, the first numbered {@code firstIteration}. */
    void start(int firstIteration, int lanes) {
        first = firstIteration;
        n = lanes;
        sampleRows += sampledLanes;
        firstSampledLane = (modelStride - first % modelStride) % modelStride;
        firstMetricLane = (metricStride - first % metricStride) % metricStride;
        sampledLanes = quantiles == RunSettings.Quantiles.ALL && firstSampledLane < n
                ? (n - 1 - firstSampledLane) / modelStride + 1
                : 0;
        if (sampleRows + sampledLanes > sampleCapacity) {
            flushSamples();
        }
        if (margins != null) {
            for (double[] row : margins) {
                Arrays.fill(row, 0, n, 0);
            }
        }
    }

    @Override
    public void accept(
            int m, int t, double[] revenue, double[] costs, double[] inKind, double[] overhead, int runs, int lanes) {
        int base = layout.model(m, 0, t);
        int stride = layout.stride;
        double sumRevenue = sums[base];
        double sumCosts = sums[base + ModelMetric.COSTS.at(stride)];
        double sumMargin = sums[base + ModelMetric.MARGIN.at(stride)];
        double sumInKind = sums[base + ModelMetric.IN_KIND.at(stride)];
        for (int i = 0; i < lanes; i++) {
            sumRevenue += revenue[i];
            sumCosts += costs[i];
            sumMargin += revenue[i] - costs[i];
            sumInKind += inKind[i];
        }
        sums[base] = sumRevenue;
        sums[base + ModelMetric.COSTS.at(stride)] = sumCosts;
        sums[base + ModelMetric.MARGIN.at(stride)] = sumMargin;
        sums[base + ModelMetric.IN_KIND.at(stride)] = sumInKind;
        if (overhead == null) {
            // a model that never carries overhead: its margin after overhead is its margin, term by term
            sums[base + ModelMetric.MARGIN_AFTER_OVERHEAD.at(stride)] = sumMargin;
        } else {
            double sumOverhead = sums[base + ModelMetric.OVERHEAD.at(stride)];
            double sumAfter = sums[base + ModelMetric.MARGIN_AFTER_OVERHEAD.at(stride)];
            for (int i = 0; i < lanes; i++) {
                sumOverhead += overhead[i];
                sumAfter += revenue[i] - costs[i] - overhead[i];
            }
            sums[base + ModelMetric.OVERHEAD.at(stride)] = sumOverhead;
            sums[base + ModelMetric.MARGIN_AFTER_OVERHEAD.at(stride)] = sumAfter;
        }
        c.running[m][t] += runs;
        for (int j = 0, i = firstSampledLane; j < sampledLanes; j++, i += modelStride) {
            int at = (sampleRows + j) * sampleWidth + base - layout.modelBase();
            sampled[at] = revenue[i];
            sampled[at + ModelMetric.COSTS.at(stride)] = costs[i];
            sampled[at + ModelMetric.MARGIN.at(stride)] = revenue[i] - costs[i];
            sampled[at + ModelMetric.IN_KIND.at(stride)] = inKind[i];
            if (overhead != null) {
                sampled[at + ModelMetric.OVERHEAD.at(stride)] = overhead[i];
                sampled[at + ModelMetric.MARGIN_AFTER_OVERHEAD.at(stride)] = revenue[i] - costs[i] - overhead[i];
            }
        }
        if (margins != null && t > plan.subsidyYears) {
            double[] margin = margins[m];
            for (int i = 0; i < lanes; i++) {
                margin[i] += revenue[i] - costs[i];
            }
        }
    }

    /** Feeds the samples of the last chunk and all still buffered to the sketches. */
    void finish() {
        sampleRows += sampledLanes;
        sampledLanes = 0;
        flushSamples();
    }

    private void flushSamples() {
        if (sampleRows == 0) {
            return;
        }
        for (int c0 = 0; c0 < sampleWidth; c0 += TILE) {
            int width = Math.min(TILE, sampleWidth - c0);
            for (int r = 0; r < sampleRows; r++) {
                int from = r * sampleWidth + c0;
                for (int j = 0; j < width; j++) {
                    tile[j * sampleCapacity + r] = sampled[from + j];
                }
            }
            for (int j = 0; j < width; j++) {
                QuantileSketch sketch = sampleSketches[c0 + j];
                if (sketch != null) {
                    sketch.acceptAll(tile, j * sampleCapacity, sampleRows);
                }
            }
        }
        sampleRows = 0;
    }

    /** Accounts the chunk: every year's money, then the tests after the subsidy, then each iteration's outcome. */
    void account(Workspace w, int block, long[] blockSuccesses) {
        Ledger l = w.ledger;
        int s = plan.subsidyYears;
        Arrays.fill(reserve, 0, n, plan.scenario.initialReserve());
        Arrays.fill(reserveS, 0, n, plan.scenario.initialReserve());
        Arrays.fill(paid, 0, n, 0);
        Arrays.fill(lastFailure, 0, n, s);
        Arrays.fill(solvent, 0, n, true);
        Arrays.fill(continuing, 0, n, true);
        Arrays.fill(balanced, 0, n, true);
        if (reserveW != null) {
            Arrays.fill(reserveW, 0, n, plan.scenario.initialReserve());
            Arrays.fill(continuingW, 0, n, true);
            Arrays.fill(balancedW, 0, n, true);
        }
        for (int t = 1; t <= horizon; t++) {
            money(l, t);
            if (reserveW != null) {
                withoutUnbound(l, t);
            }
            if (t <= s) {
                double[] subsidy = l.subsidy[t];
                for (int i = 0; i < n; i++) {
                    paid[i] += subsidy[i];
                }
                if (t == s) {
                    System.arraycopy(reserve, 0, reserveS, 0, n);
                }
            } else {
                tests(l, t);
            }
        }
        lumps(l);
        absorbed(l);
        yearlySums(l);
        outcomes(w, l, block, blockSuccesses);
    }

    /** Year t's cash accounts: sums by group, operating result, net, reserve, self-sufficiency, metric sums and sketches. */
    private void money(Ledger l, int t) {
        // in three methods rather than one: each is compiled sooner and faster (C2's time grows faster than a method's
        // size)
        groupSums(l, t);
        yearAccounts(l, t);
        if (quantiles == RunSettings.Quantiles.ALL) {
            for (int m = 0; m < rows.length; m++) {
                sketch(c.metrics[m][t], rows[m]);
            }
        } else if (quantiles == RunSettings.Quantiles.RESERVE) {
            sketch(c.metrics[Metric.RESERVE.ordinal()][t], reserve);
        }
    }

    /** Adds the chunk's values of the iterations that feed the metric sketches. */
    private void sketch(QuantileSketch sketch, double[] row) {
        if (metricStride == 1) {
            sketch.acceptAll(row, n);
        } else {
            for (int i = firstMetricLane; i < n; i += metricStride) {
                sketch.accept(row[i]);
            }
        }
    }

    /** Year t's cash and in kind by group and revenue by payer: their block sums, and the year's cash and in kind per iteration. */
    private void groupSums(Ledger l, int t) {
        Arrays.fill(cash, 0, n, 0);
        Arrays.fill(inKind, 0, n, 0);
        for (int g = 0; g < Ledger.GROUPS; g++) {
            // a row no flow writes is zero: adding it would change no sum (Plan.inKindRows)
            if (l.cashRows[g]) {
                addRow(l.cash[g][t], cash, layout.cash(g, t));
            }
            if (l.inKindRows[g]) {
                addRow(l.inKind[g][t], inKind, layout.inKind(g, t));
            }
        }
        for (int p = 0; p < Ledger.PAYERS && l.payerRows; p++) {
            double[] pp = l.revenueByPayer[p][t];
            int pi = layout.payer(p, t);
            double sumPayer = sums[pi];
            for (int i = 0; i < n; i++) {
                sumPayer += pp[i];
            }
            sums[pi] = sumPayer;
        }
    }

    /** Adds a ledger row to the year's total per iteration {@code into} and to its block sum {@code sums[sum]}. */
    private void addRow(double[] row, double[] into, int sum) {
        double total = sums[sum];
        for (int i = 0; i < n; i++) {
            total += row[i];
            into[i] += row[i];
        }
        sums[sum] = total;
    }

    /** Year t's operating result, net, reserve, self-sufficiency and the metric sums. */
    private void yearAccounts(Ledger l, int t) {
        double[] subsidy = l.subsidy[t];
        double[] revenue = l.revenue[t];
        double[] costs = l.costs[t];
        double[] op = operating[t];
        double rate = plan.overdraftInterest;
        double fixed = plan.loanRepayment[t] + plan.loanInterest[t];
        double lent = plan.loanIn[t];
        double sumOverdraft = sums[layout.overdraft(t)];
        long selfSufficient = 0;
        long insolvent = 0;
        double sumSubsidy = sums[layout.metric(Metric.SUBSIDY, t)];
        double sumCash = sums[layout.metric(Metric.PARTNER_CASH, t)];
        double sumRevenue = sums[layout.metric(Metric.REVENUE, t)];
        double sumCosts = sums[layout.metric(Metric.COSTS, t)];
        double sumNet = sums[layout.metric(Metric.NET, t)];
        double sumReserve = sums[layout.metric(Metric.RESERVE, t)];
        double sumInKind = sums[layout.metric(Metric.IN_KIND, t)];
        for (int i = 0; i < n; i++) {
            double overdraft = rate * Math.max(0, -reserve[i]);
            double o = cash[i] + revenue[i] - costs[i] - fixed - overdraft;
            op[i] = o;
            double x = subsidy[i] + o + lent;
            net[i] = x;
            double r = reserve[i] + x;
            reserve[i] = r;
            // without branches: whether an iteration is self-sufficient differs unpredictably between iterations
            selfSufficient += o >= 0 & r >= 0 ? 1 : 0;
            insolvent += r < 0 ? 1 : 0;
            solvent[i] &= r >= 0;
            sumSubsidy += subsidy[i];
            sumCash += cash[i];
            sumRevenue += revenue[i];
            double spent = costs[i] + fixed + overdraft;
            allCosts[i] = spent;
            sumCosts += spent;
            sumOverdraft += overdraft;
            sumNet += x;
            sumReserve += r;
            sumInKind += inKind[i];
        }
        sums[layout.metric(Metric.SUBSIDY, t)] = sumSubsidy;
        sums[layout.metric(Metric.PARTNER_CASH, t)] = sumCash;
        sums[layout.metric(Metric.REVENUE, t)] = sumRevenue;
        sums[layout.metric(Metric.COSTS, t)] = sumCosts;
        sums[layout.metric(Metric.NET, t)] = sumNet;
        sums[layout.metric(Metric.RESERVE, t)] = sumReserve;
        sums[layout.metric(Metric.IN_KIND, t)] = sumInKind;
        sums[layout.overdraft(t)] = sumOverdraft;
        if (plan.provisions) {
            double[] provision = l.provision[t];
            double[] investment = l.investment[t];
            double[] structural = structuralOperating[t];
            double repaid = plan.loanRepayment[t];
            double sumProvision = sums[layout.provision(t)];
            for (int i = 0; i < n; i++) {
                structural[i] = op[i] - provision[i] + investment[i] + repaid;
                sumProvision += provision[i];
            }
            sums[layout.provision(t)] = sumProvision;
        } else if (accrual) {
            double[] structural = structuralOperating[t];
            double repaid = plan.loanRepayment[t];
            for (int i = 0; i < n; i++) {
                structural[i] = op[i] + repaid;
            }
        }
        if (l.unbound != null) {
            sum(l.unbound[t], layout.unbound(t));
        }
        c.selfSufficient[t] += selfSufficient;
        c.insolvent[t] += insolvent;
        rows[Metric.SUBSIDY.ordinal()] = subsidy;
        rows[Metric.PARTNER_CASH.ordinal()] = cash;
        rows[Metric.REVENUE.ordinal()] = revenue;
        rows[Metric.COSTS.ordinal()] = allCosts;
        rows[Metric.NET.ordinal()] = net;
        rows[Metric.RESERVE.ordinal()] = reserve;
        rows[Metric.IN_KIND.ordinal()] = inKind;
    }

    /** The tests of year t after the subsidy (see the class comment), and the headline as if the horizon ended in t. */
    private void tests(Ledger l, int t) {
        Sustainability rule = plan.sustainability;
        boolean needContinues = rule.requires(Sustainability.Test.CONTINUES);
        boolean needStructural = rule.requires(Sustainability.Test.STRUCTURAL);
        boolean needBalanced = rule.requires(Sustainability.Test.BALANCED_EVERY_YEAR);
        boolean needGroups = rule.requires(Sustainability.Test.ALL_GROUPS_INVEST);
        window(Math.max(plan.subsidyYears + 1, t - rule.structuralYears() + 1), t);
        if (needGroups || t == horizon) {
            groupsInvest(l, t);
        }
        double[] op = operating[t];
        long continuesThrough = 0;
        long headlineThrough = 0;
        for (int i = 0; i < n; i++) {
            boolean reserveOk = reserve[i] >= 0;
            boolean structuralAt = window[i] >= 0;
            boolean balancedAt = op[i] >= 0 & reserveOk;
            boolean groupsAt = !needGroups | groups[i];
            boolean cont = continuing[i] & reserveOk;
            boolean bal = balanced[i] & balancedAt;
            continuing[i] = cont;
            balanced[i] = bal;
            boolean holds = (!needContinues | reserveOk)
                    & (!needStructural | structuralAt)
                    & (!needBalanced | balancedAt)
                    & groupsAt;
            lastFailure[i] = holds ? lastFailure[i] : t;
            continuesThrough += cont ? 1 : 0;
            headlineThrough +=
                    (!needContinues | cont) & (!needStructural | structuralAt) & (!needBalanced | bal) & groupsAt
                            ? 1
                            : 0;
        }
        c.continuesThrough[t] += continuesThrough;
        c.headlineThrough[t] += headlineThrough;
    }

    /** The operating results of years {@code from..t} summed per iteration (the structural window). */
    private void window(int from, int t) {
        Arrays.fill(window, 0, n, 0);
        for (int u = from; u <= t; u++) {
            double[] op = structuralOperating[u];
            for (int i = 0; i < n; i++) {
                window[i] += op[i];
            }
        }
    }

    /** Whether every partner group of the scenario contributes cash or in kind in year t, per iteration. */
    private void groupsInvest(Ledger l, int t) {
        Arrays.fill(groups, 0, n, true);
        for (int g = 0; g < Ledger.GROUPS; g++) {
            if (!plan.groupsPresent[g]) {
                continue;
            }
            double[] cg = l.cash[g][t];
            double[] kg = l.inKind[g][t];
            if (l.inKindRows[g]) {
                for (int i = 0; i < n; i++) {
                    groups[i] &= cg[i] + kg[i] > 0;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    groups[i] &= cg[i] > 0;
                }
            }
        }
    }

    /**
     * Year t of the second track: the same accounts without unbound company cash (and with the
     * overdraft interest its own reserve would carry), and after the subsidy its continues and
     * balanced tests.
     */
    private void withoutUnbound(Ledger l, int t) {
        double[] unbound = l.unbound[t];
        double[] own = operatingW[t];
        double[] subsidy = l.subsidy[t];
        double[] revenue = l.revenue[t];
        double[] costs = l.costs[t];
        double rate = plan.overdraftInterest;
        double fixed = plan.loanRepayment[t] + plan.loanInterest[t];
        double lent = plan.loanIn[t];
        double[] provision = plan.provisions ? l.provision[t] : null;
        double[] investment = plan.provisions ? l.investment[t] : null;
        for (int i = 0; i < n; i++) {
            // cash[] holds year t's partner cash of all groups (groupSums)
            double o = cash[i] - unbound[i] + revenue[i] - costs[i] - fixed - rate * Math.max(0, -reserveW[i]);
            own[i] = (provision == null ? o : o - provision[i] + investment[i]) + plan.loanRepayment[t];
            double r = reserveW[i] + subsidy[i] + o + lent;
            reserveW[i] = r;
            if (t > plan.subsidyYears) {
                continuingW[i] &= r >= 0;
                balancedW[i] &= o >= 0 & r >= 0;
            }
        }
    }

    /** Per model with an absorption and year from it on: what the absorbing group carries; and wind-downs just after the horizon. */
    private void absorbed(Ledger l) {
        for (ModelRuntime m : plan.models) {
            if (m.windDownLump >= 0) {
                double[] after = l.windDownAfter[m.index];
                double sum = sums[layout.windDownAfter(m.index, 0)];
                double count = sums[layout.windDownAfter(m.index, 1)];
                for (int i = 0; i < n; i++) {
                    sum += after[i];
                    count += after[i] > 0 ? 1 : 0;
                }
                sums[layout.windDownAfter(m.index, 0)] = sum;
                sums[layout.windDownAfter(m.index, 1)] = count;
            }
            double[][] rows = l.absorbed[m.index];
            if (rows == null) {
                continue;
            }
            for (int t = Math.max(1, m.absorbFrom); t <= horizon; t++) {
                queueSum(rows[t], layout.absorbed(m.index, t));
            }
        }
        flushSums();
    }

    /**
     * Per year the sums the report shows beside the accounts: students and teachers reached by the
     * business models, and companies: the larger of those the models reach and those taking part as
     * partners (a pool's members), so that a member that also buys a project counts once; what each
     * partner gives; VAT (when the scenario states it); the cash costs by type.
     */
    private void yearlySums(Ledger l) {
        for (int t = 1; t <= horizon; t++) {
            queueSum(l.reach[0][t], layout.reach(0, t));
            queueSum(l.reach[1][t], layout.reach(1, t));
            double[] x = l.reach[2][t];
            double[] p = l.partnerCompanies[t];
            double companies = sums[layout.reach(2, t)];
            for (int i = 0; i < n; i++) {
                companies += Math.max(x[i], p[i]);
            }
            sums[layout.reach(2, t)] = companies;
            for (int k = 0; k < l.partnerGives.length && layout.hasPartners(); k++) {
                queueSum(l.partnerGives[k][t], layout.partner(k, t));
            }
            if (l.vatRows) {
                queueSum(l.vatCharged[t], layout.vat(0, t));
                queueSum(l.vatDeducted[t], layout.vat(1, t));
                queueSum(l.vatCost[t], layout.vat(2, t));
            }
            for (int k = 0; k < l.costsByType.length; k++) {
                queueSum(l.costsByType[k][t], layout.costType(k, t));
            }
        }
        flushSums();
    }

    /** Adds {@code x[0..n)} to the block sum {@code sums[slot]}, in iteration order. */
    private void sum(double[] x, int slot) {
        double total = sums[slot];
        for (int i = 0; i < n; i++) {
            total += x[i];
        }
        sums[slot] = total;
    }

    /**
     * {@link #sum} later, four at a time: each sum is one chain of additions in iteration order,
     * which waits on the adder's latency; four independent chains in one loop keep it busy (the
     * same sums bit for bit). The rows must not change before {@link #flushSums}, and no slot may
     * be queued twice before it.
     */
    private void queueSum(double[] x, int slot) {
        queuedRows[queued] = x;
        queuedSlots[queued++] = slot;
        if (queued == queuedRows.length) {
            flushSums();
        }
    }

    /** Adds every queued row to its block sum. */
    private void flushSums() {
        if (queued == 4) {
            double[] x0 = queuedRows[0];
            double[] x1 = queuedRows[1];
            double[] x2 = queuedRows[2];
            double[] x3 = queuedRows[3];
            double s0 = sums[queuedSlots[0]];
            double s1 = sums[queuedSlots[1]];
            double s2 = sums[queuedSlots[2]];
            double s3 = sums[queuedSlots[3]];
            for (int i = 0; i < n; i++) {
                s0 += x0[i];
                s1 += x1[i];
                s2 += x2[i];
                s3 += x3[i];
            }
            sums[queuedSlots[0]] = s0;
            sums[queuedSlots[1]] = s1;
            sums[queuedSlots[2]] = s2;
            sums[queuedSlots[3]] = s3;
        } else {
            for (int k = 0; k < queued; k++) {
                sum(queuedRows[k], queuedSlots[k]);
            }
        }
        Arrays.fill(queuedRows, null);
        queued = 0;
    }

    /** Per one-off source and year: in how many iterations it falls, and its amounts. */
    private void lumps(Ledger l) {
        for (int k = 0; k < plan.lumps.size(); k++) {
            for (int t = 1; t <= horizon; t++) {
                double[] x = l.lump[k][t];
                long count = 0;
                double sum = sums[layout.lump(k, t)];
                for (int i = 0; i < n; i++) {
                    count += x[i] > 0 ? 1 : 0;
                    sum += x[i];
                }
                sums[layout.lump(k, t)] = sum;
                c.lumps[k][t] += count;
            }
        }
    }

    /** Each iteration's outcome: the tests at the horizon, the headline, the year of self-sufficiency and the subsidy not spent. */
    private void outcomes(Workspace w, Ledger l, int block, long[] blockSuccesses) {
        Sustainability rule = plan.sustainability;
        int k = rule.structuralYears();
        double r0 = plan.ownStart();
        long successes = 0;
        double sumPaid = sums[layout.paid()];
        double sumUnspent = sums[layout.unspent()];
        double sumDeficit = sums[layout.deficit()];
        if (reserveW != null) {
            c.headlineWithout += headlinesWithout(l, rule);
        }
        for (int i = 0; i < n; i++) {
            boolean continues = continuing[i];
            boolean structural = window[i] >= 0;
            boolean headline = rule.headline(continues, structural, balanced[i], groups[i]);
            c.continues += continues ? 1 : 0;
            c.structural += structural ? 1 : 0;
            c.balanced += balanced[i] ? 1 : 0;
            c.allGroups += groups[i] ? 1 : 0;
            c.year[headline ? lastFailure[i] + 1 : horizon + 1]++;
            successes += headline ? 1 : 0;
            c.survives += solvent[i] ? 1 : 0;
            double repaid = l.repaid[i];
            sumPaid += paid[i];
            sumUnspent += unspent(reserveS[i], r0, paid[i], repaid);
            if (continues && !structural) {
                double deficit = -window[i] / k;
                c.structuralLoss++;
                sumDeficit += deficit;
                if (quantiles != RunSettings.Quantiles.NONE) {
                    c.runway.accept(reserve[i] / deficit);
                }
            }
            if (plan.settlement != null) {
                settle(l, i);
            }
            if (trace.success() != null) {
                trace(w, i, headline);
            }
        }
        sums[layout.paid()] = sumPaid;
        sums[layout.unspent()] = sumUnspent;
        sums[layout.deficit()] = sumDeficit;
        for (int e = 0; e < plan.events.size(); e++) {
            double[] count = l.eventCount[e];
            double[] cost = l.eventCost[e];
            double sumCost = sums[layout.eventCost(e)];
            double sumCount = sums[layout.eventCount(e)];
            long happened = 0;
            for (int i = 0; i < n; i++) {
                sumCost += cost[i];
                sumCount += count[i];
                happened += count[i] > 0 ? 1 : 0;
            }
            sums[layout.eventCost(e)] = sumCost;
            sums[layout.eventCount(e)] = sumCount;
            c.events[e] += happened;
        }
        c.headline += successes;
        // shared by the workers: written once per chunk, not per iteration (false sharing)
        blockSuccesses[block] += successes;
    }

    /** How many iterations of the chunk meet the headline on the second track (after {@link #groupsInvest} of the horizon). */
    private long headlinesWithout(Ledger l, Sustainability rule) {
        int werkveld = nl.ppsim.scenario.Group.WERKVELD.ordinal();
        Arrays.fill(windowW, 0, n, 0);
        for (int u = Math.max(plan.subsidyYears + 1, horizon - rule.structuralYears() + 1); u <= horizon; u++) {
            double[] op = operatingW[u];
            for (int i = 0; i < n; i++) {
                windowW[i] += op[i];
            }
        }
        double[] cw = l.cash[werkveld][horizon];
        double[] kw = l.inKind[werkveld][horizon];
        double[] uw = l.unbound[horizon];
        long count = 0;
        for (int i = 0; i < n; i++) {
            // groups[] holds the horizon's test with all cash; only werkveld's can change without its unbound cash
            boolean groupsAt = groups[i]
                    & (!plan.groupsPresent[werkveld] || cw[i] - uw[i] + (l.inKindRows[werkveld] ? kw[i] : 0) > 0);
            count += rule.headline(continuingW[i], windowW[i] >= 0, balancedW[i], groupsAt) ? 1 : 0;
        }
        return count;
    }

    private void settle(Ledger l, int i) {
        Settlement rules = plan.settlement;
        double budget = l.budget[i];
        sums[layout.repaid()] += l.repaid[i];
        sums[layout.granted()] += l.granted[i];
        sums[layout.budget()] += budget;
        for (int g = 0; g < Ledger.GROUPS; g++) {
            sums[layout.groupContribution(g)] += l.groupContribution[g][i];
            double share = budget > 0 ? l.groupContribution[g][i] / budget : 0;
            c.belowMin[g] += share < rules.groupMin()[g] ? 1 : 0;
            c.aboveMax[g] += share > rules.groupMax()[g] ? 1 : 0;
        }
        c.subsidyAboveMax += budget > 0 && l.granted[i] / budget > rules.maxSubsidyShare() ? 1 : 0;
        c.reduced += l.repaid[i] > 0 ? 1 : 0;
    }

    private void trace(Workspace w, int i, boolean headline) {
        int it = first + i;
        trace.success()[it] = headline;
        trace.reserve()[it] = reserve[i];
        if (trace.inputValues() != null) {
            for (int k = 0; k < trace.inputs().length; k++) {
                trace.inputValues()[k][it] = w.driver(trace.inputs()[k], i);
            }
            for (int m = 0; m < modelCount; m++) {
                trace.margins()[m][it] = margins[m][i] / (horizon - plan.subsidyYears);
            }
            for (int k = 0; k < trace.correlated().length; k++) {
                InputSlot c = trace.correlated()[k];
                trace.correlatedFirstYear()[k][it] = w.row(c, c.fromYear)[i];
            }
        }
    }

    /**
     * The subsidy not spent on costs by the end of the subsidy: the reserve built in years 1..S,
     * less what is repaid at settlement, counted as subsidy up to the subsidy kept (the subsidy is
     * the money that closes the gap, so it is spent last).
     */
    static double unspent(double reserveAtS, double initialReserve, double paid, double repaid) {
        double kept = Math.max(0, paid - repaid);
        return Math.min(kept, Math.max(0, reserveAtS - initialReserve - repaid));
    }
}
