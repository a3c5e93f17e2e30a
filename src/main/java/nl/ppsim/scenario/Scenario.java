package nl.ppsim.scenario;

import java.util.List;
import nl.ppsim.dist.Input;

/**
 * A validated scenario (schema version 1): everything the engine needs, nothing it must check
 * again. Built by {@link ScenarioReader}; {@code subsidyPerYear} is null when there is no subsidy,
 * {@code scheme} null when the subsidy follows no scheme; {@code sustainability} says what the
 * headline counts as verduurzaamd. {@code iterations} and {@code seed} are the file's defaults for a
 * run: a run's own iterations and seed are in its {@code RunSettings} (the command line may override
 * them) and in its {@code SimulationResult}, never re-stamped onto the scenario.
 */
public record Scenario(String source, String id, String title, int startYear, int subsidyYears,
                       int horizonYears, int iterations, long seed, double initialReserve,
                       Input subsidyPerYear, List<Partner> partners, List<Line> lines,
                       List<BusinessModelUse> businessModels, SubsidyScheme scheme, List<Correlation> correlations,
                       Sustainability sustainability, List<Event> events) {

    /** Copies the lists. */
    public Scenario {
        correlations = List.copyOf(correlations);
        partners = List.copyOf(partners);
        lines = List.copyOf(lines);
        businessModels = List.copyOf(businessModels);
        events = List.copyOf(events);
    }

    /** The same scenario with other partners, lines and models (used by counterfactual analyses). */
    public Scenario withBusinessModels(List<BusinessModelUse> models) {
        return new Scenario(source, id, title, startYear, subsidyYears, horizonYears, iterations, seed,
                initialReserve, subsidyPerYear, partners, lines, models, scheme, correlations, sustainability, events);
    }

    /** The calendar year of simulation year {@code year} (1 is the start year). */
    public int calendarYear(int year) {
        return startYear + year - 1;
    }
}
