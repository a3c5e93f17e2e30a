package nl.ppsim.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import nl.ppsim.TestScenarios;
import nl.ppsim.dist.Distributions;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A fixed input overridden by another value (what {@code solve} and the plan as planned do) runs
 * as if the scenario had said that value: also where a fixed value lets the engine take a shortcut
 * (an after-subsidy factor of 1, a constant leave probability's survivor tables, no in-kind hours,
 * no in kind at all).
 */
class OverridesTest {
    private static final String BASE = TestScenarios.header(2, 6, 3000, 0)
            + "subsidy: {scheme: rif-2014, per_year: 100000}\n"
            + "partners:\n"
            + "  - {name: ROC, group: onderwijs, cash_per_year: {triangular: [40000, 60000, 90000]}, committed_years: 2,"
            + " renewal_probability: 0.7, after_subsidy_factor: %s, in_kind_hours_per_year: %s, in_kind_per_year: %s}\n"
            + "  - name: Bedrijven\n    group: werkveld\n    cash_per_year: 5000\n    in_kind_per_year: 2000\n"
            + "    pool: {members: 12, leave_probability: %s, join_per_year: {uniform: [0, 3]}}\n"
            + "lines:\n  - {name: team, kind: cost, amount: {normal: [200000, 20000]}}\n";

    private static String yaml(String factor, String hours, String inKind, String leave) {
        return String.format(java.util.Locale.ROOT, BASE, factor, hours, inKind, leave);
    }

    private static void assertOverrideActsAsWritten(String path, double value, Scenario base, Scenario written) {
        RunSettings settings = new RunSettings(3000, 42, 2);
        SimulationResult overridden =
                Simulation.run(base, settings.withOverrides(Map.of(path, Distributions.constant(value))));
        assertEquals(
                Fingerprint.of(Simulation.run(written, settings)), Fingerprint.of(overridden), path + " = " + value);
    }

    @Test
    void aFixedInputOverriddenRunsAsIfTheScenarioSaidIt() {
        Scenario base = TestScenarios.parse(yaml("1", "0", "0", "0.1"));
        assertOverrideActsAsWritten(
                "partners[0].after_subsidy_factor", 0.5, base, TestScenarios.parse(yaml("0.5", "0", "0", "0.1")));
        assertOverrideActsAsWritten(
                "partners[0].in_kind_hours_per_year", 200, base, TestScenarios.parse(yaml("1", "200", "0", "0.1")));
        assertOverrideActsAsWritten(
                "partners[0].in_kind_per_year", 15000, base, TestScenarios.parse(yaml("1", "0", "15000", "0.1")));
        assertOverrideActsAsWritten(
                "partners[1].pool.leave_probability", 0.3, base, TestScenarios.parse(yaml("1", "0", "0", "0.3")));
        // and the other way round: to the values that allow the shortcuts
        Scenario other = TestScenarios.parse(yaml("0.5", "200", "15000", "0.3"));
        assertOverrideActsAsWritten(
                "partners[0].after_subsidy_factor", 1, other, TestScenarios.parse(yaml("1", "200", "15000", "0.3")));
        assertOverrideActsAsWritten(
                "partners[0].in_kind_hours_per_year", 0, other, TestScenarios.parse(yaml("0.5", "0", "15000", "0.3")));
        assertOverrideActsAsWritten(
                "partners[0].in_kind_per_year", 0, other, TestScenarios.parse(yaml("0.5", "200", "0", "0.3")));
    }
}
