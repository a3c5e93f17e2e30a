package nl.ppsim.analysis;

import java.util.List;
import nl.ppsim.engine.CompiledScenario;
import nl.ppsim.engine.settings.ProgressListener;
import nl.ppsim.engine.settings.RunSettings;
import nl.ppsim.scenario.Exploration;
import nl.ppsim.scenario.Scenario;

/**
 * What {@code ppsim bench --explore} times (issue 36): an exploration's candidates evaluated as
 * {@link Explore} evaluates them (every candidate a variant of one sampling), and the same
 * candidates as separate runs, each compiled with its values and sampled on its own. Both give the
 * same outcomes draw for draw (ExploreTest); only the time differs.
 */
public final class ExploreThroughput {
    private ExploreThroughput() {}

    /** Seconds to evaluate every candidate of {@code e} on {@code n} shared draws. */
    public static double together(Scenario s, Exploration e, int n, int threads) {
        List<Explore.Candidate> cands = Explore.candidates(e);
        long t0 = System.nanoTime();
        Explore.evaluate(s, e, cands, n, s.seed(), threads, Explore.Rules.NONE);
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Seconds to run every candidate of {@code e} as a run of its own ({@code n} draws). */
    public static double separately(Scenario s, Exploration e, int n, int threads) {
        List<Explore.Candidate> cands = Explore.candidates(e);
        long t0 = System.nanoTime();
        for (Explore.Candidate c : cands) {
            RunSettings settings = new RunSettings(n, s.seed(), threads)
                    .withOverrides(c.overrides())
                    .withTrace(RunSettings.Trace.OUTCOMES)
                    .withoutQuantiles();
            Scenario variant = Explore.variant(s, e, c);
            CompiledScenario.of(variant, settings).run(settings, ProgressListener.NONE);
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
