package nl.ppsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.io.ScenarioReader;
import nl.ppsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The plan's promise that lets the ledger and the accounting skip rows ({@link Plan#inKindRows},
 * {@link Plan#payerRows}, cash only for groups with partners): with every row cleared and
 * accounted, the flows of every shipped scenario leave the rows the plan leaves out at zero.
 */
class LedgerRowsTest {
    @Test
    void flowsWriteOnlyTheRowsThePlanNames() throws IOException {
        List<Path> files = nl.ppsim.TestScenarios.shippedFiles();
        int skipped = 0;
        for (Path file : files) {
            Scenario scenario = new ScenarioReader().read(file);
            Plan plan = new Plan(scenario, new RunSettings(1024, scenario.seed(), 1));
            Workspace w = new Workspace(plan);
            Ledger l = w.ledger;
            l.use(new boolean[] {true, true, true}, new boolean[] {true, true, true}, true);
            for (int block = 0; block < 3; block++) {
                w.startBlock(block);
                w.sample(plan.lanes);
                l.clear(plan.lanes);
                for (Component c : plan.components) {
                    c.apply(w, plan.lanes, l);
                }
                for (int t = 1; t <= plan.horizon; t++) {
                    for (int g = 0; g < Ledger.GROUPS; g++) {
                        if (!plan.groupsPresent[g]) {
                            assertZero(l.cash[g][t], plan.lanes, file + ": cash of group " + g + ", year " + t);
                        }
                        if (!plan.inKindRows[g]) {
                            assertZero(l.inKind[g][t], plan.lanes, file + ": in kind of group " + g + ", year " + t);
                        }
                    }
                    for (int p = 0; p < Ledger.PAYERS && !plan.payerRows; p++) {
                        assertZero(
                                l.revenueByPayer[p][t], plan.lanes, file + ": revenue of payer " + p + ", year " + t);
                    }
                }
            }
            for (int g = 0; g < Ledger.GROUPS; g++) {
                skipped += (plan.groupsPresent[g] ? 0 : 1) + (plan.inKindRows[g] ? 0 : 1);
            }
            skipped += plan.payerRows ? 0 : 1;
        }
        assertTrue(skipped > 0, "no shipped scenario lets the ledger skip a row: the test checks nothing");
    }

    private static void assertZero(double[] row, int n, String what) {
        for (int i = 0; i < n; i++) {
            assertEquals(0.0, row[i], what + ", lane " + i);
        }
    }
}
