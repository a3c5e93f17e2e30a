package nl.ppsim.engine;

import java.util.ArrayList;
import java.util.List;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Parameter;
import nl.ppsim.scenario.BusinessModelUse;
import nl.ppsim.scenario.StopRule;

/** A business model of the scenario compiled for the engine: its parameter slots and synergy sources. */
final class ModelRuntime {
    final int index;
    final BusinessModel model;
    final BusinessModelUse use;
    /** Slot per catalog parameter; null for an optional parameter left out (reads as +infinity). */
    final InputSlot[] slots;
    final int rampParameter;
    final int payer;
    /** Whether a partner pays for this model: its demand is then multiplied by {@link Ledger#demand}. */
    final boolean paid;
    final int inKindGroup;
    final StopRule stopRule;
    /** Pairs (source model index, source parameter index) that raise this model's demand while the source runs. */
    final List<int[]> upliftSources = new ArrayList<>();
    /** Indexes of the parameters drawn anew each year (the others are read once per iteration). */
    final int[] yearly;
    /** Flow fields the model's formula does not write and the engine reads (zeroed before each call). */
    final boolean[] unwritten;
    /** Row in {@link Ledger#lump} of the model's investments (formula writes {@code oneOff}), or -1. */
    final int investmentLump;
    /** Row in {@link Ledger#lump} of the model's wind-down costs (stop rule with a cost), or -1. */
    final int windDownLump;
    /** Risk events that cut this model's revenue for a while (set by the plan). */
    final List<EventRuntime> losses = new ArrayList<>();

    ModelRuntime(int index, BusinessModel model, BusinessModelUse use, Plan plan) {
        this.index = index;
        this.model = model;
        this.use = use;
        this.stopRule = use.stopRule();
        this.payer = plan.paidModels[index] >= 0 ? plan.paidModels[index] : model.revenuePayer().ordinal();
        this.paid = plan.paidModels[index] >= 0;
        this.inKindGroup = model.inKindGroup().ordinal();
        List<Parameter> params = model.parameters();
        slots = new InputSlot[params.size()];
        int ramp = -1;
        for (Parameter p : params) {
            Input input = use.params().get(p.key());
            if (input == null) {
                continue;
            }
            boolean perYear = use.perYear().getOrDefault(p.key(), false);
            slots[p.index()] = perYear ? plan.perYear(input, use.fromYear(), use.toYear(), 0) : plan.once(input, 0);
            if (p.key().equals("ramp_up_years")) {
                ramp = p.index();
            }
        }
        rampParameter = ramp;
        unwritten = nl.ppsim.model.Flows.unwritten(model.formula(), params.size());
        investmentLump = unwritten[nl.ppsim.model.Flows.ONE_OFF] ? -1 : plan.lump(LumpSource.Kind.INVESTMENT, use.name());
        windDownLump = stopRule != null && stopRule.windDownCost() > 0 ? plan.lump(LumpSource.Kind.WIND_DOWN, use.name()) : -1;
        // the engine never reads a model's volume, projects only of models that run research projects, one-offs only of models that write them
        unwritten[nl.ppsim.model.Flows.VOLUME] = false;
        unwritten[nl.ppsim.model.Flows.PROJECTS] &= model.runsResearchProjects();
        unwritten[nl.ppsim.model.Flows.ONE_OFF] = false;
        yearly = java.util.stream.IntStream.range(0, slots.length).filter(j -> slots[j] != null && slots[j].perYear).toArray();
    }

    int age(int year) {
        return year - use.fromYear() + 1;
    }

    boolean inYears(int year) {
        return year >= use.fromYear() && year <= use.toYear();
    }
}
