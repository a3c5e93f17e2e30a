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

    Plan(Scenario scenario, long seed) {
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
    }

    private Component partner(Partner p) {
        boolean perYear = p.vary() == Vary.PER_YEAR;
        InputSlot cash = perYear ? perYear(p.cashPerYear(), 1, horizon, 0) : once(p.cashPerYear(), 0);
        InputSlot inKind = perYear ? perYear(p.inKindPerYear(), 1, horizon, 0) : once(p.inKindPerYear(), 0);
        InputSlot probability = null;
        InputSlot event = null;
        if (p.committedYears() < horizon) {
            probability = once(p.renewalProbability(), 0);
            event = once(new Input(p.path() + ".renewal", Distributions.uniform(0, 1)), 0);
        }
        return new Components.PartnerFlow(p.group().ordinal(), p.committedYears(), cash, inKind, probability, event);
    }

    InputSlot perYear(Input input, int from, int to, double floor) {
        return add(input, true, from, to, floor);
    }

    InputSlot once(Input input, double floor) {
        return add(input, false, 0, 0, floor);
    }

    private InputSlot add(Input input, boolean perYear, int from, int to, double floor) {
        InputSlot slot = new InputSlot(slots.size(), input, perYear && !input.isConstant(), from, to, floor, streams);
        slots.add(slot);
        return slot;
    }
}
