package nl.ppsim.scenario;

import java.util.Map;
import nl.ppsim.dist.Input;
import nl.ppsim.model.Bearer;
import nl.ppsim.model.Payer;

/**
 * One business model from the catalog as a scenario uses it: which model, its label, the years it
 * runs (simulation years, inclusive), its parameters (absent optional parameters are left out, all
 * others filled with catalog defaults), which parameters get a new draw each year, an optional
 * stop rule (null: never stops), and where the scenario departs from the catalog on who pays a
 * revenue item ({@code payers}: item name to shares by payer) and who carries a cost item
 * ({@code carriedBy}: item name to bearer). Items not named keep the catalog's default.
 */
public record BusinessModelUse(String model, String name, int fromYear, int toYear,
                               Map<String, Input> params, Map<String, Boolean> perYear, StopRule stopRule,
                               Map<String, Map<Payer, Double>> payers, Map<String, Bearer> carriedBy, String path) {
    /** Copies the parameter, payer and bearer maps. */
    public BusinessModelUse {
        params = Map.copyOf(params);
        perYear = Map.copyOf(perYear);
        payers = Map.copyOf(payers);
        carriedBy = Map.copyOf(carriedBy);
    }
}
