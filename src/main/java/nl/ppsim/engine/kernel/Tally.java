package nl.ppsim.engine.kernel;

import nl.ppsim.engine.result.Metric;
import nl.ppsim.stats.QuantileSketch;

/**
 * What one worker counted and sketched: counts of iterations per event (whole numbers) and
 * quantile sketches (whole-number bucket counts), so that {@link #combine combining} the tallies
 * of several workers gives the same result in any order, as with Commons Statistics'
 * accumulators. Floating-point sums live in {@link BlockSums}, which fixes their order.
 */
final class Tally {
    /** Per year: self-sufficient that year; reserve negative; reserve >= 0 in every year after the subsidy so far; headline so far. */
    final long[] selfSufficient;

    final long[] insolvent;
    final long[] continuesThrough;
    final long[] headlineThrough;
    /** Per simulation year of self-sufficiency (index H + 1: never). */
    final long[] year;
    /** Per model and year: iterations in which the model runs. */
    final long[][] running;
    /** Per one-off source and year: iterations in which the item falls. */
    final long[][] lumps;
    /** Per risk event: iterations in which it happens at least once. */
    final long[] events;

    final QuantileSketch[][] metrics;
    final QuantileSketch[][][] models;
    /** Years the final reserve lasts at the structural loss, over the iterations that continue but are not structural. */
    final QuantileSketch runway = new QuantileSketch();

    long headline;
    /** Iterations that meet the headline without unbound company cash (see {@code Ledger.unbound}). */
    long headlineWithout;

    long continues;
    long structural;
    long balanced;
    long allGroups;
    long structuralLoss;
    long survives;
    final long[] belowMin = new long[Ledger.GROUPS];
    final long[] aboveMax = new long[Ledger.GROUPS];
    long subsidyAboveMax;
    long reduced;

    Tally(int horizon, int modelCount, int lumpCount) {
        this(horizon, modelCount, lumpCount, 0);
    }

    Tally(int horizon, int modelCount, int lumpCount, int eventCount) {
        events = new long[eventCount];
        selfSufficient = new long[horizon + 1];
        insolvent = new long[horizon + 1];
        continuesThrough = new long[horizon + 1];
        headlineThrough = new long[horizon + 1];
        year = new long[horizon + 2];
        running = new long[modelCount][horizon + 1];
        lumps = new long[lumpCount][horizon + 1];
        metrics = new QuantileSketch[Metric.values().length][horizon + 1];
        for (QuantileSketch[] row : metrics) {
            for (int t = 1; t <= horizon; t++) {
                row[t] = new QuantileSketch();
            }
        }
        models = new QuantileSketch[modelCount][ModelMetric.COUNT][horizon + 1];
        for (QuantileSketch[][] model : models) {
            for (QuantileSketch[] row : model) {
                for (int t = 1; t <= horizon; t++) {
                    row[t] = new QuantileSketch();
                }
            }
        }
    }

    /** Adds another worker's tally to this one (exact, in any order). */
    void combine(Tally o) {
        add(selfSufficient, o.selfSufficient);
        add(insolvent, o.insolvent);
        add(continuesThrough, o.continuesThrough);
        add(headlineThrough, o.headlineThrough);
        add(year, o.year);
        for (int m = 0; m < running.length; m++) {
            add(running[m], o.running[m]);
        }
        for (int k = 0; k < lumps.length; k++) {
            add(lumps[k], o.lumps[k]);
        }
        add(events, o.events);
        for (int m = 0; m < metrics.length; m++) {
            for (int t = 1; t < metrics[m].length; t++) {
                metrics[m][t].merge(o.metrics[m][t]);
            }
        }
        for (int m = 0; m < models.length; m++) {
            for (int k = 0; k < ModelMetric.COUNT; k++) {
                for (int t = 1; t < models[m][k].length; t++) {
                    models[m][k][t].merge(o.models[m][k][t]);
                }
            }
        }
        runway.merge(o.runway);
        headline += o.headline;
        headlineWithout += o.headlineWithout;
        continues += o.continues;
        structural += o.structural;
        balanced += o.balanced;
        allGroups += o.allGroups;
        structuralLoss += o.structuralLoss;
        survives += o.survives;
        add(belowMin, o.belowMin);
        add(aboveMax, o.aboveMax);
        subsidyAboveMax += o.subsidyAboveMax;
        reduced += o.reduced;
    }

    private static void add(long[] into, long[] from) {
        for (int k = 0; k < into.length; k++) {
            into[k] += from[k];
        }
    }
}
