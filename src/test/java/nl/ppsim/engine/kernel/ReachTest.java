package nl.ppsim.engine.kernel;

import static nl.ppsim.TestScenarios.header;
import static nl.ppsim.TestScenarios.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.Money;
import nl.ppsim.engine.result.SimulationResult;
import org.junit.jupiter.api.Test;

/**
 * Reach: the students, teachers and companies the business models reach follow their drivers; the
 * companies are the larger of those the models reach and the werkveld partners taking part.
 */
class ReachTest {

    @Test
    void reachFollowsTheModelsDriversAndThePoolsMembers() {
        String yaml = header(0, 3, 4, 1_000_000) + """
                partners:
                  - {name: Bedrijven, group: werkveld, pool: {members: 6}, in_kind_per_year: 100}
                business_models:
                  - {model: leren_in_de_praktijk, params: {ramp_up_years: 0, environments: 4, students_per_environment: 10}}
                  - {model: opleidingshuis, params: {teacher_fte: 2}}
                  - {model: inzet_studenten, params: {ramp_up_years: 0, placements_per_year: 9, assignments_per_year: 3}}
                """;
        Money m = run(yaml, 1).money();
        for (int t = 1; t <= 3; t++) {
            assertEquals(
                    4 * 10 + 9 + 3,
                    m.reached()[Money.STUDENTS][t],
                    1e-9,
                    "students: learning environments, placements, assignments");
            assertEquals(2, m.reached()[Money.TEACHERS][t], 1e-9, "teachers freed up");
            assertEquals(
                    Math.max(4 + 9, 6),
                    m.reached()[Money.COMPANIES][t],
                    1e-9,
                    "companies: the models' 13 against the pool's 6");
        }
    }

    /** Cash costs by type add up to the year's costs: typed lines and model steps, loans as financing, the rest other. */
    @Test
    void costsByTypeAddUpToTheCosts() {
        String yaml = header(0, 3, 4, 1_000_000) + """
                lines:
                  - {name: kernteam, kind: cost, amount: 1000, type: personnel}
                  - {name: huur, kind: cost, amount: 300, type: housing}
                  - {name: divers, kind: cost, amount: 50}
                business_models:
                  - {model: innovatieteams, params: {ramp_up_years: 0, companies: 2, projects_per_company: 1, fee_per_project: 0,
                     supervision_cost_per_project: 100, account_manager_costs: 400, in_kind_share: 0}}
                financing:
                  - {name: lening, amount: 100, repay: {from_year: 2, years: 2}, interest: 0.1}
                """;
        SimulationResult r = run(yaml, 1);
        double[][] c = r.money().costsByType();
        for (int t = 1; t <= 3; t++) {
            double sum = 0;
            for (double[] type : c) {
                sum += type[t];
            }
            assertEquals(r.years().get(t - 1).metric(Metric.COSTS).mean(), sum, 1e-9, "year " + t);
            assertEquals(1000 + 2 * 100 + 400, c[nl.ppsim.model.CostType.PERSONNEL.ordinal()][t], 1e-9);
            assertEquals(300, c[nl.ppsim.model.CostType.HOUSING.ordinal()][t], 1e-9);
        }
        assertEquals(10, c[nl.ppsim.model.CostType.FINANCING.ordinal()][1], 1e-9, "interest on 100");
        assertEquals(50 + 10, c[nl.ppsim.model.CostType.FINANCING.ordinal()][2], 1e-9, "repayment and interest");
        assertEquals(
                1,
                nl.ppsim.scenario.Notice.of(r.scenario()).stream()
                        .filter(n -> n.kind() == nl.ppsim.scenario.Notice.Kind.LINE_WITHOUT_TYPE)
                        .count(),
                "the line without a type is noted");
    }
}
