package nl.ppsim.model;

/** The handbook's six groups of business models. */
public enum ModelGroup {
    INITIEEL_ONDERWIJS("initieel onderwijs", "initial education"),
    INNOVATIE("innovatie", "innovation"),
    LEVEN_LANG_LEREN("leven lang leren", "lifelong learning"),
    FACILITEREND("faciliterend", "facilitating"),
    RANDVOORWAARDELIJK("randvoorwaardelijk", "preconditions"),
    EXTRA("extra", "extra");

    private final String dutch;
    private final String english;

    ModelGroup(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }
}
