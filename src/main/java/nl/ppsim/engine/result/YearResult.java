package nl.ppsim.engine.result;

import java.util.Map;
import nl.ppsim.stats.Proportion;
import nl.ppsim.stats.Summary;

/**
 * One simulation year across all iterations: the probability of being self-sufficient (that year
 * balanced and the reserve at least 0) and of a negative reserve, the summaries of each cash
 * metric, and the mean cash and in-kind per partner group (index by {@code Group.ordinal()}). For
 * years after the subsidy also: {@code continuesThrough}, the probability that the reserve was at
 * least 0 in every year from the end of the subsidy to this one, and {@code headlineThrough}, the
 * probability of the headline criterion if the horizon ended in this year (at the horizon: the
 * headline). Both are null in subsidy years.
 */
public record YearResult(
        int year,
        int calendarYear,
        boolean subsidyPhase,
        Proportion selfSufficient,
        Proportion insolvent,
        Map<Metric, Summary> metrics,
        double[] cashByGroup,
        double[] inKindByGroup,
        Proportion continuesThrough,
        Proportion headlineThrough) {

    /** The year's summary of one metric. */
    public Summary metric(Metric m) {
        return metrics.get(m);
    }
}
