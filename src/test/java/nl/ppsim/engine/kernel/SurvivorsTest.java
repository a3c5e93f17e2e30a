package nl.ppsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The pool's survivors from a table are exactly those of the summing loop, for every size and uniform tried. */
class SurvivorsTest {
    @Test
    void theTableGivesTheLoopsAnswer() {
        SplittableRandom random = new SplittableRandom(11);
        for (double stay : new double[] {0.01, 0.5, 0.9, 0.92, 0.999}) {
            double[][] tables = PartnerFlow.survivorTables(stay, 600);
            assertEquals(501, tables.length);
            for (int n = 0; n < tables.length; n++) {
                for (int k = 0; k < 200; k++) {
                    double u = k < 3 ? new double[] {Double.MIN_VALUE, 0.5, 1 - 0x1.0p-53}[k] : random.nextDouble();
                    assertEquals(
                            PartnerFlow.survivors(n, stay, u),
                            PartnerFlow.survivors(tables[n], u),
                            "n " + n + " stay " + stay + " u " + u);
                }
            }
        }
    }
}
