package nl.ppsim.scenario;

import java.util.List;
import nl.ppsim.dist.Input;

/**
 * A validated scenario (schema version 1): everything the engine needs, nothing it must check
 * again. Built by {@code io.ScenarioReader}; {@code subsidyPerYear} is null when there is no subsidy,
 * {@code scheme} null when the subsidy follows no scheme; {@code sustainability} says what the
 * headline counts as verduurzaamd. {@code iterations} and {@code seed} are the file's defaults for a
 * run: a run's own iterations and seed are in its {@code RunSettings} (the command line may override
 * them) and in its {@code SimulationResult}, never re-stamped onto the scenario.
 *
 * <p>{@code initialReserve} is the PPS's own money at the start; money lent to it is in
 * {@code financing} (received, repaid and paid interest on as each {@link Loan} says). A reserve
 * below zero at the end of a year costs {@code overdraftInterest} of that shortfall in the next.
 * {@code indices} are named yearly rates (wages, prices) that amounts may follow: an amount written
 * for year 1 is multiplied in year t by the product of (1 + rate) over years 2..t (nominal euros).
 * {@code benchmark} is true for a scenario that is no application ({@code kind: benchmark}): a round
 * of checks skips it.
 */
public record Scenario(
        String source,
        String id,
        String title,
        int startYear,
        int subsidyYears,
        int horizonYears,
        int iterations,
        long seed,
        double initialReserve,
        Input subsidyPerYear,
        List<Partner> partners,
        List<Line> lines,
        List<BusinessModelUse> businessModels,
        SubsidyScheme scheme,
        List<Correlation> correlations,
        Sustainability sustainability,
        List<Event> events,
        List<Loan> financing,
        double overdraftInterest,
        java.util.Map<String, Input> indices,
        VatSettings vat,
        boolean benchmark) {

    /**
     * The default yearly interest on a negative reserve: the Dutch statutory interest for
     * non-commercial transactions (art. 6:119 BW), 7% from 1 July 2024 (Koninklijke Metaalunie,
     * "Wettelijke rente per 1 juli 2024"; the rate is set by Besluit vaststelling wettelijke rente).
     * A PPS that runs short owes its penvoerder or its suppliers; the statutory rate is what such a
     * debt costs when nothing else is agreed. A scenario sets its own with {@code overdraft_interest}.
     */
    public static final double DEFAULT_OVERDRAFT_INTEREST = 0.07;

    /**
     * Whether the scenario says how VAT is in its amounts ({@code stated}; without it ppsim computes
     * no VAT and says so), whether its cost and revenue amounts include VAT (when stated as a map
     * without both: costs do, as a budget of an exempt school does, and revenue does not, as prices to
     * companies are quoted), and whether its training provider is registered in the CRKBO (then its
     * vocational training is exempt).
     */
    public record VatSettings(
            boolean stated, boolean costsIncludeVat, boolean revenueIncludesVat, boolean crkboRegistered) {
        /** Not stated: no VAT computed. */
        public static final VatSettings NOT_STATED = new VatSettings(false, true, false, false);
    }

    /** Copies the lists. */
    public Scenario {
        financing = List.copyOf(financing);
        indices = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indices));
        correlations = List.copyOf(correlations);
        partners = List.copyOf(partners);
        lines = List.copyOf(lines);
        businessModels = List.copyOf(businessModels);
        events = List.copyOf(events);
    }

    /** The same scenario with other partners, lines and models (used by counterfactual analyses). */
    public Scenario withBusinessModels(List<BusinessModelUse> models) {
        return with(models, scheme);
    }

    /** The same scenario under another scheme (a round's scheme for a plan that names none; a scheme without exclusions). */
    public Scenario withScheme(SubsidyScheme other) {
        return with(businessModels, other);
    }

    private Scenario with(List<BusinessModelUse> models, SubsidyScheme withScheme) {
        return new Scenario(
                source,
                id,
                title,
                startYear,
                subsidyYears,
                horizonYears,
                iterations,
                seed,
                initialReserve,
                subsidyPerYear,
                partners,
                lines,
                models,
                withScheme,
                correlations,
                sustainability,
                events,
                financing,
                overdraftInterest,
                indices,
                vat,
                benchmark);
    }

    /** The calendar year of simulation year {@code year} (1 is the start year). */
    public int calendarYear(int year) {
        return startYear + year - 1;
    }
}
