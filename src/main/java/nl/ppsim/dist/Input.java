package nl.ppsim.dist;

/**
 * One uncertain input of a scenario, named by its YAML path (e.g. {@code partners[1].cash_per_year}).
 * The path names the input's random stream and appears in errors, sensitivity reports and the
 * assumption register; {@code source} says where the figure comes from (null when not given).
 * {@code persistence} (0 to below 1) is the lag-1 correlation of the normal scores of consecutive
 * years for an input drawn anew each year (an AR(1) process, so each year keeps the distribution
 * given); 0 draws the years independently.
 */
public record Input(String path, Distribution distribution, String source, double persistence) {

    /**
     * The source of a business-model parameter the scenario left at its catalog default: a marker,
     * not words (the presentation says "catalog default (illustrative)" in the reader's language).
     */
    public static final String CATALOG_DEFAULT = "ppsim:catalog-default";

    /** Checks the persistence lies in [0, 1). */
    public Input {
        if (!(persistence >= 0 && persistence < 1)) {
            throw new IllegalArgumentException("persistence must lie in [0, 1), got " + persistence);
        }
    }

    /** An input drawn independently each year (no persistence). */
    public Input(String path, Distribution distribution, String source) {
        this(path, distribution, source, 0);
    }

    /** An input without a stated source. */
    public Input(String path, Distribution distribution) {
        this(path, distribution, null);
    }

    /** An input that always has {@code value}. */
    public static Input constant(String path, double value) {
        return new Input(path, Distributions.constant(value));
    }

    /** True for a business-model parameter at its catalog default (see {@link #CATALOG_DEFAULT}). */
    public boolean catalogDefault() {
        return CATALOG_DEFAULT.equals(source);
    }

    /** True when the scenario says where the figure comes from (a catalog default does not count). */
    public boolean hasSource() {
        return source != null && !source.isBlank() && !CATALOG_DEFAULT.equals(source);
    }

    /** True when every draw gives the same value. */
    public boolean isConstant() {
        return distribution.isConstant();
    }

    /** The mean of the input's distribution. */
    public double mean() {
        return distribution.mean();
    }

    /** The same input with another distribution (a run's override). */
    public Input withDistribution(Distribution d) {
        return new Input(path, d, source, persistence);
    }

    /** The same input with another persistence between years. */
    public Input withPersistence(double p) {
        return new Input(path, distribution, source, p);
    }
}
