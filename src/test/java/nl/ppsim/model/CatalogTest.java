package nl.ppsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.ppsim.TestScenarios;
import nl.ppsim.engine.ModelResult;
import nl.ppsim.engine.SimulationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each model's yearly flows against hand-computed values, with every parameter fixed (no
 * randomness) and no ramp-up, through the whole engine.
 */
class CatalogTest {

    static Stream<Arguments> deterministicCases() {
        return Stream.of(
                // model, params, year-1 revenue, costs, in-kind
                Arguments.of("opleidingshuis", "{teacher_fte: 2, cost_per_fte: 80000, development_costs: 10000, expert_hours: 100, in_kind_hour_value: 50}",
                        0, 170000, 5000),
                Arguments.of("leren_in_de_praktijk", "{ramp_up_years: 0, environments: 4, students_per_environment: 10, coaching_hours_per_student: 5, coaching_hour_cost: 60, company_fee_per_environment: 1000, setup_fee: 2000, in_kind_per_environment: 3000}",
                        8000, 16000, 12000),
                Arguments.of("entreeonderwijs", "{ramp_up_years: 0, trajectories_per_year: 10, fee_per_trajectory: 5000, guidance_hours_per_trajectory: 50, guidance_hour_cost: 60, recruitment_costs: 10000, in_kind_per_trajectory: 1000}",
                        50000, 40000, 10000),
                Arguments.of("practoraat", "{ramp_up_years: 0, assignment_income: 10000, practor_fte: 0.5, practor_cost_per_fte: 100000, teacher_fte: 1, teacher_cost_per_fte: 80000, school_hours: 100, in_kind_hour_value: 70}",
                        10000, 130000, 7000),
                Arguments.of("onderzoekshuis", "{ramp_up_years: 0, projects_per_year: 5, fee_per_project: 20000, direct_cost_share: 0.5, business_developer_costs: 40000, innovation_grants: 10000, lectorate_in_kind: 5000}",
                        110000, 90000, 5000),
                Arguments.of("innovatiewerkplaats", "{ramp_up_years: 0, members: 10, membership_fee: 2000, member_hours: 10, in_kind_hour_value: 50, coordination_costs: 30000}",
                        20000, 30000, 5000),
                Arguments.of("innovatieteams", "{ramp_up_years: 0, companies: 5, projects_per_company: 2, fee_per_project: 4000, supervision_cost_per_project: 1000, account_manager_costs: 20000, company_in_kind_per_project: 500}",
                        40000, 30000, 5000),
                Arguments.of("trainingsbureau", "{ramp_up_years: 0, courses_per_year: 10, participants_per_course: 10, fee_per_participant: 500, trainer_cost_per_course: 2000, module_development_costs: 5000, sales_costs: 5000, partner_trainer_share: 0.5}",
                        50000, 20000, 10000),
                Arguments.of("projectbureau", "{ramp_up_years: 0, project_manager_fte: 2, hours_per_fte: 1000, billable_share: 0.5, hourly_rate: 100, cost_per_fte: 70000}",
                        100000, 140000, 0),
                Arguments.of("verkoopkantoor", "{ramp_up_years: 0, deals_per_year: 20, deal_value: 10000, margin: 0.1, account_manager_fte: 1, cost_per_fte: 50000, brokered_uplift: 0}",
                        20000, 50000, 0),
                Arguments.of("laboratorium", "{ramp_up_years: 0, rental_hours: 500, hourly_rate: 100, capacity_hours: 1000, student_help_share: 0.2, student_surcharge: 50, trainings_per_year: 2, training_fee: 1000, investment: 100000, replacement_years: 0, maintenance_rate: 0.1, supervision_costs: 20000, supplier_in_kind: 3000, lab_hours_per_project: 0, training_uplift: 0}",
                        57000, 130000, 3000),
                Arguments.of("marketingorganisatie", "{ramp_up_years: 0, extra_students: 10, fee_per_student: 500, campaign_costs: 8000, ambassador_in_kind: 1000}",
                        5000, 8000, 1000),
                Arguments.of("netwerkorganisatie", "{ramp_up_years: 0, paying_members: 4, membership_fee: 500, networker_fte: 0.5, cost_per_fte: 60000, events_per_year: 2, cost_per_event: 1000, crm_costs: 1000, demand_uplift: 0}",
                        2000, 33000, 0),
                Arguments.of("loket", "{ramp_up_years: 0, questions_per_year: 100, fee_per_question: 10, helpdesk_fte: 0.5, cost_per_fte: 50000, school_helpdesk_in_kind: 2000}",
                        1000, 25000, 2000),
                Arguments.of("inzet_studenten", "{ramp_up_years: 0, placements_per_year: 10, months_per_placement: 4, monthly_fee: 1500, student_wage_per_month: 800, assignments_per_year: 3, fee_per_assignment: 2000, account_and_scout_costs: 30000}",
                        66000, 62000, 0));
    }

    static String scenario(String models) {
        return TestScenarios.header(0, 3, 5, 1_000_000) + "business_models:\n" + models;
    }

    static ModelResult.Year year(SimulationResult r, int model, int year) {
        return r.models().get(model).years().get(year - 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deterministicCases")
    void yearlyFlowsMatchTheFormula(String model, String params, double revenue, double costs, double inKind) {
        SimulationResult r = TestScenarios.run(scenario("  - {model: " + model + ", params: " + params + "}\n"), 1);
        ModelResult.Year y = year(r, 0, 1);
        assertEquals(revenue, y.revenue().mean(), 1e-6, "revenue");
        assertEquals(revenue, y.revenue().p95(), 1e-6, "no randomness left");
        assertEquals(costs, y.costs().mean(), 1e-6, "costs");
        assertEquals(revenue - costs, y.margin().p50(), 1e-6, "margin");
        assertEquals(inKind, y.inKind().mean(), 1e-6, "in kind");
        assertEquals(1, y.running().estimate());
        // the scenario's totals include the model's flows
        assertEquals(revenue, r.years().get(0).metric(nl.ppsim.engine.Metric.REVENUE).mean(), 1e-6);
        assertEquals(inKind, r.years().get(0).metric(nl.ppsim.engine.Metric.IN_KIND).mean(), 1e-6);
    }

    @Test
    void everyModelIsCoveredAndFullySpecifiedByTheCases() {
        Set<String> covered = new LinkedHashSet<>();
        deterministicCases().forEach(a -> {
            String key = (String) a.get()[0];
            covered.add(key);
            BusinessModel m = Catalog.find(key).orElseThrow();
            String params = (String) a.get()[1];
            for (Parameter p : m.parameters()) {
                assertTrue(p.optional() || params.contains(p.key() + ":"), key + " case fixes " + p.key());
            }
        });
        assertEquals(Set.copyOf(Catalog.keys()), covered);
        assertEquals(15, Catalog.all().size());
    }

    @Test
    void laboratoriumInvestsInItsFirstYearAndAtEachReplacement() {
        String lab = "  - {model: laboratorium, params: {ramp_up_years: 0, rental_hours: 0, trainings_per_year: 0, investment: 100000,"
                + " replacement_years: 2, maintenance_rate: 0, supervision_costs: 0, supplier_in_kind: 0}}\n";
        SimulationResult r = TestScenarios.run(scenario(lab), 1);
        assertEquals(100000, year(r, 0, 1).costs().mean(), 1e-6);
        assertEquals(0, year(r, 0, 2).costs().mean(), 1e-6);
        assertEquals(100000, year(r, 0, 3).costs().mean(), 1e-6);
    }

    @Test
    void learningEnvironmentsPayTheSetUpFeeOnlyWhenTheyAreAdded() {
        String m = "  - {model: leren_in_de_praktijk, params: {ramp_up_years: 1, environments: 4, students_per_environment: 0,"
                + " company_fee_per_environment: 0, setup_fee: 1000, in_kind_per_environment: 0}}\n";
        SimulationResult r = TestScenarios.run(scenario(m), 1);
        // ramp 1 year: 50% in year 1, 100% from year 2: 2 environments added, then 2, then none
        assertEquals(2000, year(r, 0, 1).revenue().mean(), 1e-6);
        assertEquals(2000, year(r, 0, 2).revenue().mean(), 1e-6);
        assertEquals(0, year(r, 0, 3).revenue().mean(), 1e-6);
    }

    @Test
    void replacementPeriodsAgreeWithTheRemainder() {
        for (int years = -3; years <= 200; years++) {
            long divisors = ModelYear.divisors(years);
            for (int every = -2; every <= 150; every++) {
                boolean expected = every > 0 && years % every == 0;
                assertEquals(expected, ModelYear.divides(every, years, divisors), "every " + every + " years " + years);
            }
        }
    }

    @Test
    void rampFollowsTheDocumentedSCurve() {
        assertEquals(0.15625, ModelYear.ramp(1, 3), 1e-12);
        assertEquals(0.5, ModelYear.ramp(2, 3), 1e-12);
        assertEquals(0.84375, ModelYear.ramp(3, 3), 1e-12);
        assertEquals(1, ModelYear.ramp(4, 3), 1e-12);
        assertEquals(1, ModelYear.ramp(1, 0), 1e-12);
        List<Double> increasing = List.of(ModelYear.ramp(1, 5), ModelYear.ramp(2, 5), ModelYear.ramp(3, 5), ModelYear.ramp(6, 5));
        for (int k = 1; k < increasing.size(); k++) {
            assertTrue(increasing.get(k) > increasing.get(k - 1));
        }
    }

    @Test
    void theEngineKnowsWhichFlowsEachFormulaLeavesForItToZero() {
        boolean[] opleidingshuis = Flows.unwritten(Catalog.find("opleidingshuis").orElseThrow().formula(), 5);
        assertTrue(opleidingshuis[Flows.REVENUE], "earns nothing: revenue is zeroed by the engine");
        assertTrue(!opleidingshuis[Flows.COSTS] && !opleidingshuis[Flows.IN_KIND]);
        BusinessModel onderzoekshuis = Catalog.find("onderzoekshuis").orElseThrow();
        assertTrue(!Flows.unwritten(onderzoekshuis.formula(), onderzoekshuis.parameters().size())[Flows.PROJECTS]);
    }
}
