package nl.ppsim.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Who carries a cost of a business model: the PPS in cash (its own account), or a partner group in
 * kind (that group's hours, space or equipment: it counts in the project's costs and in the
 * group's contribution, not in the PPS's cash).
 */
public enum Bearer {
    PPS("pps", "the PPS"),
    ONDERWIJS("onderwijs", "education"),
    WERKVELD("werkveld", "work field"),
    OVERHEID("overheid", "government");

    private final String key;
    private final String english;

    Bearer(String key, String english) {
        this.key = key;
        this.english = english;
    }

    public String key() {
        return key;
    }

    public String english() {
        return english;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Bearer::key).toList();
    }

    public static Bearer of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }

    /** The partner group index (0..2) that carries the cost in kind, or -1 for the PPS in cash. */
    public int group() {
        return ordinal() - 1;
    }
}
