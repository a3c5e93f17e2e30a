package nl.ppsim.scenario;

/** Whether an uncertain amount gets a new draw every year or one draw that holds for all years. */
public enum Vary {
    PER_YEAR("per_year"),
    PER_ITERATION("per_iteration");

    private final String key;

    Vary(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
