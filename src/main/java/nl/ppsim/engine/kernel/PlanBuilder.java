package nl.ppsim.engine.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.result.LumpSource;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.EligibilityItem;
import nl.ppsim.scenario.Line;
import nl.ppsim.scenario.Scenario;

/**
 * What a {@link Plan}'s parts need while the plan is being compiled: the input slots they sample
 * (each on its own stream), the rows of one-off items they book, the index rows and the scheme's
 * exclusions. A partner's, business model's or event's runtime registers its inputs and rows here,
 * so that the plan itself is handed to nobody before its constructor has finished.
 */
final class PlanBuilder {
    final Scenario scenario;
    final int horizon;
    final int subsidyYears;
    /** The sampled inputs registered so far, in the order of their slots. */
    final List<InputSlot> slots = new ArrayList<>();
    /** Sources of one-off items, in the order of their rows in {@link Ledger#lump}. */
    final List<LumpSource> lumps = new ArrayList<>();
    /** The cost lines allocated to business models, in the order of their rows in {@link Ledger#overhead}. */
    final List<Line.Allocation> allocations = new ArrayList<>();
    /** The scenario's risk events, in scenario order (registered before partners and models, who may name them). */
    final List<EventRuntime> events = new ArrayList<>();
    /** The scenario's indices, in order: their rows in {@link Ledger#index}. */
    final List<String> indexNames;
    /** What the scheme does not count (see {@link Plan#ineligible}). */
    final Set<EligibilityItem> ineligible;
    /**
     * Per business model: the group of the partner that pays for it, or -1; filled from the
     * partners before the business models are compiled.
     */
    final int[] paidModels;

    private final RandomStreams streams;
    private final Map<String, Distribution> overrides;
    private Map<String, String> itemNames;

    PlanBuilder(Scenario scenario, RunSettings settings) {
        this.scenario = scenario;
        this.horizon = scenario.horizonYears();
        this.subsidyYears = scenario.subsidyYears();
        this.streams = new RandomStreams(settings.seed());
        this.overrides = settings.overrides();
        this.ineligible = ineligible(scenario);
        this.indexNames = List.copyOf(scenario.indices().keySet());
        this.paidModels = new int[scenario.businessModels().size()];
        Arrays.fill(paidModels, -1);
    }

    /** The row in {@link Ledger#index} of the named index, or -1 for null. */
    int index(String name) {
        return name == null ? -1 : indexNames.indexOf(name);
    }

    /** Adds a source of one-off items and returns its row in {@link Ledger#lump}. */
    int lump(LumpSource.Kind kind, String source) {
        lumps.add(new LumpSource(kind, source));
        return lumps.size() - 1;
    }

    /** The items the scenario's scheme does not count (empty without a scheme or a settlement). */
    private static Set<EligibilityItem> ineligible(Scenario s) {
        Set<EligibilityItem> out = java.util.EnumSet.noneOf(EligibilityItem.class);
        if (s.scheme() != null && s.subsidyYears() > 0) {
            s.scheme().ineligible().forEach(x -> out.add(x.item()));
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    InputSlot perYear(Input input, int from, int to, double floor) {
        return add(input, true, from, to, floor);
    }

    InputSlot once(Input input, double floor) {
        return add(input, false, 0, 0, floor);
    }

    /**
     * The stable name an input's random stream is keyed by: its YAML path with the list position of
     * a partner, line, business model or event replaced by that item's (unique) name, e.g.
     * {@code partners[1].cash_per_year} becomes {@code partner:Bedrijf A.cash_per_year}. Inserting,
     * removing or reordering items then shifts no other item's draws; renaming an item gives it new ones.
     */
    String streamName(String path) {
        nl.ppsim.scenario.InputPath id = nl.ppsim.scenario.InputPath.parse(path);
        if (!id.item()) {
            return path;
        }
        // by the item's own path first: in a variant without a business model (the sensitivity analysis)
        // the later items keep the paths they were read with, and must keep their streams too
        String own = itemNames().get(id.itemPath());
        if (own != null) {
            return own + id.suffix();
        }
        int k = id.index();
        String name = switch (id.list()) {
            case PARTNERS ->
                k < scenario.partners().size()
                        ? "partner:" + scenario.partners().get(k).name()
                        : null;
            case LINES ->
                k < scenario.lines().size() ? "line:" + scenario.lines().get(k).name() : null;
            case BUSINESS_MODELS ->
                k < scenario.businessModels().size()
                        ? "model:" + scenario.businessModels().get(k).name()
                        : null;
            case EVENTS ->
                k < scenario.events().size()
                        ? "event:" + scenario.events().get(k).name()
                        : null;
        };
        return name == null ? path : name + id.suffix();
    }

    /** The stream name of every partner, line, business model and event by its own YAML path ({@code partners[1]}). */
    private Map<String, String> itemNames() {
        if (itemNames == null) {
            java.util.Map<String, String> names = new java.util.HashMap<>();
            scenario.partners().forEach(p -> names.put(p.path(), "partner:" + p.name()));
            scenario.lines().forEach(l -> names.put(l.path(), "line:" + l.name()));
            scenario.businessModels().forEach(u -> names.put(u.path(), "model:" + u.name()));
            scenario.events().forEach(e -> names.put(e.path(), "event:" + e.name()));
            names.remove(null);
            itemNames = names;
        }
        return itemNames;
    }

    private InputSlot add(Input original, boolean perYear, int from, int to, double floor) {
        Distribution override = overrides.get(original.path());
        Input input = override == null ? original : original.withDistribution(override);
        InputSlot slot = new InputSlot(
                slots.size(),
                input,
                perYear && !input.isConstant(),
                from,
                to,
                floor,
                streams,
                streamName(input.path()));
        slot.overridden = override != null;
        slots.add(slot);
        return slot;
    }
}
