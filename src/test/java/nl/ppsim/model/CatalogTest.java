package nl.ppsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.ppsim.TestScenarios;
import nl.ppsim.engine.result.ModelResult;
import nl.ppsim.engine.result.SimulationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each model's yearly flows against hand-computed values, with every parameter fixed (no
 * randomness) and no ramp-up, through the whole engine: what it earns and from whom, what it costs
 * and who carries it.
 */
class CatalogTest {

    /**
     * Per model: fixed parameters (no randomness, no ramp-up), and year 1 by hand: the model's
     * revenue (every payer), who pays the external part, the PPS's cash costs and what each group
     * carries in kind. Payers and bearers are the catalog defaults.
     */
    static Stream<Arguments> deterministicCases() {
        return Stream.of(
                // model, params, model revenue, revenue by payer, cash costs, in kind by group
                Arguments.of(
                        "opleidingshuis",
                        "{teacher_fte: 2, cost_per_fte: 80000, development_costs: 10000, expert_hours: 100, in_kind_hour_value: 50}",
                        0,
                        "",
                        10000,
                        "onderwijs=160000 werkveld=5000"),
                // 4 new environments x 2000 set-up fee (a cost) + 4 x 1000 company fees in cash; the teachers' coaching
                // 4 x 10 x 5 x 60 is the school's in kind (handbook: "leercoaches of docenten op de werkplek")
                Arguments.of(
                        "leren_in_de_praktijk",
                        "{ramp_up_years: 0, environments: 4, students_per_environment: 10, coaching_hours_per_student: 5, coaching_hour_cost: 60, company_fee_per_environment: 1000, setup_fee: 2000, in_kind_per_environment: 3000}",
                        0,
                        "",
                        12000,
                        "onderwijs=12000 werkveld=12000"),
                // the guidance 10 x 50 x 60 is the partners' own staff in kind (handbook: "zoveel mogelijk zelf ...
                // dekken");
                // the PPS pays only the recruitment
                Arguments.of(
                        "entreeonderwijs",
                        "{ramp_up_years: 0, trajectories_per_year: 10, fee_per_trajectory: 5000, guidance_hours_per_trajectory: 50, guidance_hour_cost: 60, recruitment_costs: 10000, in_kind_per_trajectory: 1000}",
                        50000,
                        "overheid=50000",
                        10000,
                        "onderwijs=30000 werkveld=10000"),
                // practor 0.5 x 100000 + teacher 1 x 80000 + 100 school hours x 70, all the school's in kind
                Arguments.of(
                        "practoraat",
                        "{ramp_up_years: 0, assignment_income: 10000, practor_fte: 0.5, practor_cost_per_fte: 100000, teacher_fte: 1, teacher_cost_per_fte: 80000, school_hours: 100, in_kind_hour_value: 70}",
                        10000,
                        "werkveld=10000",
                        0,
                        "onderwijs=137000"),
                // one researcher carries 4 projects: 4 of the 5 sold are done; the researcher 50000 is paid whatever
                // the
                // volume, materials 4 x 20000 x 0.1 x 1.5 = 12000, business developer 40000
                Arguments.of(
                        "onderzoekshuis",
                        "{ramp_up_years: 0, projects_per_year: 5, fee_per_project: 20000, researcher_fte: 1, cost_per_researcher_fte: 50000, projects_per_researcher_fte: 4, material_share: 0.1, cost_overrun: 0.5, business_developer_costs: 40000, innovation_grants: 10000, lectorate_in_kind: 5000}",
                        90000,
                        "werkveld=80000 overheid=10000",
                        102000,
                        "onderwijs=5000"),
                Arguments.of(
                        "innovatiewerkplaats",
                        "{ramp_up_years: 0, members: 10, membership_fee: 2000, member_hours: 10, in_kind_hour_value: 50, coordination_costs: 30000}",
                        20000,
                        "werkveld=20000",
                        30000,
                        "werkveld=5000"),
                // 10 projects: a quarter paid in kind (handbook: a rate "of" supervision and a location), the rest at
                // the rate
                Arguments.of(
                        "innovatieteams",
                        "{ramp_up_years: 0, companies: 5, projects_per_company: 2, fee_per_project: 4000, supervision_cost_per_project: 1000, account_manager_costs: 20000, company_in_kind_per_project: 500, in_kind_share: 0.25}",
                        30000,
                        "werkveld=30000",
                        30000,
                        "werkveld=1250"),
                // 10 x 10 x 500 = 50000, 80% by employers, 20% by participants
                Arguments.of(
                        "trainingsbureau",
                        "{ramp_up_years: 0, courses_per_year: 10, participants_per_course: 10, fee_per_participant: 500, trainer_cost_per_course: 2000, module_development_costs: 5000, sales_costs: 5000, partner_trainer_share: 0.5}",
                        50000,
                        "werkveld=40000 deelnemers=10000",
                        20000,
                        "werkveld=10000"),
                // the handbook's clients: schools, municipalities or province, and companies, a third each
                Arguments.of(
                        "projectbureau",
                        "{ramp_up_years: 0, project_manager_fte: 2, hours_per_fte: 1000, billable_share: 0.5, hourly_rate: 90, cost_per_fte: 70000}",
                        90000,
                        "onderwijs=30000 werkveld=30000 overheid=30000",
                        140000,
                        ""),
                Arguments.of(
                        "verkoopkantoor",
                        "{ramp_up_years: 0, deals_per_year: 20, deal_value: 10000, margin: 0.1, account_manager_fte: 1, cost_per_fte: 50000, brokered_uplift: 0}",
                        20000,
                        "werkveld=20000",
                        50000,
                        ""),
                // rent 500 x 100 + 500 x 0.2 x 50, trainings 2 x 1000, lessons min(1000 - 500, 100) x 60; investment +
                // 10% maintenance + supervision
                Arguments.of(
                        "laboratorium",
                        "{ramp_up_years: 0, rental_hours: 500, hourly_rate: 100, capacity_hours: 1000, student_help_share: 0.2, student_surcharge: 50, trainings_per_year: 2, training_fee: 1000, school_lesson_hours: 100, school_hour_rate: 60, investment: 100000, lifetime_years: 20, maintenance_rate: 0.1, supervision_costs: 20000, supplier_in_kind: 3000, lab_hours_per_project: 0, training_uplift: 0}",
                        63000,
                        "onderwijs=6000 werkveld=57000",
                        130000,
                        "werkveld=3000"),
                // school funding arrives after the lag: none in year 1 (see marketingFundingFollowsEnrolmentWithTheLag)
                Arguments.of(
                        "marketingorganisatie",
                        "{ramp_up_years: 0, extra_students: 10, fee_per_student: 500, funding_per_student: 7000, innovation_share: 0.1, funding_lag: 1, study_years: 2, campaign_costs: 8000, ambassador_in_kind: 1000}",
                        5000,
                        "werkveld=5000",
                        8000,
                        "werkveld=1000"),
                Arguments.of(
                        "netwerkorganisatie",
                        "{ramp_up_years: 0, paying_members: 4, membership_fee: 500, networker_fte: 0.5, cost_per_fte: 60000, events_per_year: 2, cost_per_event: 1000, crm_costs: 1000, demand_uplift: 0}",
                        2000,
                        "werkveld=2000",
                        33000,
                        ""),
                Arguments.of(
                        "loket",
                        "{ramp_up_years: 0, questions_per_year: 100, fee_per_question: 10, helpdesk_fte: 0.5, cost_per_fte: 50000, school_helpdesk_in_kind: 2000}",
                        1000,
                        "werkveld=1000",
                        25000,
                        "onderwijs=2000"),
                // wages 10 x 4 x 800 x 1.25 + insurance 10 x 100 + coaching 10 x 5 x 60 + account managers 30000; the 3
                // assignments are done by students employed by the PPS: 3 x 2 months x 800 x 1.25 + coaching 3 x 5 x 60
                Arguments.of(
                        "inzet_studenten",
                        "{ramp_up_years: 0, placements_per_year: 10, months_per_placement: 4, monthly_fee: 1500, student_wage_per_month: 800, employer_charges: 0.25, insurance_per_placement: 100, coaching_hours_per_placement: 5, coaching_hour_cost: 60, assignments_per_year: 3, fee_per_assignment: 2000, months_per_assignment: 2, account_and_scout_costs: 30000}",
                        66000,
                        "werkveld=66000",
                        80900,
                        ""));
    }

    static String scenario(String models) {
        return TestScenarios.header(0, 3, 5, 1_000_000) + "business_models:\n" + models;
    }

    static ModelResult.Year year(SimulationResult r, int model, int year) {
        return r.models().get(model).years().get(year - 1);
    }

    /** "onderwijs=160000 werkveld=5000" as amounts by key (absent keys are 0). */
    static java.util.Map<String, Double> amounts(String text) {
        java.util.Map<String, Double> out = new java.util.HashMap<>();
        for (String part : text.split(" ")) {
            if (!part.isEmpty()) {
                out.put(part.split("=")[0], Double.parseDouble(part.split("=")[1]));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deterministicCases")
    void yearlyFlowsMatchTheHandComputedValues(
            String model, String params, double revenue, String byPayer, double cash, String inKindByGroup) {
        SimulationResult r = TestScenarios.run(
                TestScenarios.header(0, 1, 5, 1_000_000) + "business_models:\n  - {model: " + model + ", params: "
                        + params + "}\n",
                1);
        ModelResult.Year y = year(r, 0, 1);
        java.util.Map<String, Double> payers = amounts(byPayer);
        java.util.Map<String, Double> carried = amounts(inKindByGroup);
        double external =
                payers.values().stream().mapToDouble(Double::doubleValue).sum();
        double inKind =
                carried.values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(revenue, y.revenue().mean(), 1e-6, "model revenue");
        assertEquals(revenue, y.revenue().p95(), 1e-6, "no randomness left");
        assertEquals(cash, y.costs().mean(), 1e-6, "cash costs");
        assertEquals(revenue - cash, y.margin().p50(), 1e-6, "margin");
        assertEquals(inKind, y.inKind().mean(), 1e-6, "in kind");
        assertEquals(1, y.running().estimate());
        // the scenario's totals: external revenue by payer, cash costs, in kind by the group that carries it
        assertEquals(
                external,
                r.years().get(0).metric(nl.ppsim.engine.result.Metric.REVENUE).mean(),
                1e-6);
        assertEquals(
                cash,
                r.years().get(0).metric(nl.ppsim.engine.result.Metric.COSTS).mean(),
                1e-6);
        for (Payer p : List.of(Payer.ONDERWIJS, Payer.WERKVELD, Payer.OVERHEID, Payer.DEELNEMERS)) {
            assertEquals(
                    payers.getOrDefault(p.key(), 0.0),
                    r.funding().revenueByPayer()[p.ordinal()],
                    1e-6,
                    "paid by " + p.key());
        }
        for (nl.ppsim.scenario.Group g : nl.ppsim.scenario.Group.values()) {
            assertEquals(
                    carried.getOrDefault(g.key(), 0.0),
                    r.years().get(0).inKindByGroup()[g.ordinal()],
                    1e-6,
                    "carried by " + g.key());
        }
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
    }

    @Test
    void laboratoriumInvestsInItsFirstYearAndAtEachReplacement() {
        String lab =
                "  - {model: laboratorium, params: {ramp_up_years: 0, rental_hours: 0, trainings_per_year: 0, investment: 100000,"
                        + " replacement_years: 2, maintenance_rate: 0, supervision_costs: 0, supplier_in_kind: 0}}\n";
        SimulationResult r = TestScenarios.run(scenario(lab), 1);
        assertEquals(100000, year(r, 0, 1).costs().mean(), 1e-6);
        assertEquals(0, year(r, 0, 2).costs().mean(), 1e-6);
        assertEquals(100000, year(r, 0, 3).costs().mean(), 1e-6);
        // replacement_years is the old name of lifetime_years; the structural test charges 100000 / 2 every year
        for (int t = 1; t <= 3; t++) {
            assertEquals(50000, r.money().provision()[t], 1e-6, "provision in year " + t);
        }
    }

    @Test
    void learningEnvironmentsPayTheSetUpFeeOnlyWhenTheyAreAdded() {
        String m =
                "  - {model: leren_in_de_praktijk, params: {ramp_up_years: 1, environments: 4, students_per_environment: 0,"
                        + " company_fee_per_environment: 0, setup_fee: 1000, in_kind_per_environment: 0}}\n";
        SimulationResult r = TestScenarios.run(scenario(m), 1);
        // ramp 1 year: 50% in year 1, 100% from year 2: 2 environments added, then 2, then none; the fee is the PPS's
        // cost
        assertEquals(2000, year(r, 0, 1).costs().mean(), 1e-6);
        assertEquals(2000, year(r, 0, 2).costs().mean(), 1e-6);
        assertEquals(0, year(r, 0, 3).costs().mean(), 1e-6);
        assertEquals(0, year(r, 0, 1).revenue().mean(), 1e-6, "no revenue: the company asks the fee of the PPS");
        assertEquals(
                List.of(nl.ppsim.engine.result.LumpSource.Kind.INVESTMENT),
                r.lumps().stream().map(x -> x.source().kind()).toList());
    }

    @Test
    void marketingFundingFollowsEnrolmentWithTheLag() {
        // 10 new students a year; funding 1 year after enrolment, for 2 study years: 0, then 10, then 20 students
        // funded
        String m =
                "  - {model: marketingorganisatie, params: {ramp_up_years: 0, extra_students: 10, fee_per_student: 0,"
                        + " funding_per_student: 7000, innovation_share: 0.1, funding_lag: 1, study_years: 2, campaign_costs: 0,"
                        + " ambassador_in_kind: 0}}\n";
        SimulationResult r = TestScenarios.run(scenario(m), 1);
        assertEquals(0, year(r, 0, 1).revenue().mean(), 1e-6);
        assertEquals(7000, year(r, 0, 2).revenue().mean(), 1e-6);
        assertEquals(14000, year(r, 0, 3).revenue().mean(), 1e-6);
    }

    @Test
    void aCostCarriedInKindMovesFromThePpsCashToTheGroup() {
        String params =
                "{teacher_fte: 2, cost_per_fte: 80000, development_costs: 10000, expert_hours: 100, in_kind_hour_value: 50}";
        SimulationResult school =
                TestScenarios.run(scenario("  - {model: opleidingshuis, params: " + params + "}\n"), 1);
        SimulationResult pps = TestScenarios.run(
                scenario("  - {model: opleidingshuis, params: " + params
                        + ", carried_by: {teachers: pps, company_experts: overheid}}\n"),
                1);
        assertEquals(10000, year(school, 0, 1).costs().mean(), 1e-6);
        assertEquals(170000, year(pps, 0, 1).costs().mean(), 1e-6);
        assertEquals(160000, school.years().get(0).inKindByGroup()[0], 1e-6);
        assertEquals(0, pps.years().get(0).inKindByGroup()[0], 1e-6);
        assertEquals(
                5000, pps.years().get(0).inKindByGroup()[2], 1e-6, "the experts' hours now counted as government's");
    }

    @Test
    void payersGivenInTheScenarioSplitTheRevenue() {
        String params =
                "{ramp_up_years: 0, courses_per_year: 10, participants_per_course: 10, fee_per_participant: 500,"
                        + " trainer_cost_per_course: 2000, module_development_costs: 5000, sales_costs: 5000, partner_trainer_share: 0.5}";
        SimulationResult r = TestScenarios.run(
                TestScenarios.header(0, 1, 5, 0) + "business_models:\n  - {model: trainingsbureau, params: " + params
                        + ", payers: {overheid: 0.3, deelnemers: 0.7}}\n",
                1);
        double[] byPayer = r.funding().revenueByPayer();
        assertEquals(15000, byPayer[Payer.OVERHEID.ordinal()], 1e-6);
        assertEquals(35000, byPayer[Payer.DEELNEMERS.ordinal()], 1e-6);
        assertEquals(0, byPayer[Payer.WERKVELD.ordinal()], 1e-6);
    }

    @Test
    void labHoursOfResearchProjectsAreAnInternalTransferNotIncomeOfThePps() {
        String research =
                "  - {model: onderzoekshuis, params: {ramp_up_years: 0, projects_per_year: 5, fee_per_project: 20000,"
                        + " innovation_grants: 0}}\n";
        String lab = "  - {model: laboratorium, params: {ramp_up_years: 0, rental_hours: 0, trainings_per_year: 0,"
                + " school_lesson_hours: 0, hourly_rate: 100, lab_hours_per_project: 10}}\n";
        SimulationResult r =
                TestScenarios.run(TestScenarios.header(0, 1, 5, 0) + "business_models:\n" + research + lab, 1);
        assertEquals(5000, year(r, 1, 1).revenue().mean(), 1e-6, "5 projects x 10 hours x 100 in the lab's margin");
        assertEquals(
                100000,
                r.years().get(0).metric(nl.ppsim.engine.result.Metric.REVENUE).mean(),
                1e-6,
                "only the project fees are PPS income");
    }

    @Test
    void everyRevenueItemIsPaidInFullAndEveryCostIsCarried() {
        for (BusinessModel m : Catalog.all()) {
            for (Step s : m.steps()) {
                if (s.kind() == Step.Kind.REVENUE) {
                    double sum = s.payers().values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum();
                    assertEquals(1, sum, 1e-12, m.key() + "." + s.name());
                    assertTrue(s.payers().values().stream().allMatch(v -> v > 0 && v <= 1), m.key() + "." + s.name());
                } else if (s.kind() == Step.Kind.COST) {
                    assertTrue(s.bearer() != null, m.key() + "." + s.name());
                }
            }
            assertTrue(!m.handbookQuote().isBlank() && !m.handbookHeading().isBlank(), m.key() + " cites the handbook");
        }
    }

    @Test
    void rampFollowsTheDocumentedSCurve() {
        assertEquals(0.15625, RampUp.ramp(1, 3), 1e-12);
        assertEquals(0.5, RampUp.ramp(2, 3), 1e-12);
        assertEquals(0.84375, RampUp.ramp(3, 3), 1e-12);
        assertEquals(1, RampUp.ramp(4, 3), 1e-12);
        assertEquals(1, RampUp.ramp(1, 0), 1e-12);
        List<Double> increasing = List.of(RampUp.ramp(1, 5), RampUp.ramp(2, 5), RampUp.ramp(3, 5), RampUp.ramp(6, 5));
        for (int k = 1; k < increasing.size(); k++) {
            assertTrue(increasing.get(k) > increasing.get(k - 1));
        }
    }
}
