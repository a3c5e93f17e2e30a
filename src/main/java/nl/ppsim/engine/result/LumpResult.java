package nl.ppsim.engine.result;

import java.util.List;
import nl.ppsim.stats.Proportion;

/**
 * One source of one-off items across the iterations: per year, how likely the item falls in that
 * year and its mean amount when it does. Years in which it never falls are left out.
 */
public record LumpResult(LumpSource source, List<Year> years) {

    /** One year of a one-off item. */
    public record Year(int year, int calendarYear, Proportion happens, double meanWhenItHappens) {}
}
