package nl.ppsim.stats;

/**
 * The difference between two probabilities estimated on the same iterations (common random
 * numbers): its paired standard error sd(a_i - b_i)/sqrt(n), and for comparison the standard error
 * the same difference would have from two independent runs.
 */
public record PairedDifference(double pA, double pB, double difference, double pairedSe, double independentSe, long n) {

    /** The paired difference of two outcomes observed on the same iterations. */
    public static PairedDifference of(boolean[] a, boolean[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException(
                    "paired samples need the same, non-zero length: " + a.length + " and " + b.length);
        }
        long n = a.length;
        long sa = 0;
        long sb = 0;
        long sd = 0;
        long sd2 = 0;
        for (int i = 0; i < a.length; i++) {
            int x = a[i] ? 1 : 0;
            int y = b[i] ? 1 : 0;
            sa += x;
            sb += y;
            sd += x - y;
            sd2 += (long) (x - y) * (x - y);
        }
        double pA = (double) sa / n;
        double pB = (double) sb / n;
        double d = (double) sd / n;
        double var = n > 1 ? (sd2 - n * d * d) / (n - 1) : 0;
        double paired = Math.sqrt(Math.max(0, var) / n);
        double independent = Math.sqrt(pA * (1 - pA) / n + pB * (1 - pB) / n);
        return new PairedDifference(pA, pB, d, paired, independent, n);
    }

    /** Half the width of the difference's 95% interval: 1.96 paired standard errors. */
    public double margin95() {
        return Proportion.Z975 * pairedSe;
    }

    /** The lower end of the 95% interval of the difference. */
    public double ciLow() {
        return difference - margin95();
    }

    /** The upper end of the 95% interval of the difference. */
    public double ciHigh() {
        return difference + margin95();
    }
}
