package nl.ppsim.scenario;

/** Whether an uncertain amount gets a new draw every year or one draw that holds for all years. */
public enum Vary {
    /** A new draw in every year. */
    PER_YEAR("per_year"),
    /** One draw per iteration, the same in every year. */
    PER_ITERATION("per_iteration");

    private final String key;

    Vary(String key) {
        this.key = key;
    }

    /** The key as written in a scenario's {@code vary:}. */
    public String key() {
        return key;
    }
}
