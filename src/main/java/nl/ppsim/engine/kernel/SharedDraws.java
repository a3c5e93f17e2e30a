package nl.ppsim.engine.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.Scenario;

/**
 * Runs of variants of a scenario (the scenario without one of its business models, or with some
 * inputs set to values of their own) that draw nothing themselves: every chunk is sampled once for the scenario, and each variant copies the
 * rows of the inputs it shares with it (the same stream, distribution, floor and years), then runs
 * its own flows and accounts. An input's draws depend only on its stream, so the results are those
 * of separate runs, bit for bit (tested). An input a variant sets to a constant draws nothing. A
 * variant with an input the scenario lacks (or draws differently), or with a
 * correlated input (its copula mixes the draws of several inputs), runs on its own.
 */
final class SharedDraws {
    private final RunSettings settings;
    private final Plan base;
    private final List<Plan> plans = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();
    /** Per shared variant: pairs of (base slot, row) and (variant slot, row) to copy, flattened: bs, bt, vs, vt. */
    private final List<int[]> copies = new ArrayList<>();
    /** Per variant: its index among the shared ones, or -1 when it runs on its own. */
    private final int[] shared;

    /** The variants of {@code base}, each compiled with its own settings' overrides ({@code own}), run with {@code settings}. */
    SharedDraws(Plan base, List<Scenario> variants, List<RunSettings> own, RunSettings settings) {
        this.settings = settings;
        this.base = base;
        shared = new int[variants.size()];
        Map<Long, InputSlot> byKey = new HashMap<>();
        for (InputSlot s : base.slots) {
            if (!s.input.isConstant()) {
                for (int t = s.fromYear; t <= s.toYear; t++) {
                    byKey.put(s.keys[t], s);
                }
            }
        }
        boolean baseCorrelated = !base.copulas.isEmpty();
        for (int v = 0; v < variants.size(); v++) {
            Plan plan = new Plan(variants.get(v), own.get(v), base.lanes);
            int[] copy = baseCorrelated || !plan.copulas.isEmpty() ? null : copies(plan, byKey);
            if (copy == null) {
                shared[v] = -1;
                continue;
            }
            shared[v] = plans.size();
            plans.add(plan);
            copies.add(copy);
            runs.add(new Run(plan, settings));
        }
    }

    /** The rows variant {@code plan} copies from the scenario's, or null when one of its inputs has no same draws there. */
    private static int[] copies(Plan plan, Map<Long, InputSlot> byKey) {
        List<Integer> out = new ArrayList<>();
        for (InputSlot s : plan.slots) {
            if (s.input.isConstant()) {
                continue;
            }
            for (int t = s.fromYear; t <= s.toYear; t++) {
                InputSlot b = byKey.get(s.keys[t]);
                if (b == null || !same(b, s)) {
                    return null;
                }
                out.add(b.index);
                out.add(t);
                out.add(s.index);
                out.add(t);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean same(InputSlot a, InputSlot b) {
        return a.input.distribution().equals(b.input.distribution())
                && a.floor == b.floor
                && a.perYear == b.perYear
                && a.fromYear == b.fromYear
                && a.toYear == b.toYear
                && a.persistence == b.persistence;
    }

    /** Whether variant {@code v} runs on its own. */
    boolean alone(int v) {
        return shared[v] < 0;
    }

    /** The results of the shared variants, by variant (null for those that run on their own). */
    List<SimulationResult> results() {
        List<SimulationResult> out = new ArrayList<>();
        List<Tally> totals = runs.isEmpty() ? List.of() : simulate();
        for (int v = 0; v < shared.length; v++) {
            out.add(
                    shared[v] < 0
                            ? null
                            : new Results(runs.get(shared[v])).result(totals.get(shared[v]), settings.seed()));
        }
        return out;
    }

    private List<Tally> simulate() {
        AtomicInteger next = new AtomicInteger();
        return Joint.simulate(runs, settings.threads(), () -> work(next));
    }

    /** One worker: every chunk sampled once for the scenario, then each variant's flows and accounts on its copies. */
    private Tally[] work(AtomicInteger next) {
        Workspace sampler = new Workspace(base);
        int count = runs.size();
        Workspace[] spaces = new Workspace[count];
        Tally[] tallies = new Tally[count];
        Accounting[] accounts = new Accounting[count];
        Component[][] components = new Component[count][];
        for (int r = 0; r < count; r++) {
            spaces[r] = new Workspace(plans.get(r));
            tallies[r] = runs.get(r).tally();
            accounts[r] = runs.get(r).accounting(tallies[r]);
            spaces[r].sink = accounts[r];
            components[r] = plans.get(r).components.toArray(Component[]::new);
        }
        Joint.blocks(
                next,
                runs,
                accounts,
                sampler,
                settings.iterations(),
                (r, block, first, lanes) -> {
                    Workspace w = spaces[r];
                    int[] copy = copies.get(r);
                    for (int k = 0; k < copy.length; k += 4) {
                        System.arraycopy(
                                sampler.values[copy[k]][copy[k + 1]], 0, w.values[copy[k + 2]][copy[k + 3]], 0, lanes);
                    }
                    runs.get(r).flowsAndAccounts(w, accounts[r], components[r], block, first, lanes);
                },
                n -> {});
        return tallies;
    }
}
