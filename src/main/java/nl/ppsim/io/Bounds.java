package nl.ppsim.io;

import nl.ppsim.dist.Distribution;
import nl.ppsim.dist.Numbers;

/**
 * The ranges the domain allows, checked once when a scenario is read, so that every draw the
 * engine can make is a finite number in a meaningful range. A distribution is judged on the
 * draws the engine can actually make: its quantiles at the smallest and largest uniform
 * ({@link Distribution#U_MIN}, {@link Distribution#U_MAX}), so that an unbounded distribution
 * (normal) is fine where its tails cannot reach nonsense, and refused where they can.
 */
final class Bounds {
    /** Largest amount (euro per year) or count: a thousand billion, far above any PPS budget, far below overflow. */
    static final double MAX_AMOUNT = 1e12;
    /** Amounts are judged at this quantile: a draw above {@link #MAX_AMOUNT} may happen at most once in a billion. */
    static final double AMOUNT_QUANTILE = 1 - 1e-9;
    /** Growth per year: every draw between -100% and +100%. */
    static final double MIN_GROWTH = -1;

    static final double MAX_GROWTH = 1;

    private Bounds() {}

    /** The smallest draw the engine can make from {@code d}. */
    static double lowest(Distribution d) {
        return d.isConstant() ? d.mean() : Math.min(d.quantile(Distribution.U_MIN), d.quantile(0.5));
    }

    /** The largest draw the engine can make from {@code d}. */
    static double highest(Distribution d) {
        return d.isConstant() ? d.mean() : Math.max(d.quantile(Distribution.U_MAX), d.quantile(0.5));
    }

    /** An amount or count: finite draws, at most {@link #MAX_AMOUNT} except with probability 1e-9. */
    static void amount(YamlNode node, Distribution d) {
        double lo = lowest(d);
        double hi = highest(d);
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            throw node.error(
                    d.describe() + " kan trekkingen geven die niet eindig zijn; geef een kleinere bandbreedte",
                    d.describe() + " can give draws that are not finite; give a narrower range");
        }
        double likely = d.isConstant() ? d.mean() : d.quantile(AMOUNT_QUANTILE);
        if (!(d.mean() <= MAX_AMOUNT) || !(likely <= MAX_AMOUNT) || !(lo >= -MAX_AMOUNT)) {
            throw node.error(
                    "te groot: " + d.describe() + "; ppsim rekent met bedragen en aantallen tot "
                            + Numbers.brief(MAX_AMOUNT) + " (duizend miljard) per jaar",
                    "too large: " + d.describe() + "; ppsim computes with amounts" + " and counts up to "
                            + Numbers.brief(MAX_AMOUNT) + " (a million million) a year");
        }
    }

    /**
     * Most of an amount's probability mass that may lie below zero. The engine counts a negative
     * draw of an amount as 0, so an unbounded distribution (normal) with much mass below zero is
     * silently a different distribution with a higher mean: normal(1000; 5000) has mean 1000 but
     * ppsim would compute with about 2500. Up to 5% the mean rises by at most 0.02 standard
     * deviations (about 1% of the mean); above it the plan surely meant something else.
     */
    static final double MAX_NEGATIVE_SHARE = 0.05;

    /** Refuses an amount whose distribution puts more than {@link #MAX_NEGATIVE_SHARE} of its mass below zero, saying how much and what it does to the mean. */
    static void negativeShare(YamlNode node, Distribution d) {
        if (d.isConstant() || !(lowest(d) < 0)) {
            return;
        }
        double below = shareBelowZero(d);
        if (below <= MAX_NEGATIVE_SHARE) {
            return;
        }
        int n = 20_000;
        double cut = 0;
        for (int k = 0; k < n; k++) {
            cut += Math.max(0, d.quantile((k + 0.5) / n));
        }
        cut /= n;
        long share = Math.round(below * 100);
        throw node.error(
                d.describe() + " legt " + share
                        + "% van zijn kans onder nul; die trekkingen tellen als 0, zodat ppsim met een gemiddelde van "
                        + Numbers.plain(Math.round(cut)) + " zou rekenen in plaats van "
                        + Numbers.plain(Math.round(d.mean())) + ". Kies een verdeling die niet negatief kan worden"
                        + " (lognormal, triangular, pert, range90) of een kleinere standaardafwijking; hoogstens "
                        + Math.round(MAX_NEGATIVE_SHARE * 100)
                        + "% onder nul mag",
                d.describe() + " puts " + share
                        + "% of its probability below zero; those draws count as 0, so ppsim would"
                        + " compute with a mean of " + Numbers.plain(Math.round(cut)) + " instead of "
                        + Numbers.plain(Math.round(d.mean())) + ". Choose a distribution that cannot"
                        + " become negative (lognormal, triangular, pert, range90) or a smaller standard deviation; at most "
                        + Math.round(MAX_NEGATIVE_SHARE * 100) + "% below zero is allowed");
    }

    /** P(X &lt; 0), found by bisection on the quantile function (distributions are sampled by inversion). */
    static double shareBelowZero(Distribution d) {
        double lo = Distribution.U_MIN;
        double hi = Distribution.U_MAX;
        if (d.quantile(hi) < 0) {
            return 1;
        }
        for (int k = 0; k < 80 && hi - lo > 1e-12; k++) {
            double mid = (lo + hi) / 2;
            if (d.quantile(mid) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A plain number that may be negative (an initial reserve): at most {@link #MAX_AMOUNT} either way. */
    static double signedAmount(YamlNode node) {
        double x = node.number();
        if (!(Math.abs(x) <= MAX_AMOUNT)) {
            throw node.error(
                    "te groot: " + Numbers.brief(x) + "; ppsim rekent met bedragen tot " + Numbers.brief(MAX_AMOUNT)
                            + " (duizend miljard)",
                    "too large: " + Numbers.brief(x) + "; ppsim computes with amounts up to "
                            + Numbers.brief(MAX_AMOUNT) + " (a million million)");
        }
        return x;
    }

    /** Growth per year: every draw in [-1, 1]. */
    static void growth(YamlNode node, Distribution d) {
        double lo = lowest(d);
        double hi = highest(d);
        if (!(lo >= MIN_GROWTH) || !(hi <= MAX_GROWTH)) {
            throw node.error(
                    "groei is een fractie per jaar (0.02 = 2%) en elke trekking moet tussen -1 en 1 liggen (-100% en +100%);"
                            + " " + d.describe() + " kan trekkingen van " + Numbers.brief(round(lo)) + " tot "
                            + Numbers.brief(round(hi))
                            + " geven. Gebruik een begrensde verdeling, bv. {triangular: [-0.02, 0.02, 0.05]}",
                    "growth is a fraction per year (0.02 = 2%)"
                            + " and every draw must lie between -1 and 1 (-100% and +100%); " + d.describe()
                            + " can give draws from "
                            + Numbers.brief(round(lo)) + " to " + Numbers.brief(round(hi))
                            + ". Use a bounded distribution, e.g. {triangular: [-0.02, 0.02, 0.05]}");
        }
    }

    private static double round(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        return Math.round(x * 100) / 100.0;
    }
}
