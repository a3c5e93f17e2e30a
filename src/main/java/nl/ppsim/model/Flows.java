package nl.ppsim.model;

import java.util.Arrays;

/** One model's flows in one year for a chunk of iterations, written by its formula (reused, never allocated per iteration). */
public final class Flows {
    /** Cash earned by the PPS. */
    public final double[] revenue;
    /** Cash costs borne by the PPS. */
    public final double[] costs;
    /** Value of in-kind contributions (hours, space, equipment) given to this model. */
    public final double[] inKind;
    /** Projects this model ran this year (read by the laboratorium synergy). */
    public final double[] projects;
    /** Volume actually delivered (after ramp-up, synergies and capacity), in the model's volume unit. */
    public final double[] volume;
    /**
     * The part of this year's costs that is a one-off investment or replacement (included in
     * {@link #costs}); written only by models that invest, so the report can show such years.
     */
    public final double[] oneOff;
    private final double[][] fields;

    public Flows(int lanes) {
        revenue = new double[lanes];
        costs = new double[lanes];
        inKind = new double[lanes];
        projects = new double[lanes];
        volume = new double[lanes];
        oneOff = new double[lanes];
        fields = new double[][] {revenue, costs, inKind, projects, volume, oneOff};
    }

    /** Field numbers for {@link #clear(int, boolean[])}. */
    public static final int REVENUE = 0;
    public static final int COSTS = 1;
    public static final int IN_KIND = 2;
    public static final int PROJECTS = 3;
    public static final int VOLUME = 4;
    public static final int ONE_OFF = 5;
    public static final int FIELDS = 6;

    /** Zeroes the fields marked in {@code which} (indexed by the field numbers) for iterations 0..n-1. */
    public void clear(int n, boolean[] which) {
        for (int k = 0; k < FIELDS; k++) {
            if (which[k]) {
                Arrays.fill(fields[k], 0, n, 0);
            }
        }
    }

    /**
     * Which fields a formula leaves unwritten, found by running it once on fields set to NaN. A
     * formula writes a field in every iteration or in none (all catalog formulas do), so the
     * engine need only zero the others before each call.
     */
    public static boolean[] unwritten(Formula formula, int parameters) {
        Flows probe = new Flows(1);
        for (double[] field : probe.fields) {
            field[0] = Double.NaN;
        }
        double[][] p = new double[parameters][];
        for (int j = 0; j < parameters; j++) {
            p[j] = new double[] {1};
        }
        ModelYear year = new ModelYear(1);
        year.age = 1;
        year.ramp[0] = 1;
        year.uplift[0] = 1;
        formula.year(p, year, probe, 1);
        boolean[] unwritten = new boolean[FIELDS];
        for (int k = 0; k < FIELDS; k++) {
            unwritten[k] = Double.isNaN(probe.fields[k][0]);
        }
        return unwritten;
    }
}
