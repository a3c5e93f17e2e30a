package nl.ppsim.engine.result;

import java.util.List;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.stats.Proportion;
import nl.ppsim.stats.Summary;

/**
 * Everything a run found. {@code verduurzaamd} is the headline (by the scenario's criterion; its
 * tests and what explains it are in {@code outcomes}). {@code selfSufficiencyYear[t]} counts
 * iterations that meet the headline and are self-sufficient by its tests from simulation year t on;
 * index {@code horizon + 1} counts "never" (the iterations that do not meet it). {@code lumps} are
 * the one-off items (investments, wind-down costs, repayments) per year; {@code events} the risk events.
 * {@code finalReservePercentiles[k]} is the k-th percentile (k = 0..100) of the final reserve.
 * {@code settlement} is null unless the scenario follows a subsidy scheme. {@code blockSuccesses[b]}
 * counts the sustainable iterations in block b (for the running estimate); {@code trace} is null
 * unless requested. {@code money}: the headline without unbound company cash, provisions, loans and
 * interest, and the one-off items just past the horizon. {@code euroYear} is 0 for nominal euros (as
 * the engine computes them), or the calendar year whose euros the amounts are in (see
 * {@code analysis.RealEuros}). {@code inputs} are the inputs the run drew as uncertain, one per
 * YAML path in scenario order (a report lists them with their distributions).
 */
public record SimulationResult(
        Scenario scenario,
        int iterations,
        long seed,
        List<YearResult> years,
        Proportion verduurzaamd,
        Proportion survives,
        long[] selfSufficiencyYear,
        Summary finalReserve,
        double[] finalReservePercentiles,
        Funding funding,
        List<ModelResult> models,
        SettlementResult settlement,
        long[] blockSuccesses,
        IterationTrace trace,
        Outcomes outcomes,
        List<LumpResult> lumps,
        List<EventResult> events,
        Money money,
        int euroYear,
        List<nl.ppsim.dist.Input> inputs) {

    /**
     * Iterations per block: every block draws from its own substreams, {@code blockSuccesses} counts
     * per block, and a run that grows (a precise run) grows by whole blocks, so that its draws are
     * those of a run of that size from the start.
     */
    public static final int BLOCK_SIZE = 1024;

    /** Median calendar year of self-sufficiency, or null when more than half never get there. */
    public Integer medianYearSelfSufficient() {
        long cumulative = 0;
        int horizon = scenario.horizonYears();
        for (int t = 1; t <= horizon; t++) {
            cumulative += selfSufficiencyYear[t];
            if (2 * cumulative >= iterations) {
                return scenario.calendarYear(t);
            }
        }
        return null;
    }

    /** The running estimate of p_verduurzaamd after each block: {iterations so far, estimate}. */
    public double[][] convergence() {
        double[][] out = new double[blockSuccesses.length][];
        long successes = 0;
        for (int b = 0; b < blockSuccesses.length; b++) {
            successes += blockSuccesses[b];
            long n = Math.min((long) (b + 1) * BLOCK_SIZE, iterations);
            out[b] = new double[] {n, (double) successes / n};
        }
        return out;
    }

    /** The number of iterations that never became self-sufficient. */
    public long never() {
        return selfSufficiencyYear[scenario.horizonYears() + 1];
    }
}
