package nl.ppsim.scenario;

import nl.ppsim.engine.Input;

/** A generic revenue or cost line, live from {@code fromYear} to {@code toYear} (simulation years, inclusive). */
public record Line(String name, boolean revenue, Input amount, int fromYear, int toYear, Vary vary,
                   Input growth, String path) {
}
