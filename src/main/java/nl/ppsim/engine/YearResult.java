package nl.ppsim.engine;

import java.util.Map;
import nl.ppsim.stats.Proportion;
import nl.ppsim.stats.Summary;

/**
 * One simulation year across all iterations: the probability of being self-sufficient and of a
 * negative reserve, the summaries of each cash metric, and the mean cash and in-kind per partner
 * group (index by {@code Group.ordinal()}).
 */
public record YearResult(int year, int calendarYear, boolean subsidyPhase, Proportion selfSufficient,
                         Proportion insolvent, Map<Metric, Summary> metrics, double[] cashByGroup,
                         double[] inKindByGroup) {

    public Summary metric(Metric m) {
        return metrics.get(m);
    }
}
