package nl.ppsim.model;

/** The handbook's six groups of business models. */
public enum ModelGroup {
    /** Initial education (handbook group 1). */
    INITIEEL_ONDERWIJS("initieel onderwijs", "initial education"),
    /** Innovation (handbook group 2). */
    INNOVATIE("innovatie", "innovation"),
    /** Lifelong learning (handbook group 3). */
    LEVEN_LANG_LEREN("leven lang leren", "lifelong learning"),
    /** Facilitating (handbook group 4). */
    FACILITEREND("faciliterend", "facilitating"),
    /** Preconditions (handbook group 5). */
    RANDVOORWAARDELIJK("randvoorwaardelijk", "preconditions"),
    /** Extra models outside the handbook's five groups. */
    EXTRA("extra", "extra");

    private final String dutch;
    private final String english;

    ModelGroup(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    /** The Dutch name of the group. */
    public String dutch() {
        return dutch;
    }

    /** The English name of the group. */
    public String english() {
        return english;
    }
}
