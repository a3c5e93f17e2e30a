package nl.ppsim.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Who pays a business model's revenue: one of the three partner groups (in the order and with the
 * keys of {@code Group}), participants or students themselves, or another business model of the
 * same PPS (an internal transfer: part of the model's margin, but no income of the PPS, since the
 * paying model's costs already hold it). The first four are external money; their ordinal is
 * their row in the engine's revenue by payer.
 */
public enum Payer {
    /** Schools and colleges. */
    ONDERWIJS("onderwijs", "education"),
    /** Companies and other employers. */
    WERKVELD("werkveld", "work field"),
    /** Municipalities, provinces and other governments. */
    OVERHEID("overheid", "government"),
    /** The participants themselves (course fees). */
    DEELNEMERS("deelnemers", "participants"),
    /** Another model of the same PPS: an internal transfer, not income of the PPS. */
    INTERN("intern", "internal");

    /** External payers, in the order of the engine's revenue-by-payer rows. */
    public static final int EXTERNAL = 4;

    private final String key;
    private final String english;

    Payer(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** The key as written in a scenario's {@code payers:}. */
    public String key() {
        return key;
    }

    /** The English name. */
    public String english() {
        return english;
    }

    /** Every key, in order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Payer::key).toList();
    }

    /** The payer with this key; IllegalArgumentException for an unknown key. */
    public static Payer of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }

    /** The partner group index (0..2) of a group payer, or -1 for participants and internal transfers. */
    public int group() {
        return ordinal() < 3 ? ordinal() : -1;
    }

    /** Whether the money comes from outside the PPS (everything but an internal transfer). */
    public boolean external() {
        return this != INTERN;
    }
}
