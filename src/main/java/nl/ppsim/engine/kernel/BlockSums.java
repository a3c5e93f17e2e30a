package nl.ppsim.engine.kernel;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import nl.ppsim.engine.result.Metric;

/**
 * The floating-point sums of a run, one flat array per block of iterations with named ranges
 * (yearly metrics, cash, in kind and revenue by partner group, business models, one-off items,
 * settlement, outcomes), and their fold into the run's totals strictly in block order. Whatever
 * order the threads finish their blocks in, every total receives its terms in the same order, so
 * means are byte-identical for any number of threads; at most a few finished blocks wait.
 */
final class BlockSums {
    final int stride;
    private final int cash;
    private final int inKind;
    private final int payer;
    private final int models;
    private final int lumps;
    private final int settlement;
    private final int outcome;
    private final int events;
    private final int money;
    private final int absorbed;
    private final int windDownAfter;
    private final int reach;
    private final int costTypes;
    private final int vat;
    private final int partners;
    final int length;

    private final Map<Integer, double[]> pending = new HashMap<>();
    /** Folded arrays, reused for later blocks so that long runs make little garbage. */
    private final ArrayDeque<double[]> free = new ArrayDeque<>();

    private double[] totals;
    private int nextToFold;

    BlockSums(int horizon, int modelCount, int lumpCount) {
        this(horizon, modelCount, lumpCount, 0);
    }

    BlockSums(int horizon, int modelCount, int lumpCount, int eventCount) {
        this(horizon, modelCount, lumpCount, eventCount, 0);
    }

    BlockSums(int horizon, int modelCount, int lumpCount, int eventCount, int partnerCount) {
        stride = horizon + 1;
        cash = Metric.values().length * stride;
        inKind = cash + Ledger.GROUPS * stride;
        payer = inKind + Ledger.GROUPS * stride;
        models = payer + Ledger.PAYERS * stride;
        lumps = models + modelCount * ModelMetric.COUNT * stride;
        settlement = lumps + lumpCount * stride;
        outcome = settlement + 3 + Ledger.GROUPS;
        events = outcome + 3;
        money = events + 2 * eventCount;
        absorbed = money + 3 * stride;
        windDownAfter = absorbed + modelCount * stride;
        reach = windDownAfter + 2 * modelCount;
        costTypes = reach + 3 * stride;
        vat = costTypes + nl.ppsim.model.CostType.values().length * stride;
        partners = vat + 3 * stride;
        length = partners + partnerCount * stride;
    }

    int metric(Metric m, int t) {
        return m.ordinal() * stride + t;
    }

    int cash(int g, int t) {
        return cash + g * stride + t;
    }

    int inKind(int g, int t) {
        return inKind + g * stride + t;
    }

    /** Earned revenue paid by payer p (a group, then participants) in year t. */
    int payer(int g, int t) {
        return payer + g * stride + t;
    }

    /** Model m's metric k (revenue, costs, margin, in kind, overhead, margin after overhead) in year t. */
    int model(int m, int k, int t) {
        return models + (m * ModelMetric.COUNT + k) * stride + t;
    }

    /** The first index of the model range (the model sample buffer is laid out relative to it). */
    int modelBase() {
        return models;
    }

    /** One-off source k's amount in year t. */
    int lump(int k, int t) {
        return lumps + k * stride + t;
    }

    int repaid() {
        return settlement;
    }

    int granted() {
        return settlement + 1;
    }

    int budget() {
        return settlement + 2;
    }

    int groupContribution(int g) {
        return settlement + 3 + g;
    }

    /** The subsidy paid in the subsidy years. */
    int paid() {
        return outcome;
    }

    int unspent() {
        return outcome + 1;
    }

    /** The yearly structural loss of the iterations that continue but are not structural. */
    int deficit() {
        return outcome + 2;
    }

    /** Risk event e's total cost. */
    int eventCost(int e) {
        return events + 2 * e;
    }

    /** Risk event e's number of occurrences. */
    int eventCount(int e) {
        return events + 2 * e + 1;
    }

    /** The interest paid on a negative reserve in year t. */
    int overdraft(int t) {
        return money + t;
    }

    /** The structural test's provisions for investments in year t. */
    int provision(int t) {
        return money + stride + t;
    }

    /** Unbound company cash in year t. */
    int unbound(int t) {
        return money + 2 * stride + t;
    }

    /** What model m's absorbing group carries in year t. */
    int absorbed(int m, int t) {
        return absorbed + m * stride + t;
    }

    /** Model m's wind-down costs just after the horizon (k = 0) and in how many iterations they fall (k = 1). */
    int windDownAfter(int m, int k) {
        return windDownAfter + 2 * m + k;
    }

    /** Reached in year t: students (r = 0), teachers (1), companies (2). */
    int reach(int r, int t) {
        return reach + r * stride + t;
    }

    /** Cash costs of type k (a {@code CostType} ordinal) in year t, of lines and model steps. */
    int costType(int k, int t) {
        return costTypes + k * stride + t;
    }

    /** VAT in year t: charged (k = 0), deducted (1), a cost (2). */
    int vat(int k, int t) {
        return vat + k * stride + t;
    }

    /** Whether the layout keeps the partners' sums (runs do; some tests' layouts do not). */
    boolean hasPartners() {
        return length > partners;
    }

    /** What partner k gives in year t. */
    int partner(int k, int t) {
        return partners + k * stride + t;
    }

    /** A zeroed array for a block's sums. */
    synchronized double[] empty() {
        double[] a = free.poll();
        if (a == null) {
            return new double[length];
        }
        java.util.Arrays.fill(a, 0);
        return a;
    }

    /** Adds a finished block's sums to the totals once every earlier block has been added. */
    synchronized void deliver(int block, double[] sums) {
        pending.put(block, sums);
        double[] next;
        while ((next = pending.remove(nextToFold)) != null) {
            if (totals == null) {
                totals = new double[length];
            }
            for (int k = 0; k < next.length; k++) {
                totals[k] += next[k];
            }
            nextToFold++;
            if (free.size() < 64) {
                free.push(next);
            }
        }
    }

    /** The totals after all {@code blocks} blocks are delivered. */
    synchronized double[] totals(int blocks) {
        if (nextToFold != blocks || !pending.isEmpty()) {
            throw new IllegalStateException("blocks folded " + nextToFold + " of " + blocks);
        }
        return totals;
    }
}
