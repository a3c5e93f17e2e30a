package nl.ppsim.engine.result;

import nl.ppsim.dist.Input;

/**
 * One input a compiled scenario samples: drawn once per iteration ({@code perYear} false, years 0),
 * or anew in each of the years {@code fromYear..toYear} with lag-1 {@code persistence} between their
 * normal scores.
 */
public record SampledInput(Input input, boolean perYear, int fromYear, int toYear, double persistence) {
    /** The number of years it is drawn in: 1 when drawn once per iteration. */
    public int years() {
        return perYear ? toYear - fromYear + 1 : 1;
    }
}
