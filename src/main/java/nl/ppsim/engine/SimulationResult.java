package nl.ppsim.engine;

import java.util.List;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.stats.Proportion;
import nl.ppsim.stats.Summary;

/**
 * Everything a run found. {@code selfSufficiencyYear[t]} counts iterations that became
 * self-sufficient in simulation year t and stayed so; index {@code horizon + 1} counts "never".
 * {@code finalReservePercentiles[k]} is the k-th percentile (k = 0..100) of the final reserve.
 * {@code settlement} is null unless the scenario follows a subsidy scheme.
 */
public record SimulationResult(Scenario scenario, int iterations, long seed, List<YearResult> years,
                               Proportion verduurzaamd, Proportion survives, long[] selfSufficiencyYear,
                               Summary finalReserve, double[] finalReservePercentiles, Funding funding,
                               List<ModelResult> models, SettlementResult settlement) {

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

    public long never() {
        return selfSufficiencyYear[scenario.horizonYears() + 1];
    }
}
