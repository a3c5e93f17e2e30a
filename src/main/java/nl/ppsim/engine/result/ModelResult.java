package nl.ppsim.engine.result;

import java.util.List;
import nl.ppsim.stats.Proportion;
import nl.ppsim.stats.Summary;

/**
 * One business model's yearly results: revenue (from every payer, internal transfers included),
 * cash costs, margin, in kind, allocated overhead, margin after overhead, and the share of
 * iterations in which it runs.
 */
public record ModelResult(String name, String model, List<Year> years) {

    /** One year of one model. */
    public record Year(
            int year,
            int calendarYear,
            Summary revenue,
            Summary costs,
            Summary margin,
            Summary inKind,
            Summary overhead,
            Summary marginAfterOverhead,
            Proportion running) {}
}
