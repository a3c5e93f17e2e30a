package nl.ppsim.scenario;

import java.util.Map;
import nl.ppsim.engine.Input;

/**
 * One business model from the catalog as a scenario uses it: which model, its label, the years it
 * runs (simulation years, inclusive), its parameters (absent optional parameters are left out, all
 * others filled with catalog defaults), which parameters get a new draw each year, and an optional
 * stop rule (null: never stops).
 */
public record BusinessModelUse(String model, String name, int fromYear, int toYear,
                               Map<String, Input> params, Map<String, Boolean> perYear, StopRule stopRule,
                               String path) {
    public BusinessModelUse {
        params = Map.copyOf(params);
        perYear = Map.copyOf(perYear);
    }
}
