package nl.ppsim.scenario;

import java.util.Map;
import nl.ppsim.dist.Input;

/**
 * A generic revenue or cost line, live from {@code fromYear} to {@code toYear} (simulation years,
 * inclusive). A cost line of shared overhead may be allocated to business models
 * ({@code allocation}, null when not): that changes no total of the PPS, only each model's margin
 * after overhead.
 */
public record Line(String name, boolean revenue, Input amount, int fromYear, int toYear, Vary vary,
                   Input growth, Allocation allocation, String path) {

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
