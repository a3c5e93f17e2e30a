package nl.ppsim.scenario;

import java.util.Map;
import nl.ppsim.dist.Input;

/**
 * A generic revenue or cost line, live from {@code fromYear} to {@code toYear} (simulation years,
 * inclusive). A cost line of shared overhead may be allocated to business models
 * ({@code allocation}, null when not): that changes no total of the PPS, only each model's margin
 * after overhead.
 *
 * <p>A cost line with {@code lifetimeYears} above 0 is an investment: its amount is paid in
 * {@code fromYear} and again every {@code lifetimeYears} years while the line runs, and the
 * structural test charges the last purchase / lifetime every year instead of the purchases' cash.
 * {@code index} names the scenario's index the amount follows (null: none), on top of its growth.
 * {@code type} is what a cost line is (null: not given, counted as other; always null for revenue).
 */
public record Line(
        String name,
        boolean revenue,
        Input amount,
        int fromYear,
        int toYear,
        Vary vary,
        Input growth,
        Allocation allocation,
        String path,
        int lifetimeYears,
        String index,
        nl.ppsim.model.CostType type) {

    /** Whether the line is an investment with a lifetime (see the class comment). */
    public boolean investment() {
        return lifetimeYears > 0;
    }

    /** Whether the line's amount is paid in year t: every year, or for an investment its purchase years. */
    public boolean paidIn(int t) {
        return t >= fromYear && t <= toYear && (lifetimeYears == 0 || (t - fromYear) % lifetimeYears == 0);
    }

    /**
     * How a line is spread over business models: in fixed shares by model name (adding up to 1),
     * or, when {@code proportional}, each year in proportion to the models' cash costs (equally
     * over the running models in a year without cash costs).
     */
    public record Allocation(boolean proportional, Map<String, Double> shares) {
        /** Copies the shares. */
        public Allocation {
            shares = Map.copyOf(shares);
        }
    }
}
