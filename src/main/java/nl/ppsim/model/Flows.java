package nl.ppsim.model;

/** One model's flows in one year, written by its formula (reused, never allocated per iteration). */
public final class Flows {
    /** Cash earned by the PPS. */
    public double revenue;
    /** Cash costs borne by the PPS. */
    public double costs;
    /** Value of in-kind contributions (hours, space, equipment) given to this model. */
    public double inKind;
    /** Projects this model ran this year (read by the laboratorium synergy). */
    public double projects;
    /** Volume actually delivered (after ramp-up, synergies and capacity), in the model's volume unit. */
    public double volume;

    public void clear() {
        revenue = 0;
        costs = 0;
        inKind = 0;
        projects = 0;
        volume = 0;
    }
}
