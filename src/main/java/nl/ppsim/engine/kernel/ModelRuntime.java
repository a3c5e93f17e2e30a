package nl.ppsim.engine.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.result.LumpSource;
import nl.ppsim.model.Bearer;
import nl.ppsim.model.BusinessModel;
import nl.ppsim.model.Parameter;
import nl.ppsim.model.Payer;
import nl.ppsim.model.Step;
import nl.ppsim.scenario.BusinessModelUse;
import nl.ppsim.scenario.Line;
import nl.ppsim.scenario.StopRule;

/**
 * A business model of the scenario compiled for the engine: its parameter slots, its steps with
 * the payers and bearers the scenario gives them, its synergy sources and its share of overhead.
 */
final class ModelRuntime {
    final int index;
    final BusinessModel model;
    final BusinessModelUse use;
    /** Slot per catalog parameter; null for an optional parameter left out (reads as +infinity). */
    final InputSlot[] slots;

    final int rampParameter;
    /** Whether a partner pays for this model: its demand is then multiplied by {@link Ledger#demand}. */
    final boolean paid;

    final StopRule stopRule;
    /** Pairs (source model index, source parameter index) that raise this model's demand while the source runs. */
    final List<int[]> upliftSources = new ArrayList<>();
    /** Indexes of the parameters drawn anew each year (the others are read once per iteration). */
    final int[] yearly;
    /** The revenue items: step index and share per payer (by {@code Payer.ordinal()}). */
    final Revenue[] revenues;
    /** The cost items: step index, the group carrying it in kind (-1: the PPS in cash), one-off. */
    final Cost[] costs;
    /** The step holding the research projects the model runs, or -1. */
    final int projectsStep;
    /** Per step: whether a later year reads its value through {@code past} (the engine then keeps its history). */
    final boolean[] remembered;

    final boolean usesRampBefore;
    /** Row in {@link Ledger#lump} of the model's one-off costs in cash (investments), or -1. */
    final int investmentLump;
    /** Row in {@link Ledger#lump} of the model's wind-down costs (stop rule with a cost), or -1. */
    final int windDownLump;
    /** Per allocated overhead line (in the plan's order): this model's fixed share of it. */
    final double[] overheadShares;
    /** Whether any overhead line is allocated to this model (by a share or in proportion to cost). */
    final boolean carriesOverhead;
    /** Risk events that cut this model's revenue for a while (set by the plan). */
    final List<EventRuntime> losses = new ArrayList<>();
    /** The steps of the revenue items, in order. */
    final int[] revenueSteps;
    /** The payer shares when every revenue item has the same (book the model's total once), else null. */
    final double[] commonShares;
    /** The steps of the costs carried by the PPS in cash, and of the one-off ones among them. */
    final int[] cashSteps;

    final int[] oneOffCashSteps;
    /** Per partner group (0..2): the steps of the costs it carries in kind (empty when none). */
    final int[][] inKindSteps;
    /** Revenue steps taxed and exempt for VAT (see {@code nl.ppsim.model.Vat}; outside-scope steps in neither). */
    final int[] vatTaxed;

    final int[] vatExempt;
    /** Per step: whether, as a cash cost, it carries VAT (every cost type but personnel and financing). */
    final boolean[] carriesVat;
    /** Per step: the ordinal of its {@code CostType} (catalog), used for the cash costs by type. */
    final int[] costType;
    /** Per kind of reach (students, teachers, companies): the steps that count it. */
    final int[][] reachSteps;
    /** Per parameter: the row in {@link Ledger#index} it follows, or -1; and the parameters that follow one. */
    final int[] indexOf;

    final int[] indexedParams;
    /** The provision steps (investment / lifetime a year; empty when the model has no investment with a lifetime). */
    final int[] provisionSteps;
    /**
     * Absorption: from year {@code absorbFrom} (never: {@code Integer.MAX_VALUE}) the steps
     * {@code absorbedSteps} are carried by group {@code absorbedGroup} in its regular budget, and the
     * cost steps of the PPS and of each group are those of the {@code ...After} arrays.
     */
    final int absorbFrom;

    final int absorbedGroup;
    final int[] absorbedSteps;
    final int[] cashStepsAfter;
    final int[] oneOffCashStepsAfter;
    final int[][] inKindStepsAfter;
    /**
     * The cash cost steps and, per group, the in-kind steps that the scheme does not count (see
     * {@link Plan#ineligible}); empty when it counts all of this model's costs.
     */
    final int[] ineligibleCash;

    final int[][] ineligibleInKind;
    /** Whether any step of this model is ineligible. */
    final boolean anyIneligible;

    record Revenue(int step, double[] shares, double external) {}

    record Cost(int step, int group, boolean oneOff) {}

    ModelRuntime(int index, BusinessModel model, BusinessModelUse use, PlanBuilder plan) {
        this.index = index;
        this.model = model;
        this.use = use;
        this.stopRule = use.stopRule();
        this.paid = plan.paidModels[index] >= 0;
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
            if (p.key().equals(BusinessModel.RAMP_UP_YEARS)) {
                ramp = p.index();
            }
        }
        rampParameter = ramp;
        List<Step> steps = model.steps();
        List<Revenue> revenue = new ArrayList<>();
        List<Cost> cost = new ArrayList<>();
        boolean oneOffInCash = false;
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            if (step.kind() == Step.Kind.REVENUE) {
                Map<Payer, Double> given = use.payers().get(step.name());
                double[] shares = new double[Payer.values().length];
                for (Payer p : Payer.values()) {
                    shares[p.ordinal()] = given != null ? given.getOrDefault(p, 0.0) : step.share(p);
                }
                if (given == null && paid) {
                    // the paying partner is the customer: the external part of the revenue counts as paid by its group
                    double external = 1 - shares[Payer.INTERN.ordinal()];
                    java.util.Arrays.fill(shares, 0, Payer.EXTERNAL, 0);
                    shares[plan.paidModels[index]] = external;
                }
                revenue.add(new Revenue(s, shares, 1 - shares[Payer.INTERN.ordinal()]));
            } else if (step.kind() == Step.Kind.COST) {
                Bearer bearer = use.carriedBy().getOrDefault(step.name(), step.bearer());
                cost.add(new Cost(s, bearer.group(), step.oneOff()));
                oneOffInCash |= step.oneOff() && bearer == Bearer.PPS;
            }
        }
        revenues = revenue.toArray(Revenue[]::new);
        costs = cost.toArray(Cost[]::new);
        revenueSteps = revenue.stream().mapToInt(Revenue::step).toArray();
        boolean common = revenues.length > 0;
        for (Revenue r : revenues) {
            common &= java.util.Arrays.equals(r.shares(), revenues[0].shares());
        }
        commonShares = common ? revenues[0].shares().clone() : null;
        cashSteps =
                cost.stream().filter(c -> c.group() < 0).mapToInt(Cost::step).toArray();
        oneOffCashSteps = cost.stream()
                .filter(c -> c.group() < 0 && c.oneOff())
                .mapToInt(Cost::step)
                .toArray();
        inKindSteps = new int[Ledger.GROUPS][];
        for (int g = 0; g < Ledger.GROUPS; g++) {
            int group = g;
            inKindSteps[g] = cost.stream()
                    .filter(c -> c.group() == group)
                    .mapToInt(Cost::step)
                    .toArray();
        }
        costType = steps.stream()
                .mapToInt(st -> nl.ppsim.model.CostType.ofStep(st.name()).ordinal())
                .toArray();
        carriesVat = new boolean[steps.size()];
        List<Integer> taxed = new ArrayList<>();
        List<Integer> exempt = new ArrayList<>();
        boolean crkbo = plan.scenario.vat().crkboRegistered();
        for (int j = 0; j < steps.size(); j++) {
            Step st = steps.get(j);
            carriesVat[j] = st.kind() == Step.Kind.COST && costType[j] != nl.ppsim.model.CostType.PERSONNEL.ordinal();
            if (st.kind() == Step.Kind.REVENUE) {
                nl.ppsim.model.Vat v = use.vat().getOrDefault(st.name(), nl.ppsim.model.Vat.ofStep(st.name()));
                if (v == nl.ppsim.model.Vat.TAXED || v == nl.ppsim.model.Vat.TRAINING && !crkbo) {
                    taxed.add(j);
                } else if (v == nl.ppsim.model.Vat.EXEMPT || v == nl.ppsim.model.Vat.TRAINING) {
                    exempt.add(j);
                }
            }
        }
        vatTaxed = taxed.stream().mapToInt(Integer::intValue).toArray();
        vatExempt = exempt.stream().mapToInt(Integer::intValue).toArray();
        reachSteps = new int[3][];
        Step.Kind[] kinds = {Step.Kind.REACH_STUDENTS, Step.Kind.REACH_TEACHERS, Step.Kind.REACH_COMPANIES};
        for (int r = 0; r < 3; r++) {
            Step.Kind kind = kinds[r];
            reachSteps[r] = java.util.stream.IntStream.range(0, steps.size())
                    .filter(j -> steps.get(j).kind() == kind)
                    .toArray();
        }
        indexOf = new int[params.size()];
        for (Parameter p : params) {
            indexOf[p.index()] =
                    slots[p.index()] == null ? -1 : plan.index(use.indexed().get(p.key()));
        }
        indexedParams = java.util.stream.IntStream.range(0, indexOf.length)
                .filter(j -> indexOf[j] >= 0)
                .toArray();
        BusinessModelUse.Absorption absorption = use.absorption();
        absorbFrom = absorption == null ? Integer.MAX_VALUE : absorption.fromYear();
        absorbedGroup = absorption == null ? -1 : absorption.by().group();
        java.util.Set<Integer> absorbed = new java.util.HashSet<>();
        if (absorption != null) {
            for (String item : absorption.items()) {
                absorbed.add(steps.indexOf(model.step(item).orElseThrow()));
            }
        }
        absorbedSteps = absorbed.stream().sorted().mapToInt(Integer::intValue).toArray();
        cashStepsAfter = java.util.Arrays.stream(cashSteps)
                .filter(j -> !absorbed.contains(j))
                .toArray();
        oneOffCashStepsAfter = java.util.Arrays.stream(oneOffCashSteps)
                .filter(j -> !absorbed.contains(j))
                .toArray();
        inKindStepsAfter = new int[Ledger.GROUPS][];
        for (int g = 0; g < Ledger.GROUPS; g++) {
            inKindStepsAfter[g] = java.util.Arrays.stream(inKindSteps[g])
                    .filter(j -> !absorbed.contains(j))
                    .toArray();
        }
        provisionSteps = java.util.stream.IntStream.range(0, steps.size())
                .filter(j -> steps.get(j).kind() == Step.Kind.PROVISION)
                .toArray();
        java.util.function.IntPredicate excluded =
                j -> plan.ineligible.contains(nl.ppsim.scenario.EligibilityItem.ofStep(
                        model.key(), steps.get(j).name()));
        ineligibleCash = java.util.Arrays.stream(cashSteps).filter(excluded).toArray();
        ineligibleInKind = new int[Ledger.GROUPS][];
        boolean any = ineligibleCash.length > 0;
        for (int g = 0; g < Ledger.GROUPS; g++) {
            ineligibleInKind[g] =
                    java.util.Arrays.stream(inKindSteps[g]).filter(excluded).toArray();
            any |= ineligibleInKind[g].length > 0;
        }
        anyIneligible = any;
        projectsStep = model.runsResearchProjects()
                ? steps.indexOf(model.step(BusinessModel.PROJECTS).orElseThrow())
                : -1;
        remembered = new boolean[steps.size()];
        List<Integer> past = new ArrayList<>();
        for (Step step : steps) {
            step.expr().pastNames(past);
        }
        for (int name : past) {
            remembered[name - model.stepName(0)] = true;
        }
        usesRampBefore = model.uses(BusinessModel.Context.RAMP_BEFORE);
        investmentLump = oneOffInCash ? plan.lump(LumpSource.Kind.INVESTMENT, use.name()) : -1;
        windDownLump =
                stopRule != null && stopRule.windDownCost() > 0 ? plan.lump(LumpSource.Kind.WIND_DOWN, use.name()) : -1;
        overheadShares = new double[plan.allocations.size()];
        boolean carries = false;
        for (int j = 0; j < overheadShares.length; j++) {
            Line.Allocation a = plan.allocations.get(j);
            overheadShares[j] = a.proportional() ? 0 : a.shares().getOrDefault(use.name(), 0.0);
            carries |= a.proportional() || overheadShares[j] > 0;
        }
        carriesOverhead = carries;
        yearly = java.util.stream.IntStream.range(0, slots.length)
                .filter(j -> slots[j] != null && slots[j].perYear)
                .toArray();
    }

    int age(int year) {
        return year - use.fromYear() + 1;
    }

    boolean inYears(int year) {
        return year >= use.fromYear() && year <= use.toYear();
    }
}
