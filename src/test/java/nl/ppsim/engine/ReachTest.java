package nl.ppsim.engine;

import static nl.ppsim.TestScenarios.header;
import static nl.ppsim.TestScenarios.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
            assertEquals(4 * 10 + 9 + 3, m.reached()[Money.STUDENTS][t], 1e-9, "students: learning environments, placements, assignments");
            assertEquals(2, m.reached()[Money.TEACHERS][t], 1e-9, "teachers freed up");
            assertEquals(Math.max(4 + 9, 6), m.reached()[Money.COMPANIES][t], 1e-9, "companies: the models' 13 against the pool's 6");
        }
    }
}
