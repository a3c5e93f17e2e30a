package nl.ppsim.report;

import java.awt.Color;

/**
 * One colour per funding source across all charts, from the Okabe-Ito palette (distinguishable
 * with the common forms of colour blindness). In-kind uses a light tint of its group's colour.
 */
public final class Palette {
    /** Subsidy (Okabe-Ito blue). */
    public static final Color SUBSIDY = new Color(0x00, 0x72, 0xB2);
    /** Education (Okabe-Ito orange). */
    public static final Color ONDERWIJS = new Color(0xE6, 0x9F, 0x00);
    /** Work field (Okabe-Ito bluish green). */
    public static final Color WERKVELD = new Color(0x00, 0x9E, 0x73);
    /** Government (Okabe-Ito reddish purple). */
    public static final Color OVERHEID = new Color(0xCC, 0x79, 0xA7);
    /** Earned revenue (Okabe-Ito vermillion). */
    public static final Color REVENUE = new Color(0xD5, 0x5E, 0x00);
    /** Text, lines and markers. */
    public static final Color NEUTRAL = new Color(0x33, 0x33, 0x33);
    /** A further series (Okabe-Ito sky blue). */
    public static final Color SKY = new Color(0x56, 0xB4, 0xE9);
    /** A further series (Okabe-Ito yellow). */
    public static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
    /** Background shading (the subsidy period). */
    public static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);
    /** For series without a source (business models): cycled in order. */
    private static final Color[] SERIES = {SUBSIDY, REVENUE, WERKVELD, ONDERWIJS, OVERHEID, SKY, NEUTRAL, YELLOW};

    /** The colour of series {@code k} without a source colour (business models), cycling through the series colours. */
    public static Color series(int k) {
        return SERIES[k % SERIES.length];
    }

    private Palette() {}

    /** The colours of the groups, by {@code Group.ordinal()}. */
    public static Color[] groups() {
        return new Color[] {ONDERWIJS, WERKVELD, OVERHEID};
    }

    /** A light tint (mix with white) for in-kind bars. */
    public static Color tint(Color c) {
        return new Color((c.getRed() + 2 * 255) / 3, (c.getGreen() + 2 * 255) / 3, (c.getBlue() + 2 * 255) / 3);
    }

    /** The colour with another opacity (0-255). */
    public static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
