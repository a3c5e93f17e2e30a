package nl.ppsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An input's YAML path is read in one place, into its list, item and what follows. */
class InputPathTest {
    @Test
    void aPathIsReadIntoItsParts() {
        InputPath cash = InputPath.parse("partners[12].cash_per_year");
        assertEquals(InputPath.ItemList.PARTNERS, cash.list());
        assertEquals(12, cash.index());
        assertEquals(".cash_per_year", cash.suffix());
        assertEquals("cash_per_year", cash.key());
        assertEquals("partners[12]", cash.itemPath());
        assertNull(cash.parameter());
        InputPath fee = InputPath.parse("business_models[0].params.fee_per_participant");
        assertEquals(InputPath.ItemList.BUSINESS_MODELS, fee.list());
        assertEquals("fee_per_participant", fee.parameter());
        assertEquals("params.fee_per_participant", fee.key());
        InputPath renewal = InputPath.parse("partners[1]~renewal");
        assertEquals("~renewal", renewal.suffix());
        assertEquals(
                InputPath.ItemList.EVENTS, InputPath.parse("events[3].impact").list());
        for (String other : new String[] {
            "subsidy.per_year", "initial_reserve", "partner[1].cash", "lines[x].amount", "lines[99999999999].amount"
        }) {
            InputPath p = InputPath.parse(other);
            assertFalse(p.item(), other);
            assertEquals(other, p.path());
            assertEquals(-1, p.index());
        }
        assertTrue(InputPath.parse("lines[0]").item());
        assertEquals("", InputPath.parse("lines[0]").key());
    }
}
