package nl.ppsim.dist;

import java.math.BigDecimal;

/** Locale-independent number text: shortest round-trip digits, never exponent notation. */
public final class Numbers {
    private Numbers() {}

    /** {@code 250000.0 -> "250000"}, {@code 0.1 -> "0.1"}, {@code 1e-7 -> "0.0000001"}; NaN and infinities as Java writes them. */
    public static String plain(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /**
     * For messages and descriptions: {@link #plain} for ordinary magnitudes (1e-6 to 1e15), and
     * shortest scientific notation beyond ({@code 1e308}), so that an extreme value is not echoed
     * as hundreds of digits.
     */
    public static String brief(double x) {
        double a = Math.abs(x);
        if (!Double.isFinite(x) || x == 0 || (a >= 1e-6 && a < 1e15)) {
            return plain(x);
        }
        return Double.toString(x).replace("E", "e").replace(".0e", "e");
    }
}
