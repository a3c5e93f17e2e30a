package nl.ppsim.stats;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.DDSketches;

/**
 * Streaming quantiles with a relative-accuracy guarantee (DDSketch): memory grows with the range
 * of the values, not with their number. Bucket counts are whole numbers, so merging partial
 * sketches gives the same result in any order: results do not depend on how iterations were
 * spread over threads. Quantiles are clamped to the exact minimum and maximum, so a quantity that
 * never varies is reported exactly.
 */
public final class QuantileSketch {
    /** Every reported quantile lies within 0.2% (relative) of a sample value of that rank. */
    public static final double RELATIVE_ACCURACY = 0.002;

    private final DDSketch sketch = DDSketches.unboundedDense(RELATIVE_ACCURACY);
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private long count;

    public void accept(double x) {
        sketch.accept(x);
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
        count++;
    }

    public void merge(QuantileSketch other) {
        if (other.count == 0) {
            return;
        }
        sketch.mergeWith(other.sketch);
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        count += other.count;
    }

    public long count() {
        return count;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double quantile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        if (min == max || p <= 0) {
            return min;
        }
        if (p >= 1) {
            return max;
        }
        double q = sketch.getValueAtQuantile(p);
        return Math.max(min, Math.min(max, q));
    }
}
