package nl.ppsim.engine.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.ppsim.dist.Distributions;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.Hold;
import nl.ppsim.engine.settings.ProgressListener;
import nl.ppsim.engine.settings.RunSettings;

/**
 * Many runs of one scenario that differ only in one input held at a value each (the tornado's
 * swings), made in one pass: every chunk is sampled once, and each run then gets the same draws
 * with its held input's rows set to its value, its own flows and its own accounting. With common
 * random numbers a held input changes no other input's draws, so the results are those of separate
 * runs with the input overridden by a constant (tested equal, bit for bit), without drawing every
 * other input again for every run.
 *
 * <p>Some holds run on their own, as a separate run with an override:
 * <ul>
 * <li>an input in a correlation: holding it takes it out of its copula, which mixes the other
 * inputs' draws differently;</li>
 * <li>a fixed input among holds of other inputs: its value can shape the plan (a partner that gives
 * nothing in kind books no in-kind rows); holds that all set the same fixed input share a plan that
 * samples it instead (see {@link #standIn});</li>
 * <li>every hold of a traced setting other than {@link RunSettings.Trace#NONE} and
 * {@link RunSettings.Trace#OUTCOMES} (a full trace lists the sampled inputs, and a held one is not
 * sampled).</li>
 * </ul>
 */
final class HeldRuns {
    private final RunSettings settings;
    private final Plan plan;
    /** Per shared run: the slots its input has (empty for a run that holds nothing) and the value each row gets. */
    private final List<InputSlot[]> slots = new ArrayList<>();

    private final List<double[]> values = new ArrayList<>();
    private final List<Run> runs = new ArrayList<>();
    /** Per hold: its index among the shared runs, or -1 when it runs on its own. */
    private final int[] shared;

    private final int rows;

    /** The holds on {@code plan}: the scenario's compilation, with a {@link #standIn} where one is needed. */
    HeldRuns(Plan plan, RunSettings settings, List<Hold> holds) {
        this.settings = settings;
        this.plan = plan;
        java.util.Set<InputSlot> correlated = new java.util.HashSet<>();
        for (Copula c : plan.copulas) {
            correlated.addAll(java.util.Arrays.asList(c.slots));
        }
        boolean traceAllows =
                settings.trace() == RunSettings.Trace.NONE || settings.trace() == RunSettings.Trace.OUTCOMES;
        shared = new int[holds.size()];
        int widest = 0;
        for (int h = 0; h < holds.size(); h++) {
            Hold hold = holds.get(h);
            InputSlot[] held = plan.slots.stream()
                    .filter(s -> !s.input.isConstant() && s.input.path().equals(hold.path()))
                    .toArray(InputSlot[]::new);
            // a fixed input can shape the plan (a partner that gives nothing in kind books no in-kind rows)
            boolean fixed = plan.slots.stream()
                    .anyMatch(s -> s.input.isConstant() && s.input.path().equals(hold.path()));
            boolean alone =
                    !traceAllows || fixed || java.util.Arrays.stream(held).anyMatch(correlated::contains);
            if (alone) {
                shared[h] = -1;
                continue;
            }
            double[] v = new double[held.length];
            int width = 0;
            for (int k = 0; k < held.length; k++) {
                // as the workspace fills a constant input's row
                v[k] = Math.max(
                        held[k].floor, Distributions.constant(hold.value()).quantile(0.5));
                width += held[k].toYear - held[k].fromYear + 1;
            }
            widest = Math.max(widest, width);
            shared[h] = slots.size();
            slots.add(held);
            values.add(v);
            runs.add(new Run(plan, settings));
        }
        rows = widest;
    }

    /**
     * For holds that all set one fixed input of {@code plan} (the searches of solve), a stand-in
     * distribution for it (else nothing): the plan then samples that input (from its own stream, which no
     * other input uses) and every hold overwrites its rows, so that no shortcut taken on its written
     * value (no in kind, a factor of 1, a leave probability's tables) shapes the plan the holds share.
     */
    static java.util.Map<String, nl.ppsim.dist.Distribution> standIn(Plan plan, List<Hold> holds) {
        java.util.Map<String, nl.ppsim.dist.Distribution> out = new java.util.HashMap<>();
        java.util.Set<String> paths = new java.util.HashSet<>();
        holds.forEach(h -> paths.add(h.path()));
        if (paths.size() == 1) {
            String path = paths.iterator().next();
            if (plan.slots.stream()
                    .anyMatch(s -> s.input.isConstant() && s.input.path().equals(path))) {
                out.put(path, Distributions.uniform(0, 1));
            }
        }
        return out;
    }

    List<SimulationResult> results(ProgressListener progress) {
        List<Tally> totals = runs.isEmpty() ? List.of() : simulate(progress);
        List<SimulationResult> out = new ArrayList<>();
        for (int h = 0; h < shared.length; h++) {
            out.add(null);
        }
        for (int h = 0; h < shared.length; h++) {
            if (shared[h] >= 0) {
                out.set(h, new Results(runs.get(shared[h])).result(totals.get(shared[h]), settings.seed()));
            }
        }
        return out;
    }

    /** Which holds run on their own (index -1 in {@link #shared}). */
    boolean alone(int hold) {
        return shared[hold] < 0;
    }

    private List<Tally> simulate(ProgressListener progress) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        return Joint.simulate(runs, settings.threads(), () -> work(next, done, progress));
    }

    /** One worker: {@link Run#work} for every shared run at once, each chunk sampled once. */
    private Tally[] work(AtomicInteger next, AtomicLong done, ProgressListener progress) {
        Workspace w = new Workspace(plan);
        int count = runs.size();
        Tally[] tallies = new Tally[count];
        Accounting[] accounts = new Accounting[count];
        for (int r = 0; r < count; r++) {
            tallies[r] = runs.get(r).tally();
            accounts[r] = runs.get(r).accounting(tallies[r]);
        }
        Component[] components = plan.components.toArray(Component[]::new);
        double[][] saved = new double[rows][plan.lanes];
        long total = (long) settings.iterations() * count;
        Joint.blocks(
                next,
                runs,
                accounts,
                w,
                settings.iterations(),
                (r, block, first, lanes) -> {
                    hold(w, r, lanes, saved);
                    w.sink = accounts[r];
                    runs.get(r).flowsAndAccounts(w, accounts[r], components, block, first, lanes);
                    release(w, r, lanes, saved);
                    // after every run's chunk, so that a listener that stops the work (the web app's deadline) is asked
                    // often
                    progress.progress(done.addAndGet(lanes), total);
                },
                n -> {});
        return tallies;
    }

    /** Sets run r's held rows to its value, keeping the draws in {@code saved}. */
    private void hold(Workspace w, int r, int lanes, double[][] saved) {
        int k = 0;
        InputSlot[] held = slots.get(r);
        for (int j = 0; j < held.length; j++) {
            for (int t = held[j].fromYear; t <= held[j].toYear; t++) {
                double[] row = w.values[held[j].index][t];
                System.arraycopy(row, 0, saved[k++], 0, lanes);
                java.util.Arrays.fill(row, 0, lanes, values.get(r)[j]);
            }
        }
    }

    /** Puts the draws back that {@link #hold} replaced. */
    private void release(Workspace w, int r, int lanes, double[][] saved) {
        int k = 0;
        for (InputSlot s : slots.get(r)) {
            for (int t = s.fromYear; t <= s.toYear; t++) {
                System.arraycopy(saved[k++], 0, w.values[s.index][t], 0, lanes);
            }
        }
    }
}
