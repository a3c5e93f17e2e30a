package nl.ppsim.cli;

import nl.ppsim.engine.result.SimulationResult;
import nl.ppsim.engine.settings.ProgressListener;
import nl.ppsim.engine.settings.RunSettings;

/**
 * Runs a scenario, optionally until the standard error of p_verduurzaamd is at most a target, by
 * the loop shared with the web app ({@link nl.ppsim.analysis.Precision#grow}); here the trace
 * level follows each round's size, and a target that needs more than --max-iterations is an input
 * error at once, with the figures.
 */
final class PreciseRun {
    /** The per-iteration trace behind the report's "why" section is kept only when it takes at most this much memory. */
    static final long TRACE_BYTES = 64L << 20;

    private PreciseRun() {}

    static SimulationResult run(
            nl.ppsim.engine.CompiledScenario compiled,
            Double target,
            int maxIterations,
            int traceLimit,
            ProgressListener progress) {
        if (target != null && !(target > 0 && target < 0.5)) {
            throw new UserException(
                    "--precision is een standaardfout tussen 0 en 0,5, bv. 0.005; kreeg " + target,
                    "--precision is a standard error between 0 and 0.5, e.g. 0.005; got " + target);
        }
        if (maxIterations < 1 || maxIterations > nl.ppsim.io.ScenarioReader.MAX_ITERATIONS) {
            throw new UserException(
                    "--max-iterations moet tussen 1 en " + nl.ppsim.io.ScenarioReader.MAX_ITERATIONS + " liggen, kreeg "
                            + maxIterations,
                    "--max-iterations must lie between 1 and " + nl.ppsim.io.ScenarioReader.MAX_ITERATIONS + ", got "
                            + maxIterations);
        }
        RunSettings settings = compiled.settings();
        nl.ppsim.analysis.Precision.Outcome o = nl.ppsim.analysis.Precision.grow(
                settings.iterations(), target == null ? Double.NaN : target, maxIterations, true, n -> {
                    boolean full = n <= traceLimit && compiled.fullTraceBytes(n) <= TRACE_BYTES;
                    return compiled.run(n, full ? RunSettings.Trace.FULL : RunSettings.Trace.NONE, progress);
                });
        if (o.unreachable()) {
            double needed = o.needed();
            double variance = needed * target * target;
            Object[] facts = {
                nl.ppsim.dist.Numbers.brief(target),
                nl.ppsim.dist.Numbers.brief(Math.round(needed / 1e3) * 1e3),
                o.result().iterations(),
                o.result().verduurzaamd().estimate(),
                maxIterations,
                Math.sqrt(variance / maxIterations),
                nl.ppsim.io.ScenarioReader.MAX_ITERATIONS
            };
            throw new UserException(
                    String.format(
                            java.util.Locale.ROOT,
                            "--precision %s vraagt ongeveer %s trekkingen (kopkans na %d"
                                    + " trekkingen %.3f); dat is meer dan --max-iterations %d, waarmee de standaardfout ongeveer %.5f wordt. Kies een"
                                    + " grotere --precision of een hogere --max-iterations (hoogstens %d)",
                            facts),
                    String.format(
                            java.util.Locale.ROOT,
                            "--precision %s needs about %s iterations (headline after %d iterations %.3f);"
                                    + " that is more than --max-iterations %d, with which the standard error becomes about %.5f. Choose a larger"
                                    + " --precision or a higher --max-iterations (at most %d)",
                            facts));
        }
        return o.result();
    }
}
