package nl.ppsim.scenario;

import nl.ppsim.dist.Input;

/**
 * A risk event: with {@code probability} per year in years {@code fromYear..toYear} (or, when
 * {@code once}, at most once in those years, in a year drawn evenly among them) something happens
 * that costs money, makes a partner stop, or cuts a business model's revenue for a while.
 */
public record Event(
        String name, double probability, boolean once, Impact impact, int fromYear, int toYear, String path) {

    /** What happens when the event occurs. */
    public sealed interface Impact permits Cost, PartnerExit, RevenueLoss {}

    /** A one-off cost in the year it happens (drawn each time it happens). */
    public record Cost(Input amount) implements Impact {}

    /** A partner (index in the scenario's partners) stops contributing from the year it happens, for good. */
    public record PartnerExit(String partner, int index) implements Impact {}

    /** A business model (index in the scenario's models) loses {@code share} of its revenue for {@code years} years from then. */
    public record RevenueLoss(String model, int index, double share, int years) implements Impact {}

    /** The number of years in which the event can happen. */
    public int years() {
        return toYear - fromYear + 1;
    }
}
