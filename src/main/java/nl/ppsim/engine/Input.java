package nl.ppsim.engine;

/**
 * One uncertain input of a scenario, named by its YAML path (e.g. {@code partners[1].cash_per_year}).
 * The path names the input's random stream and appears in errors and sensitivity reports.
 */
public record Input(String path, Distribution distribution) {

    public static Input constant(String path, double value) {
        return new Input(path, Distributions.constant(value));
    }

    public boolean isConstant() {
        return distribution.isConstant();
    }

    public double mean() {
        return distribution.mean();
    }
}
