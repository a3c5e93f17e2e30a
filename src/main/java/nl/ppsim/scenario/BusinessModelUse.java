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
 *
 * <p>{@code inKindFrom} names the partners that give what the model has carried in kind (empty:
 * every partner of the carrying group, pro rata to its planned in-kind); {@code absorption} says
 * from which year a group carries some cost items in its regular budget (null: never);
 * {@code indexed} maps a parameter to the index it follows (see {@code Scenario.indices});
 * {@code vat} overrides the catalog's VAT class of revenue steps ({@code nl.ppsim.model.Vat}).
 */
public record BusinessModelUse(
        String model,
        String name,
        int fromYear,
        int toYear,
        Map<String, Input> params,
        Map<String, Boolean> perYear,
        StopRule stopRule,
        Map<String, Map<Payer, Double>> payers,
        Map<String, Bearer> carriedBy,
        String path,
        java.util.List<String> inKindFrom,
        Absorption absorption,
        Map<String, String> indexed,
        Map<String, nl.ppsim.model.Vat> vat) {
    /** Copies the parameter, payer and bearer maps. */
    public BusinessModelUse {
        params = Map.copyOf(params);
        perYear = Map.copyOf(perYear);
        payers = Map.copyOf(payers);
        carriedBy = Map.copyOf(carriedBy);
        inKindFrom = java.util.List.copyOf(inKindFrom);
        indexed = Map.copyOf(indexed);
        vat = Map.copyOf(vat);
    }

    /**
     * Absorption: from simulation year {@code fromYear} the cost {@code items} are carried by the
     * group {@code by} in its regular budget (the activity "glides into" education, which the
     * handbook counts as success). They are then that group's, whether or not it still takes part
     * in the PPS: they do not leave with a partner.
     */
    public record Absorption(int fromYear, Bearer by, java.util.List<String> items, String path) {
        /** Copies the items. */
        public Absorption {
            items = java.util.List.copyOf(items);
        }
    }
}
