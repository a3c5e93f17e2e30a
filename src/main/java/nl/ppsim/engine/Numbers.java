package nl.ppsim.engine;

import java.math.BigDecimal;

/** Locale-independent number text: shortest round-trip digits, never exponent notation. */
public final class Numbers {
    private Numbers() {
    }

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
}
