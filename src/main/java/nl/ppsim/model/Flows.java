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

    public Flows(int lanes) {
        revenue = new double[lanes];
        costs = new double[lanes];
        inKind = new double[lanes];
        projects = new double[lanes];
        volume = new double[lanes];
    }

    public void clear(int n) {
        Arrays.fill(revenue, 0, n, 0);
        Arrays.fill(costs, 0, n, 0);
        Arrays.fill(inKind, 0, n, 0);
        Arrays.fill(projects, 0, n, 0);
        Arrays.fill(volume, 0, n, 0);
    }
}
