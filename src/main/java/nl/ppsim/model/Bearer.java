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
    /** The PPS itself pays, in cash. */
    PPS("pps", "the PPS"),
    /** Education carries it in kind. */
    ONDERWIJS("onderwijs", "education"),
    /** The work field carries it in kind. */
    WERKVELD("werkveld", "work field"),
    /** Government carries it in kind. */
    OVERHEID("overheid", "government");

    private final String key;
    private final String english;

    Bearer(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** The key as written in a scenario's {@code carried_by:}. */
    public String key() {
        return key;
    }

    /** The English name. */
    public String english() {
        return english;
    }

    /** Every key, in order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Bearer::key).toList();
    }

    /** The bearer with this key; IllegalArgumentException for an unknown key. */
    public static Bearer of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }

    /** The partner group index (0..2) that carries the cost in kind, or -1 for the PPS in cash. */
    public int group() {
        return ordinal() - 1;
    }
}
