package nl.ppsim.engine.kernel;

import static nl.ppsim.TestScenarios.header;
import static nl.ppsim.TestScenarios.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.ppsim.TestScenarios;
import nl.ppsim.engine.result.Money;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.scenario.InvalidScenarioException;
import org.junit.jupiter.api.Test;

/** VAT on an exempt and a taxed activity, by hand (see {@code nl.ppsim.model.Vat}). */
class VatTest {
    private static final double R = 0.21;
    private static final String STATED = "amounts_include_vat: {costs: true, revenue: false}\n";

    /** A scenario that does not say whether its amounts include VAT gets no VAT, and a notice. */
    @Test
    void withoutAStatementNoVatIsComputedAndTheScenarioIsTold() {
        String yaml = header(0, 2, 2, 1_000_000) + """
                business_models:
                  - {model: onderzoekshuis, params: {ramp_up_years: 0, projects_per_year: 5, fee_per_project: 20000, material_share: 0.1}}
                """;
        SimulationResult r = run(yaml, 1);
        assertEquals(0, r.money().vat()[Money.VAT_CHARGED][1] + r.money().vat()[Money.VAT_DEDUCTED][1], 1e-12);
        assertTrue(nl.ppsim.scenario.Notice.of(r.scenario()).stream()
                .anyMatch(n -> n.kind() == nl.ppsim.scenario.Notice.Kind.VAT_NOT_STATED));
    }

    /**
     * Entree trajectories are exempt education: the VAT in their recruitment costs (10,000 incl. VAT)
     * is not deductible and stays a cost (10,000 x 21/121); written without VAT, the PPS pays 21% on top.
     */
    @Test
    void anExemptActivityCarriesItsInputVatAsACost() {
        String model = """
                business_models:
                  - {model: entreeonderwijs, params: {ramp_up_years: 0, trajectories_per_year: 10, fee_per_trajectory: 5000,
                     guidance_hours_per_trajectory: 50, guidance_hour_cost: 60, recruitment_costs: 10000, in_kind_per_trajectory: 0}}
                """;
        SimulationResult incl = run(header(0, 2, 2, 1_000_000) + "amounts_include_vat: {costs: true}\n" + model, 1);
        assertEquals(
                10000, incl.models().get(0).years().get(0).costs().mean(), 1e-9, "costs include their VAT already");
        assertEquals(10000 * R / (1 + R), incl.money().vat()[Money.VAT_COST][1], 1e-9);
        assertEquals(0, incl.money().vat()[Money.VAT_CHARGED][1], 1e-9, "education is exempt");
        SimulationResult excl = run(header(0, 2, 2, 1_000_000) + "amounts_include_vat: false\n" + model, 1);
        assertEquals(
                10000 * (1 + R),
                excl.models().get(0).years().get(0).costs().mean(),
                1e-9,
                "21% on top, not deductible");
        assertEquals(10000 * R, excl.money().vat()[Money.VAT_COST][1], 1e-9);
    }

    /**
     * Contract research is taxed: the VAT in its materials (10,000 incl. VAT) is deducted in full,
     * its staff carry none, and 21% is charged on the fees (on top by default; paid out of revenue
     * that includes VAT).
     */
    @Test
    void aTaxedActivityDeductsItsInputVatAndChargesVat() {
        String model = """
                business_models:
                  - {model: onderzoekshuis, params: {ramp_up_years: 0, projects_per_year: 5, fee_per_project: 20000, researcher_fte: 2,
                     cost_per_researcher_fte: 50000, projects_per_researcher_fte: 4, material_share: 0.1, cost_overrun: 0,
                     business_developer_costs: 40000, innovation_grants: 10000, lectorate_in_kind: 5000}}
                """;
        SimulationResult r = run(header(0, 2, 2, 1_000_000) + STATED + model, 1);
        double materials = 5 * 20000 * 0.1;
        assertEquals(
                100000 + materials + 40000 - materials * R / (1 + R),
                r.models().get(0).years().get(0).costs().mean(),
                1e-9);
        assertEquals(materials * R / (1 + R), r.money().vat()[Money.VAT_DEDUCTED][1], 1e-9);
        assertEquals(100000 * R, r.money().vat()[Money.VAT_CHARGED][1], 1e-9, "on the fees, not on the grants");
        assertEquals(0, r.money().vat()[Money.VAT_COST][1], 1e-9);
        SimulationResult gross = run(header(0, 2, 2, 1_000_000) + "amounts_include_vat: true\n" + model, 1);
        assertEquals(
                100000 + materials + 40000 - materials * R / (1 + R) + 100000 * R / (1 + R),
                gross.models().get(0).years().get(0).costs().mean(),
                1e-9,
                "the VAT in the fees goes to the tax office");
    }

    /** Vocational training is exempt when the provider is CRKBO-registered: then its input VAT is not deductible. */
    @Test
    void trainingIsExemptForACrkboRegisteredProvider() {
        String model = """
                business_models:
                  - {model: trainingsbureau, params: {ramp_up_years: 0, courses_per_year: 10, participants_per_course: 10,
                     fee_per_participant: 500, trainer_cost_per_course: 2000, module_development_costs: 12100, sales_costs: 0,
                     partner_trainer_share: 0}}
                """;
        SimulationResult taxed = run(header(0, 2, 2, 1_000_000) + STATED + model, 1);
        SimulationResult exempt = run(header(0, 2, 2, 1_000_000) + STATED + "crkbo_registered: true\n" + model, 1);
        assertEquals(12100 * R / (1 + R), taxed.money().vat()[Money.VAT_DEDUCTED][1], 1e-9);
        assertEquals(12100 * R / (1 + R), exempt.money().vat()[Money.VAT_COST][1], 1e-9);
        assertEquals(0, exempt.money().vat()[Money.VAT_CHARGED][1], 1e-9);
        String override =
                model.replace("partner_trainer_share: 0}}", "partner_trainer_share: 0}, vat: {course_fees: exempt}}");
        assertEquals(
                0,
                run(header(0, 2, 2, 1_000_000) + STATED + override, 1).money().vat()[Money.VAT_CHARGED][1],
                1e-9);
        InvalidScenarioException e = assertThrows(
                InvalidScenarioException.class,
                () -> TestScenarios.parse(header(0, 2, 2, 0)
                        + model.replace(
                                "partner_trainer_share: 0}}", "partner_trainer_share: 0}, vat: {trainers: taxed}}")));
        assertTrue(
                e.getMessage().contains("geen btw-instelling") && e.getMessage().contains("business_models[0].vat"),
                e.getMessage());
    }
}
