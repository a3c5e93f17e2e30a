package nl.ppsim.model;

/** The S-curve by which a business model grows to its full volume (the context name {@code ramp} of its steps). */
public final class RampUp {
    private RampUp() {}

    /**
     * The share of full volume in year {@code age} of the model's life (1 in its first year): 1
     * from year {@code rampYears + 1} on; before that the smoothstep 3x^2 - 2x^3 of
     * x = age / (rampYears + 1). With rampYears 3: 16%, 50%, 84%, then 100%. Year 0 and before: 0.
     */
    public static double ramp(int age, double rampYears) {
        if (age < 1) {
            return 0;
        }
        if (!(rampYears > 0) || age > rampYears) {
            return 1;
        }
        double x = age / (rampYears + 1);
        return x * x * (3 - 2 * x);
    }
}
