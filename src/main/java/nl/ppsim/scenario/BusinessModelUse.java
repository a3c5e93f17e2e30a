package nl.ppsim.scenario;

import java.util.Map;
import nl.ppsim.engine.Input;

/**
 * One business model from the catalog as a scenario uses it: which model, its label, the years it
 * runs (simulation years, inclusive) and its parameters (every catalog parameter, defaults filled in).
 */
public record BusinessModelUse(String model, String name, int fromYear, int toYear,
                               Map<String, Input> params, String path) {
    public BusinessModelUse {
        params = Map.copyOf(params);
    }
}
