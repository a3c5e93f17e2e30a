package nl.ppsim.engine.result;

import java.util.List;
import nl.ppsim.dist.Input;

/**
 * Per-iteration values of a run, kept only on request (memory grows with iterations): whether
 * each iteration became sustainable, its final reserve, and (full trace) every uncertain input's
 * value (its mean over the years it is drawn in: one driver per input) and every business model's
 * mean margin after the subsidy, and every correlated input's draws in its first year (the
 * copula acts within each year, so its realised rank correlation is measured on one year's draws,
 * not on means over years). Index = iteration number, the same in every run with the same seed,
 * so traces of two scenarios pair up iteration by iteration.
 */
public record IterationTrace(
        boolean[] verduurzaamd,
        double[] finalReserve,
        List<Input> inputs,
        double[][] inputValues,
        List<String> models,
        double[][] modelMargins,
        List<String> correlated,
        double[][] correlatedFirstYear) {}
