package nl.ppsim.model;

/**
 * What a formula needs to know about the year besides its parameters, per iteration of a chunk:
 * how far the model is in its life (the same for every iteration), its ramp-up factor, the demand
 * multiplier from other models (synergies) and, for the laboratorium, the projects the research
 * models ran this year. Mutable and reused by the engine.
 */
public final class ModelYear {
    /** Year of the model's life: 1 in its first year. */
    public int age;
    /** Share of full volume reached this year (S-curve ramp-up), 0..1, per iteration. */
    public double[] ramp;
    /** Multiplier on demand from synergies (1 = none), per iteration. */
    public double[] uplift;
    /** Projects run this year by onderzoekshuis and innovatieteams models, per iteration. */
    public double[] researchProjects;

    public ModelYear(int lanes) {
        ramp = new double[lanes];
        uplift = new double[lanes];
        researchProjects = new double[lanes];
    }

    /**
     * Writes the volume delivered by each iteration to {@code out} and returns it: demand x ramp-up
     * x synergy uplift, capped by capacity.
     */
    public double[] volumes(double[] out, double[] demand, double[] capacity, int n) {
        double[] r = ramp;
        double[] u = uplift;
        for (int i = 0; i < n; i++) {
            out[i] = Math.min(capacity[i], demand[i] * r[i] * u[i]);
        }
        return out;
    }

    /**
     * The S-curve of ramp-up: 1 from year {@code rampYears + 1} on; before that the smoothstep
     * 3x^2 - 2x^3 of x = age / (rampYears + 1). With rampYears 3: 16%, 50%, 84%, then 100%.
     */
    public static double ramp(int age, double rampYears) {
        if (!(rampYears > 0) || age > rampYears) {
            return 1;
        }
        double x = age / (rampYears + 1);
        return x * x * (3 - 2 * x);
    }

    /** Bit k (1 &lt;= k &lt;= 63) is set when k divides {@code years}; for {@link #divides}. */
    public static long divisors(int years) {
        long bits = 0;
        for (int k = 1; k < 64; k++) {
            if (years % k == 0) {
                bits |= 1L << k;
            }
        }
        return bits;
    }

    /**
     * Whether a period of {@code every} years (at least 1) divides {@code years}, from the bits of
     * {@link #divisors}(years) without a division per iteration for periods below 64.
     */
    public static boolean divides(int every, int years, long divisors) {
        if (every < 1) {
            return false;
        }
        return every < 64 ? (divisors >>> every & 1) != 0 : years % every == 0;
    }
}
