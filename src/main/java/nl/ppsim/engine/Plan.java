package nl.ppsim.engine;

import java.util.ArrayList;
import java.util.List;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Catalog;
import nl.ppsim.scenario.BusinessModelUse;
import nl.ppsim.scenario.Line;
import nl.ppsim.scenario.Partner;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.scenario.Vary;

/**
 * A scenario compiled for simulation: its inputs as sampled slots and its flows as components.
 * Built once per run and shared read-only by all worker threads.
 */
final class Plan {
    final Scenario scenario;
    final int horizon;
    final int subsidyYears;
    final List<InputSlot> slots = new ArrayList<>();
    final List<Component> components = new ArrayList<>();
    final List<ModelRuntime> models = new ArrayList<>();
    private final RandomStreams streams;

    /** Path suffix of a partner's renewal event (a uniform compared with its renewal probability). */
    static final String RENEWAL_EVENT = ".renewal";

    final Settlement settlement;
    final List<Copula> copulas;
    final RunSettings.Sampling sampling;
    /** Iterations per chunk: a whole block for Latin hypercube sampling (it stratifies the block), else {@link Workspace#CHUNK}. */
    final int lanes;
    private final java.util.Map<String, Distribution> overrides;

    Plan(Scenario scenario, long seed) {
        this(scenario, new RunSettings(1, seed, 1));
    }

    Plan(Scenario scenario, RunSettings settings) {
        this(scenario, settings, 0);
    }

    Plan(Scenario scenario, RunSettings settings, int chunk) {
        long seed = settings.seed();
        this.overrides = settings.overrides();
        this.scenario = scenario;
        this.horizon = scenario.horizonYears();
        this.subsidyYears = scenario.subsidyYears();
        this.streams = new RandomStreams(seed);
        if (scenario.subsidyPerYear() != null && subsidyYears > 0) {
            components.add(new Components.SubsidyFlow(perYear(scenario.subsidyPerYear(), 1, subsidyYears, 0), subsidyYears));
        }
        for (Partner p : scenario.partners()) {
            components.add(partner(p));
        }
        for (Line l : scenario.lines()) {
            boolean perYear = l.vary() == Vary.PER_YEAR;
            InputSlot amount = perYear ? perYear(l.amount(), l.fromYear(), l.toYear(), 0) : once(l.amount(), 0);
            InputSlot growth = once(l.growth(), -1);
            components.add(new Components.LineFlow(l.revenue(), amount, growth, l.fromYear(), l.toYear()));
        }
        for (BusinessModelUse use : scenario.businessModels()) {
            BusinessModel def = Catalog.find(use.model()).orElseThrow();
            models.add(new ModelRuntime(models.size(), def, use, this));
        }
        for (ModelRuntime source : models) {
            for (BusinessModel.Uplift u : source.model.uplifts()) {
                for (ModelRuntime target : models) {
                    if (u.appliesTo(source.model, target.model)) {
                        target.upliftSources.add(new int[] {source.index, u.parameter()});
                    }
                }
            }
        }
        if (!models.isEmpty()) {
            components.add(new BusinessModelsFlow(models));
        }
        copulas = Copula.build(scenario.correlations(), slots);
        sampling = settings.sampling();
        lanes = sampling == RunSettings.Sampling.LHS ? RandomStreams.BLOCK_SIZE : chunk > 0 ? chunk : Workspace.CHUNK;
        settlement = settlement(scenario);
        if (settlement != null) {
            components.add(new Components.SettlementFlow(settlement, subsidyYears));
        }
    }

    /** The scheme's money rules in engine terms, or null when the scenario follows no scheme. */
    static Settlement settlement(Scenario s) {
        nl.ppsim.scenario.SubsidyScheme scheme = s.scheme();
        if (scheme == null || s.subsidyYears() == 0) {
            return null;
        }
        double[] fractions = null;
        if (scheme.payments() != null) {
            int duration = Double.isNaN(scheme.durationYears().value()) ? s.subsidyYears() : (int) scheme.durationYears().value();
            fractions = scheme.payments().fractions(s.subsidyYears(), duration);
        }
        double[] min = Settlement.none();
        double[] max = Settlement.none();
        for (nl.ppsim.scenario.Group g : nl.ppsim.scenario.Group.values()) {
            min[g.ordinal()] = scheme.group(g).min();
            max[g.ordinal()] = scheme.group(g).max();
        }
        return new Settlement(fractions, scheme.subsidyShare().max(), scheme.proRataSettlement(), min, max);
    }

    private Component partner(Partner p) {
        boolean perYear = p.vary() == Vary.PER_YEAR;
        InputSlot cash = perYear ? perYear(p.cashPerYear(), 1, horizon, 0) : once(p.cashPerYear(), 0);
        InputSlot inKind = perYear ? perYear(p.inKindPerYear(), 1, horizon, 0) : once(p.inKindPerYear(), 0);
        InputSlot probability = null;
        InputSlot event = null;
        if (p.committedYears() < horizon) {
            probability = once(p.renewalProbability(), 0);
            event = once(new Input(p.path() + RENEWAL_EVENT, Distributions.uniform(0, 1)), 0);
        }
        InputSlot hours = null;
        if (!(p.inKindHoursPerYear().isConstant() && p.inKindHoursPerYear().mean() == 0)) {
            hours = perYear ? perYear(p.inKindHoursPerYear(), 1, horizon, 0) : once(p.inKindHoursPerYear(), 0);
        }
        return new Components.PartnerFlow(p.group().ordinal(), p.committedYears(), cash, inKind, probability, event,
                hours, p.hourRate());
    }

    InputSlot perYear(Input input, int from, int to, double floor) {
        return add(input, true, from, to, floor);
    }

    InputSlot once(Input input, double floor) {
        return add(input, false, 0, 0, floor);
    }

    private InputSlot add(Input original, boolean perYear, int from, int to, double floor) {
        Distribution override = overrides.get(original.path());
        Input input = override == null ? original : original.withDistribution(override);
        InputSlot slot = new InputSlot(slots.size(), input, perYear && !input.isConstant(), from, to, floor, streams);
        slot.overridden = override != null;
        slots.add(slot);
        return slot;
    }
}
