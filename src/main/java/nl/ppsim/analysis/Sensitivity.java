package nl.ppsim.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Distributions;
import nl.ppsim.dist.Input;
import nl.ppsim.engine.CompiledScenario;
import nl.ppsim.engine.Simulation;
import nl.ppsim.engine.result.IterationTrace;
import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.ProgressListener;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.BusinessModelUse;
import nl.ppsim.scenario.Correlation;
import nl.ppsim.scenario.InputPath;
import nl.ppsim.scenario.Scenario;
import nl.ppsim.stats.PairedDifference;
import nl.ppsim.stats.Ranks;

/**
 * Why a scenario succeeds or fails: rank correlation of every input with the final reserve,
 * the inputs and business models that differ most between failed and successful iterations, the
 * contribution of each business model (left out under common random numbers), the one-at-a-time
 * tornado, and a stress test that widens every range (renewal events are events, not ranges, and
 * are left as they are). Inputs are identified by their YAML path (the report gives them labels); an
 * input drawn every year is one driver (its mean over the years); a partner's renewal decision is
 * a yes/no event (1 = renews), with its effect on the headline in {@link Decision}.
 */
public final class Sensitivity {

    /** Rank correlation of one input with the final reserve. */
    public record Rank(Input input, double spearman) {}

    /** How an input or model differs between failed and successful iterations. */
    public record Contrast(
            String name,
            boolean model,
            double meanFailed,
            double meanSucceeded,
            double medianFailed,
            double medianSucceeded,
            double standardized) {
        /** (mean among failures - mean among successes) / |mean among successes|, NaN when undefined. */
        public double relative() {
            return meanSucceeded == 0 ? Double.NaN : (meanFailed - meanSucceeded) / Math.abs(meanSucceeded);
        }
    }

    /** The change in p_verduurzaamd when one business model is left out. */
    public record Counterfactual(String model, PairedDifference difference) {}

    /** The headline before and after widening every input's range by {@code factor} around its median. */
    public record Stress(double factor, PairedDifference difference) {}

    /** A correlation the scenario asked for and the rank correlation the draws actually have. */
    public record RealisedCorrelation(Correlation requested, double realised) {}

    /**
     * A partner's renewal decision as a yes/no event: how often the partner renewed and the
     * headline among the iterations where it did and where it did not (the difference with the
     * standard error of two independent proportions).
     */
    public record Decision(Input input, double shareYes, double pYes, double pNo, double difference, double se) {}

    /** All of it. */
    public record Result(
            SimulationResult base,
            List<Rank> ranks,
            List<Contrast> contrasts,
            List<Counterfactual> counterfactuals,
            Tornado.Result tornado,
            Stress stress,
            List<RealisedCorrelation> correlations,
            List<Decision> decisions) {

        /** The same analysis with a tornado (a run's report adds one to the cheap part from its trace). */
        public Result withTornado(Tornado.Result t) {
            return new Result(base, ranks, contrasts, counterfactuals, t, stress, correlations, decisions);
        }
    }

    /**
     * The parts that need no full trace: what each business model contributes and the tornado (for
     * a run that kept no draws of its inputs, and for the web page's "why").
     */
    public static Result untraced(SimulationResult base, List<Counterfactual> contributions, Tornado.Result t) {
        return new Result(base, List.of(), List.of(), List.copyOf(contributions), t, null, List.of(), List.of());
    }

    private Sensitivity() {}

    /** The cheap part, from a run that kept a full trace: rank correlations and contrasts, no extra simulations. */
    public static Result fromTrace(SimulationResult base) {
        IterationTrace t = asEvents(base);
        return new Result(base, ranks(t), contrasts(t), List.of(), null, null, realised(base), decisions(t));
    }

    /**
     * The trace with each partner's first renewal draw (a uniform u; the partner renews when u is
     * below its renewal probability p) replaced by the event itself, 1 for yes and 0 for no, so
     * that rank correlations and contrasts speak of "renews" rather than of an internal draw.
     */
    static IterationTrace asEvents(SimulationResult base) {
        IterationTrace t = base.trace();
        double[][] values = t.inputValues().clone();
        for (int k = 0; k < t.inputs().size(); k++) {
            String path = t.inputs().get(k).path();
            if (!path.endsWith(InputPath.RENEWAL_EVENT)) {
                continue;
            }
            String partner = path.substring(0, path.length() - InputPath.RENEWAL_EVENT.length());
            int pk = -1;
            for (int j = 0; j < t.inputs().size(); j++) {
                if (t.inputs().get(j).path().equals(partner + ".renewal_probability")) {
                    pk = j;
                }
            }
            double constant = base.scenario().partners().stream()
                    .filter(p -> p.path().equals(partner))
                    .mapToDouble(p -> p.renewalProbability().mean())
                    .findFirst()
                    .orElse(Double.NaN);
            double[] u = t.inputValues()[k];
            double[] yes = new double[u.length];
            for (int i = 0; i < u.length; i++) {
                double p = pk >= 0 ? t.inputValues()[pk][i] : constant;
                yes[i] = u[i] < p ? 1 : 0;
            }
            values[k] = yes;
        }
        return new IterationTrace(
                t.verduurzaamd(),
                t.finalReserve(),
                t.inputs(),
                values,
                t.models(),
                t.modelMargins(),
                t.correlated(),
                t.correlatedFirstYear());
    }

    /** The renewal decisions of {@link #asEvents} as yes/no events with their effect on the headline. */
    static List<Decision> decisions(IterationTrace events) {
        List<Decision> out = new ArrayList<>();
        boolean[] ok = events.verduurzaamd();
        for (int k = 0; k < events.inputs().size(); k++) {
            if (!events.inputs().get(k).path().endsWith(InputPath.RENEWAL_EVENT)) {
                continue;
            }
            double[] yes = events.inputValues()[k];
            long nYes = 0;
            long okYes = 0;
            long okNo = 0;
            for (int i = 0; i < yes.length; i++) {
                if (yes[i] == 1) {
                    nYes++;
                    okYes += ok[i] ? 1 : 0;
                } else {
                    okNo += ok[i] ? 1 : 0;
                }
            }
            long nNo = yes.length - nYes;
            if (nYes == 0 || nNo == 0) {
                continue;
            }
            double pYes = (double) okYes / nYes;
            double pNo = (double) okNo / nNo;
            double se = Math.sqrt(pYes * (1 - pYes) / nYes + pNo * (1 - pNo) / nNo);
            out.add(new Decision(events.inputs().get(k), (double) nYes / yes.length, pYes, pNo, pYes - pNo, se));
        }
        out.sort(Comparator.comparingDouble((Decision d) -> -Math.abs(d.difference()))
                .thenComparing(d -> d.input().path()));
        return List.copyOf(out);
    }

    /** The whole analysis: a traced run, rank correlations, contrasts, the contribution of each model, the tornado and the stress test. */
    public static Result run(
            CompiledScenario scenario,
            RunSettings settings,
            int tornadoIterations,
            double stressFactor,
            ProgressListener progress) {
        return analyse(scenario, base(scenario, settings, progress), settings, tornadoIterations, stressFactor);
    }

    /** The analysis's traced run of the scenario, which {@link #analyse} takes (a report can start on it meanwhile). */
    public static SimulationResult base(CompiledScenario scenario, RunSettings settings, ProgressListener progress) {
        return scenario.run(settings.withTrace(RunSettings.Trace.FULL), progress);
    }

    /** {@link #run} given its traced run {@code base} (from {@link #base} with the same scenario and settings). */
    public static Result analyse(
            CompiledScenario scenario,
            SimulationResult base,
            RunSettings settings,
            int tornadoIterations,
            double stressFactor) {
        return analyse(scenario, base, settings, tornadoIterations, stressFactor, ProgressListener.NONE);
    }

    /**
     * About how many seconds {@link #analyse} takes, from the base run's seconds per iteration
     * (for the runs without each model and the stress test) and a short pilot of the tornado's held
     * runs (its longest part by far in a large plan; measured, because held runs share their draws).
     */
    public static double estimateSeconds(
            CompiledScenario scenario,
            RunSettings settings,
            int tornadoIterations,
            double stressFactor,
            double basePerIteration) {
        double tornado = Tornado.estimateSeconds(
                scenario, settings.withIterations(Math.min(tornadoIterations, settings.iterations())));
        double variants =
                (double) scenario.scenario().businessModels().size() * settings.iterations() * basePerIteration;
        double stress = stressFactor > 0 && stressFactor != 1 ? settings.iterations() * basePerIteration : 0;
        return tornado + variants + stress;
    }

    /** How many uncertain inputs the tornado swings. */
    public static int uncertainInputs(CompiledScenario scenario) {
        return scenario.uncertain().size();
    }

    /** As {@link #analyse(CompiledScenario, SimulationResult, RunSettings, int, double)}, telling the tornado's progress (its longest part). */
    public static Result analyse(
            CompiledScenario compiled,
            SimulationResult base,
            RunSettings settings,
            int tornadoIterations,
            double stressFactor,
            ProgressListener tornadoProgress) {
        Scenario scenario = compiled.scenario();
        IterationTrace events = asEvents(base);
        List<Rank> ranks = ranks(events);
        List<Contrast> contrasts = contrasts(events);
        // the variants are compared by their outcomes only (no quantile sketches); the models left out (one
        // pass for all) and the stress test run side by side, one thread each, while the tornado runs its swings
        // (a run's answer does not depend on its threads)
        RunSettings outcomes = settings.withTrace(RunSettings.Trace.OUTCOMES)
                .withoutQuantiles()
                .withThreads(1);
        java.util.concurrent.Future<List<Counterfactual>> pending = null;
        java.util.concurrent.Future<Stress> stressed = null;
        try {
            // on all threads: one pass does the work of as many runs as there are models
            pending = nl.ppsim.parallel.Workers.submit(
                    () -> contributions(compiled, base, outcomes.withThreads(settings.threads())));
            if (stressFactor > 0 && stressFactor != 1) {
                stressed = nl.ppsim.parallel.Workers.submit(() -> new Stress(
                        stressFactor,
                        PairedDifference.of(
                                Simulation.run(scenario, outcomes.withOverrides(stretched(compiled, stressFactor)))
                                        .trace()
                                        .verduurzaamd(),
                                base.trace().verduurzaamd())));
            }
            Tornado.Result tornado = Tornado.run(
                    compiled,
                    settings.withIterations(Math.min(tornadoIterations, settings.iterations()))
                            .withTrace(RunSettings.Trace.NONE),
                    tornadoProgress);
            List<Counterfactual> counterfactuals = pending.get();
            Stress stress = stressed == null ? null : stressed.get();
            return new Result(
                    base, ranks, contrasts, counterfactuals, tornado, stress, realised(base), decisions(events));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw nl.ppsim.parallel.Workers.unwrap(e);
        } finally {
            // after a failure, the runs still going are of no use
            for (java.util.concurrent.Future<?> f : java.util.Arrays.asList(pending, stressed)) {
                if (f != null) {
                    f.cancel(true);
                }
            }
        }
    }

    /**
     * What each business model contributes: the headline of {@code base} against that of the
     * scenario without the model, under the same draws (paired). The scenario without each model in
     * turn is one pass that draws every input once for all of them. {@code base} needs its outcomes
     * traced (a full trace is not needed); {@code settings} are its seed and iterations.
     */
    public static List<Counterfactual> contributions(
            CompiledScenario compiled, SimulationResult base, RunSettings settings) {
        List<BusinessModelUse> models = compiled.scenario().businessModels();
        List<Scenario> variants = new ArrayList<>();
        for (int k = 0; k < models.size(); k++) {
            List<BusinessModelUse> without = new ArrayList<>(models);
            without.remove(k);
            variants.add(compiled.scenario().withBusinessModels(without));
        }
        List<SimulationResult> runs = compiled.variants(
                variants, settings.withTrace(RunSettings.Trace.OUTCOMES).withoutQuantiles());
        List<Counterfactual> out = new ArrayList<>();
        for (int k = 0; k < models.size(); k++) {
            out.add(new Counterfactual(
                    models.get(k).name(),
                    PairedDifference.of(
                            base.trace().verduurzaamd(), runs.get(k).trace().verduurzaamd())));
        }
        return out;
    }

    /** Overrides that widen every uncertain input around its median by {@code factor} (1.5 = 50% wider). */
    public static Map<String, Distribution> stretched(CompiledScenario scenario, double factor) {
        Map<String, Distribution> out = new HashMap<>();
        for (Input in : scenario.uncertain()) {
            if (!in.path().endsWith(InputPath.RENEWAL_EVENT)) {
                out.put(in.path(), Distributions.stretched(in.distribution(), factor));
            }
        }
        return out;
    }

    /**
     * The realised Spearman correlation of every requested pair, measured on the draws of the pair's
     * first year (the copula acts within each year; a mean over years would mix in the years'
     * own variation and, with persistence, understate it).
     */
    public static List<RealisedCorrelation> realised(SimulationResult base) {
        IterationTrace t = base.trace();
        List<RealisedCorrelation> out = new ArrayList<>();
        if (base.iterations() < MIN_ITERATIONS || t.correlatedFirstYear() == null) {
            return List.of();
        }
        for (Correlation c : base.scenario().correlations()) {
            int a = t.correlated().indexOf(c.first());
            int b = t.correlated().indexOf(c.second());
            if (a >= 0 && b >= 0) {
                double rho =
                        pearson(Ranks.average(t.correlatedFirstYear()[a]), Ranks.average(t.correlatedFirstYear()[b]));
                out.add(new RealisedCorrelation(c, rho));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Each input's contribution to the variance of the final reserve, as Crystal Ball shows it: its
     * squared rank correlation as a share of the sum over all inputs (adds up to 1; an
     * approximation that assumes the inputs act roughly additively and independently), in the
     * order of {@code ranks}.
     */
    public static double[] contributions(List<Rank> ranks) {
        double total = 0;
        for (Rank r : ranks) {
            total += r.spearman() * r.spearman();
        }
        double[] out = new double[ranks.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = total > 0 ? ranks.get(k).spearman() * ranks.get(k).spearman() / total : 0;
        }
        return out;
    }

    /** Rank correlations need at least this many iterations; with fewer, the lists are empty. */
    public static final int MIN_ITERATIONS = 3;

    /** Each input's Spearman rank correlation with the final reserve, strongest first. */
    public static List<Rank> ranks(IterationTrace trace) {
        if (trace.finalReserve().length < MIN_ITERATIONS) {
            return List.of();
        }
        // Spearman's rho is Pearson's correlation of the ranks (ties averaged); the reserve is ranked once,
        // the inputs on all cores (each input on its own: the same answer in the same order)
        double[] reserveRanks = Ranks.average(trace.finalReserve());
        List<Rank> out = new ArrayList<>(java.util.stream.IntStream.range(
                        0, trace.inputs().size())
                .parallel()
                .mapToObj(k -> {
                    double rho = pearson(Ranks.average(trace.inputValues()[k]), reserveRanks);
                    return new Rank(trace.inputs().get(k), Double.isNaN(rho) ? 0 : rho);
                })
                .toList());
        out.sort(Comparator.comparingDouble((Rank r) -> -Math.abs(r.spearman()))
                .thenComparing(r -> r.input().path()));
        return List.copyOf(out);
    }

    /** Pearson's correlation of two equally long samples (two passes: means first); NaN when either is constant. */
    static double pearson(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
    }

    /** How each input and model differs between failed and successful iterations, largest standardised difference first. */
    public static List<Contrast> contrasts(IterationTrace trace) {
        boolean[] ok = trace.verduurzaamd();
        int inputs = trace.inputs().size();
        // each input and model on its own, on all cores (two sorts of all iterations each); sorted below
        List<Contrast> out = new ArrayList<>(java.util.stream.IntStream.range(
                        0, inputs + trace.models().size())
                .parallel()
                .mapToObj(k -> k < inputs
                        ? contrast(trace.inputs().get(k).path(), false, trace.inputValues()[k], ok)
                        : contrast(trace.models().get(k - inputs), true, trace.modelMargins()[k - inputs], ok))
                .filter(java.util.Objects::nonNull)
                .toList());
        out.sort(Comparator.comparingDouble((Contrast c) -> -Math.abs(c.standardized()))
                .thenComparing(Contrast::name));
        return List.copyOf(out);
    }

    private static Contrast contrast(String name, boolean model, double[] values, boolean[] ok) {
        int nOk = 0;
        for (boolean b : ok) {
            nOk += b ? 1 : 0;
        }
        int nFail = ok.length - nOk;
        if (nOk == 0 || nFail == 0) {
            return null;
        }
        double[] failed = new double[nFail];
        double[] succeeded = new double[nOk];
        int f = 0;
        int s = 0;
        double sum = 0;
        double sum2 = 0;
        for (int i = 0; i < values.length; i++) {
            if (ok[i]) {
                succeeded[s++] = values[i];
            } else {
                failed[f++] = values[i];
            }
            sum += values[i];
            sum2 += values[i] * values[i];
        }
        double mean = sum / values.length;
        double sd = Math.sqrt(Math.max(0, sum2 / values.length - mean * mean));
        double meanF = Arrays.stream(failed).average().orElse(Double.NaN);
        double meanS = Arrays.stream(succeeded).average().orElse(Double.NaN);
        Arrays.sort(failed);
        Arrays.sort(succeeded);
        double std = sd > 0 ? (meanF - meanS) / sd : 0;
        return new Contrast(
                name,
                model,
                meanF,
                meanS,
                nl.ppsim.stats.Quantiles.ofSorted(failed, 0.5),
                nl.ppsim.stats.Quantiles.ofSorted(succeeded, 0.5),
                std);
    }
}
