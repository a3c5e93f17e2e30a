package nl.ppsim.scenario;

/** The three kinds of partner in a PPS, as the handbook's 1/3-1/3-1/3 split names them. */
public enum Group {
    /** Schools and colleges (mbo, hbo). */
    ONDERWIJS("onderwijs", "education"),
    /** Companies and other employers. */
    WERKVELD("werkveld", "work field"),
    /** Municipalities, provinces and other governments. */
    OVERHEID("overheid", "government");

    private final String key;
    private final String english;

    Group(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** The name used in scenario files and reports. */
    public String key() {
        return key;
    }

    /** The English name. */
    public String english() {
        return english;
    }
}
