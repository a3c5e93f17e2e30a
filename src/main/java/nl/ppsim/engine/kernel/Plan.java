package nl.ppsim.engine.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.result.LumpSource;
import nl.ppsim.engine.result.Metric;
import nl.ppsim.engine.result.Money;
import nl.ppsim.engine.settings.RunSettings;
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
public final class Plan {
    final Scenario scenario;
    final int horizon;
    final int subsidyYears;
    final List<InputSlot> slots;
    final List<Component> components = new ArrayList<>();
    final List<ModelRuntime> models = new ArrayList<>();
    /** The scenario's risk events, in scenario order. */
    final List<EventRuntime> events;
    /** Sources of one-off items, in the order of their rows in {@link Ledger#lump}. */
    final List<LumpSource> lumps;
    /** Which partner groups the scenario has (by {@code Group.ordinal()}): those the all-groups test asks of. */
    final boolean[] groupsPresent = new boolean[Ledger.GROUPS];
    /**
     * Which ledger rows a flow of this plan can write: cash by group ({@link #groupsPresent}: only
     * partners book cash), in kind by group (partners with an in-kind amount or hours, and business
     * models) and revenue by payer (business models). Rows no flow writes stay zero, so the ledger
     * does not clear them and the accounting does not add them: the same sums, bit for bit.
     */
    final boolean[] inKindRows = new boolean[Ledger.GROUPS];

    final boolean payerRows;
    final nl.ppsim.scenario.Sustainability sustainability;
    /**
     * Per business model: the group of the partner that pays for it (its demand moves with that
     * partner and its revenue counts as paid by that group), or -1.
     */
    final int[] paidModels;
    /** The cost lines allocated to business models, in the order of their rows in {@link Ledger#overhead}. */
    final List<Line.Allocation> allocations;
    /** The scenario's indices, in order: their rows in {@link Ledger#index}. */
    final List<String> indexNames;

    /** Whether a werkveld partner gives unbound company cash (the run then also counts the headline without it). */
    final boolean unboundCash;
    /** Whether an investment has a lifetime (a model's or a line's): the structural test then charges provisions. */
    final boolean provisions;
    /** Rows of {@link Ledger#present}: one per partner that gives business-model in-kind and may stop. */
    int presenceRows;
    /**
     * Per business model and partner group: the partners that give the in-kind the model books to
     * that group (those named in the model's {@code in_kind_from}, else every partner of the group),
     * as pairs (presence row, weight), the weights adding up to 1; null when none of them can stop
     * (the in-kind then never leaves). The weights are the partners' planned yearly in-kind (amount
     * and hours at their means; a pool's per member times its members): who gives in kind gives the
     * model's in-kind; where none of them plans in-kind, each member (a pool's each) equally.
     */
    double[][][][] givers;
    /** The distinct sets of {@link #givers} (models with the default givers of a group share one), and each model's set per group. */
    final List<double[][]> giverSets = new ArrayList<>();

    int[][] giverSet;
    /**
     * Money lent to the PPS, summed over the loans, per year (index 1..H): received, repaid, interest
     * paid and still owed at the year's end (see {@link nl.ppsim.scenario.Loan}).
     */
    final double[] loanIn;

    final double[] loanRepayment;
    final double[] loanInterest;
    final double[] debtEnd;
    /** Yearly interest on a negative reserve at the end of the previous year. */
    final double overdraftInterest;
    /** Row of the subsidy repayment in {@link Ledger#lump}, or -1 without a settlement. */
    final int repaymentLump;

    final Settlement settlement;
    /**
     * What the scheme does not count as project costs or co-financing (empty: everything counts);
     * the flows book those amounts of the subsidy years apart, and the settlement leaves them out.
     */
    final java.util.Set<nl.ppsim.scenario.EligibilityItem> ineligible;

    final List<Copula> copulas;
    final RunSettings.Sampling sampling;
    /** Iterations per chunk: a whole block for Latin hypercube sampling (it stratifies the block), else {@link Workspace#CHUNK}. */
    final int lanes;

    Plan(Scenario scenario, long seed) {
        this(scenario, new RunSettings(1, seed, 1));
    }

    Plan(Scenario scenario, RunSettings settings) {
        this(scenario, settings, 0);
    }

    Plan(Scenario scenario, RunSettings settings, int chunk) {
        PlanBuilder b = new PlanBuilder(scenario, settings);
        this.scenario = scenario;
        this.horizon = b.horizon;
        this.subsidyYears = b.subsidyYears;
        this.ineligible = b.ineligible;
        this.indexNames = b.indexNames;
        this.slots = b.slots;
        this.lumps = b.lumps;
        this.allocations = b.allocations;
        this.events = b.events;
        if (!indexNames.isEmpty()) {
            InputSlot[] rates = new InputSlot[indexNames.size()];
            for (int x = 0; x < rates.length; x++) {
                rates[x] = horizon > 1 ? b.perYear(scenario.indices().get(indexNames.get(x)), 2, horizon, -1) : null;
            }
            components.add(new Components.IndexFlow(rates));
        }
        if (scenario.subsidyPerYear() != null && subsidyYears > 0) {
            components.add(
                    new Components.SubsidyFlow(b.perYear(scenario.subsidyPerYear(), 1, subsidyYears, 0), subsidyYears));
        }
        this.sustainability = scenario.sustainability();
        for (nl.ppsim.scenario.Event e : scenario.events()) {
            events.add(new EventRuntime(events.size(), e, b));
        }
        List<String> modelNames =
                scenario.businessModels().stream().map(BusinessModelUse::name).toList();
        List<PartnerFlow> payers = new ArrayList<>();
        int[] presence = presence(scenario);
        for (int k = 0; k < scenario.partners().size(); k++) {
            Partner p = scenario.partners().get(k);
            PartnerFlow flow =
                    new PartnerFlow(b, p, p.paysFor() == null ? -1 : modelNames.indexOf(p.paysFor()), presence[k], k);
            components.add(flow);
            groupsPresent[p.group().ordinal()] = true;
            inKindRows[p.group().ordinal()] |= flow.givesInKind();
            if (flow.paysFor() >= 0) {
                payers.add(flow);
            }
        }
        paidModels = b.paidModels;
        for (PartnerFlow flow : payers) {
            paidModels[flow.paysFor()] = flow.group();
        }
        unboundCash = scenario.partners().stream().anyMatch(Partner::unboundCompanyCash);
        boolean investments = false;
        for (Line l : scenario.lines()) {
            boolean perYear = l.vary() == Vary.PER_YEAR;
            InputSlot amount = perYear ? b.perYear(l.amount(), l.fromYear(), l.toYear(), 0) : b.once(l.amount(), 0);
            InputSlot growth = b.once(l.growth(), -1);
            if (l.investment()) {
                investments = true;
                components.add(new Components.InvestmentFlow(
                        amount,
                        growth,
                        l.fromYear(),
                        l.toYear(),
                        l.lifetimeYears(),
                        b.lump(LumpSource.Kind.INVESTMENT, l.name()),
                        b.index(l.index()),
                        (l.type() == null ? nl.ppsim.model.CostType.INVESTMENT : l.type()).ordinal(),
                        ineligibleTo(l.type() == null ? nl.ppsim.model.CostType.INVESTMENT : l.type())));
                continue;
            }
            int lump = !l.revenue() && l.fromYear() == l.toYear() && horizon > 1
                    ? b.lump(LumpSource.Kind.ONE_OFF_COST, l.name())
                    : -1;
            int overhead = -1;
            if (l.allocation() != null) {
                allocations.add(l.allocation());
                overhead = allocations.size() - 1;
            }
            components.add(new Components.LineFlow(
                    l.revenue(),
                    amount,
                    growth,
                    l.fromYear(),
                    l.toYear(),
                    lump,
                    overhead,
                    b.index(l.index()),
                    (l.type() == null ? nl.ppsim.model.CostType.OTHER : l.type()).ordinal(),
                    l.revenue() ? 0 : ineligibleTo(l.type() == null ? nl.ppsim.model.CostType.OTHER : l.type())));
        }
        for (BusinessModelUse use : scenario.businessModels()) {
            BusinessModel def = Catalog.find(use.model()).orElseThrow();
            models.add(new ModelRuntime(models.size(), def, use, b));
            investments |= !def.steps(nl.ppsim.model.Step.Kind.PROVISION).isEmpty();
        }
        provisions = investments;
        int h1 = horizon + 1;
        loanIn = new double[h1];
        loanRepayment = new double[h1];
        loanInterest = new double[h1];
        debtEnd = new double[h1];
        for (nl.ppsim.scenario.Loan loan : scenario.financing()) {
            loanIn[loan.year()] += loan.amount();
            for (int t = 1; t <= horizon; t++) {
                loanRepayment[t] += loan.repayment(t);
                loanInterest[t] += loan.interestIn(t);
                debtEnd[t] += loan.owedAfter(t);
            }
        }
        overdraftInterest = scenario.overdraftInterest();
        for (ModelRuntime source : models) {
            for (BusinessModel.Uplift u : source.model.uplifts()) {
                for (ModelRuntime target : models) {
                    if (u.appliesTo(source.model, target.model)) {
                        target.upliftSources.add(new int[] {source.index, u.parameter()});
                    }
                }
            }
        }
        for (EventRuntime e : events) {
            if (e.event().impact() instanceof nl.ppsim.scenario.Event.RevenueLoss loss) {
                // by name: a counterfactual run without that model has no such loss
                models.stream().filter(m -> m.use.name().equals(loss.model())).forEach(m -> m.losses.add(e));
            }
        }
        if (!models.isEmpty()) {
            components.add(new BusinessModelsFlow(models, allocations, givers, giverSet, giverSets, scenario.vat()));
            Arrays.fill(inKindRows, true);
        }
        payerRows = !models.isEmpty();
        if (scenario.vat().stated()) {
            components.add(new Components.VatFlow(scenario.vat().costsIncludeVat()));
        }
        if (!events.isEmpty()) {
            components.add(new Components.EventFlow(events.toArray(EventRuntime[]::new)));
        }
        settlement = settlement(scenario);
        repaymentLump = settlement == null ? -1 : b.lump(LumpSource.Kind.REPAYMENT, "");
        if (settlement != null) {
            components.add(new Components.SettlementFlow(settlement, subsidyYears, repaymentLump));
        }
        copulas = Copula.build(scenario.correlations(), slots);
        sampling = settings.sampling();
        rowsPerLane = rowsPerLane();
        lanes = sampling == RunSettings.Sampling.LHS
                ? RandomStreams.BLOCK_SIZE
                : chunk > 0 ? chunk : lanesWithin(WORKING_SET_BYTES);
    }

    /** The scenario compiled. */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * Bytes of a worker's per-iteration rows that a chunk may take (sampled inputs, ledger, model
     * state): a chunk of {@link Workspace#CHUNK} iterations for ordinary scenarios, fewer for very
     * wide ones (hundreds of partners over a century), so that each thread's working set stays
     * near this size whatever the scenario. Results do not depend on the chunk size.
     */
    static final long WORKING_SET_BYTES = 16L << 20;
    /** Smallest chunk: below this, per-chunk work dominates. */
    static final int MIN_LANES = 16;

    /** Rows of 8 bytes per iteration of a chunk that a worker keeps (approximately, from above). */
    final long rowsPerLane;

    private long rowsPerLane() {
        long rows = 0;
        for (InputSlot s : slots) {
            rows += s.toYear - s.fromYear + 1;
        }
        rows += (13L
                                + lumps.size()
                                + Arrays.stream(paidModels).filter(g -> g >= 0).count())
                        * (horizon + 1)
                + 24
                + 2L * events.size();
        rows += allocations.size() * (horizon + 1L);
        for (BusinessModelUse use : scenario.businessModels()) {
            // steps, parameters, totals and state per model; the history of remembered steps over the horizon
            BusinessModel m = Catalog.find(use.model()).orElseThrow();
            rows += m.steps().size() + 12L + (m.uses(BusinessModel.Context.RAMP_BEFORE) ? 1 : 0);
            rows += m.steps().stream()
                            .filter(st -> {
                                List<Integer> p = new ArrayList<>();
                                st.expr().pastNames(p);
                                return !p.isEmpty();
                            })
                            .count()
                    * (horizon + 1L);
        }
        return rows;
    }

    /** The largest power-of-two chunk (from {@link #MIN_LANES} to {@link Workspace#CHUNK}) whose rows fit in {@code bytes}. */
    private int lanesWithin(long bytes) {
        int lanes = Workspace.CHUNK;
        while (lanes > MIN_LANES && lanes * rowsPerLane * 8 > bytes) {
            lanes >>= 1;
        }
        return lanes;
    }

    /** The approximate bytes of one worker's buffers: its chunk rows plus its tally's sketches. */
    long workerBytes() {
        long sketches = (long) (Metric.values().length + models.size() * ModelMetric.COUNT) * (horizon + 1);
        return lanes * rowsPerLane * 8 + sketches * 2048;
    }

    /**
     * Per partner: its row in {@link Ledger#present}, or -1 when it gives no business model's in-kind
     * or cannot stop; fills {@link #givers} and {@link #presenceRows}.
     */
    private int[] presence(Scenario scenario) {
        List<Partner> partners = scenario.partners();
        int[] rows = new int[partners.size()];
        Arrays.fill(rows, -1);
        List<BusinessModelUse> uses = scenario.businessModels();
        givers = new double[uses.size()][Ledger.GROUPS][][];
        giverSet = new int[uses.size()][Ledger.GROUPS];
        for (int m = 0; m < uses.size(); m++) {
            BusinessModelUse use = uses.get(m);
            BusinessModel def = Catalog.find(use.model()).orElseThrow();
            boolean[] inKind = new boolean[Ledger.GROUPS];
            for (nl.ppsim.model.Step st : def.steps(nl.ppsim.model.Step.Kind.COST)) {
                int g = use.carriedBy().getOrDefault(st.name(), st.bearer()).group();
                if (g >= 0) {
                    inKind[g] = true;
                }
            }
            for (int g = 0; g < Ledger.GROUPS; g++) {
                int group = g;
                List<Integer> named = java.util.stream.IntStream.range(0, partners.size())
                        .filter(k -> partners.get(k).group().ordinal() == group
                                && use.inKindFrom().contains(partners.get(k).name()))
                        .boxed()
                        .toList();
                List<Integer> members = !named.isEmpty()
                        ? named
                        : java.util.stream.IntStream.range(0, partners.size())
                                .filter(k -> partners.get(k).group().ordinal() == group)
                                .boxed()
                                .toList();
                if (!inKind[g] || members.isEmpty() || members.stream().noneMatch(k -> canStop(partners.get(k)))) {
                    continue;
                }
                // who plans in-kind gives the model's in-kind; where nobody in the set plans any, each member equally
                double[] weight = new double[members.size()];
                double total = 0;
                for (int pass = 0; pass < 2 && total == 0; pass++) {
                    for (int j = 0; j < weight.length; j++) {
                        Partner p = partners.get(members.get(j));
                        double hours = Double.isNaN(p.hourRate())
                                ? 0
                                : p.inKindHoursPerYear().mean() * p.hourRate();
                        double given = pass == 0 ? p.inKindPerYear().mean() + hours : 1;
                        weight[j] = given * (p.pool() == null ? 1 : p.pool().members());
                        total += weight[j];
                    }
                }
                double[][] pairs = new double[weight.length][];
                for (int j = 0; j < weight.length; j++) {
                    int k = members.get(j);
                    if (rows[k] < 0) {
                        rows[k] = presenceRows++;
                    }
                    pairs[j] = new double[] {rows[k], weight[j] / total};
                }
                givers[m][g] = pairs;
                int same = -1;
                for (int k = 0; k < giverSets.size() && same < 0; k++) {
                    same = Arrays.deepEquals(giverSets.get(k), pairs) ? k : -1;
                }
                if (same < 0) {
                    giverSets.add(pairs);
                    same = giverSets.size() - 1;
                }
                giverSet[m][g] = same;
            }
        }
        return rows;
    }

    /** Whether a partner may stop giving within the horizon: its commitment ends, it is a pool, it may drop out or leave by an event. */
    private boolean canStop(Partner p) {
        boolean exits = scenario.events().stream()
                .anyMatch(e -> e.impact() instanceof nl.ppsim.scenario.Event.PartnerExit x
                        && x.partner().equals(p.name()));
        boolean dropOut =
                !(p.dropOutProbability().isConstant() && p.dropOutProbability().mean() == 0);
        return p.committedYears() < horizon || p.pool() != null || exits || dropOut;
    }

    /**
     * The one-off items within {@link Money#AFTER_HORIZON_YEARS} years after the horizon: the next
     * purchase of a model's investment with a constant lifetime (at the investment's mean) or of an
     * investment line, when it runs to the horizon, and loan repayments.
     */
    List<Money.AfterHorizon> afterHorizon() {
        List<Money.AfterHorizon> out = new ArrayList<>();
        for (int u = horizon + 1; u <= horizon + Money.AFTER_HORIZON_YEARS; u++) {
            for (ModelRuntime m : models) {
                if (m.provisionSteps.length == 0 || m.use.toYear() < horizon) {
                    continue;
                }
                Input life = m.use.params().get(BusinessModel.LIFETIME);
                Input investment = m.use.params().get("investment");
                if (life != null
                        && life.isConstant()
                        && investment != null
                        && nl.ppsim.model.Expr.dueIn(m.age(u), life.mean())) {
                    out.add(new Money.AfterHorizon(
                            LumpSource.Kind.INVESTMENT,
                            m.use.name(),
                            u,
                            scenario.calendarYear(u),
                            1,
                            investment.mean()));
                }
            }
            for (Line l : scenario.lines()) {
                if (l.investment() && l.toYear() == horizon && (u - l.fromYear()) % l.lifetimeYears() == 0) {
                    out.add(new Money.AfterHorizon(
                            LumpSource.Kind.INVESTMENT,
                            l.name(),
                            u,
                            scenario.calendarYear(u),
                            1,
                            l.amount().mean() * Math.pow(1 + l.growth().mean(), u - l.fromYear())));
                }
            }
            for (nl.ppsim.scenario.Loan loan : scenario.financing()) {
                if (loan.repayment(u) > 0) {
                    out.add(new Money.AfterHorizon(
                            LumpSource.Kind.LOAN_REPAYMENT,
                            loan.name(),
                            u,
                            scenario.calendarYear(u),
                            1,
                            loan.repayment(u)));
                }
            }
        }
        return out;
    }

    /**
     * The money at the end of the subsidy that is not the subsidy's: the initial reserve plus loans
     * received and not yet repaid by then (the unspent subsidy is what the reserve holds beyond it).
     */
    double ownStart() {
        double r = scenario.initialReserve();
        for (int t = 1; t <= subsidyYears; t++) {
            r += loanIn[t] - loanRepayment[t];
        }
        return r;
    }

    /** The last year whose costs of type {@code type} the scheme does not count: the subsidy years, or 0. */
    private int ineligibleTo(nl.ppsim.model.CostType type) {
        nl.ppsim.scenario.EligibilityItem item = nl.ppsim.scenario.EligibilityItem.of(type);
        return item != null && ineligible.contains(item) ? subsidyYears : 0;
    }

    /** The scheme's money rules in engine terms, or null when the scenario follows no scheme. */
    static Settlement settlement(Scenario s) {
        nl.ppsim.scenario.SubsidyScheme scheme = s.scheme();
        if (scheme == null || s.subsidyYears() == 0) {
            return null;
        }
        double[] fractions = null;
        if (scheme.payments() != null) {
            int duration = Double.isNaN(scheme.durationYears().value())
                    ? s.subsidyYears()
                    : (int) scheme.durationYears().value();
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
}
