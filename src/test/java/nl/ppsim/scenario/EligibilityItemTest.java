package nl.ppsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import nl.ppsim.model.CostType;
import org.junit.jupiter.api.Test;

/** What a scheme can exclude covers every cost type a budget line can have, under the same name. */
class EligibilityItemTest {
    @Test
    void everyCostTypeButFinancingIsAnItemOfTheSameName() {
        for (CostType t : CostType.values()) {
            if (t == CostType.FINANCING) {
                assertNull(EligibilityItem.of(t));
            } else {
                assertEquals(t.id(), EligibilityItem.of(t).id());
            }
        }
        assertEquals(EligibilityItem.BPV, EligibilityItem.ofStep("leren_in_de_praktijk", "workplaces"));
        assertEquals(EligibilityItem.CURRICULUM, EligibilityItem.ofStep("opleidingshuis", "development"));
        assertEquals(EligibilityItem.PERSONNEL, EligibilityItem.ofStep("inzet_studenten", "coaching"));
    }
}
