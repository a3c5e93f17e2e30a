package nl.ppsim.engine.settings;

import nl.ppsim.engine.CompiledScenario;

/**
 * An input held at one value in every iteration (and every year) of a run, as an override with
 * a constant distribution would hold it: see {@link CompiledScenario#held}. {@code path} is the input's
 * YAML path; a path no sampled input has leaves the run as it is.
 */
public record Hold(String path, double value) {
    /** Nothing held: the run itself. */
    public static Hold none() {
        return new Hold("", 0);
    }
}
