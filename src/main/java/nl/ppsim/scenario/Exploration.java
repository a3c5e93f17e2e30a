package nl.ppsim.scenario;

import java.util.List;

/**
 * What {@code ppsim explore} may choose (the scenario's {@code explore:} section): which of the
 * scenario's business models to include (from a list, at least {@code minModels} and at most
 * {@code maxModels}), and values to try for numeric inputs by YAML path; the objective is the
 * probability of verduurzaming. {@code delta} is the indifference zone (a route within it of the
 * best counts as as good) and {@code alpha} the error the selection may make. A route may ask at
 * most {@code maxCompanies} of companies and {@code maxSubsidy} of the subsidy (mean totals over
 * the horizon; NaN: no limit); {@code constraints} says where those limits are written. With a
 * {@code target} (not NaN) the objective is instead the least subsidy that reaches that probability.
 */
public record Exploration(
        List<String> models,
        int minModels,
        int maxModels,
        List<Vary> vary,
        double delta,
        double alpha,
        int maxIterations,
        double maxCompanies,
        double maxSubsidy,
        Origin constraints,
        double target,
        Origin origin) {

    /** Copies the lists. */
    public Exploration {
        models = List.copyOf(models);
        vary = List.copyOf(vary);
    }

    /** Where a decision is written (file, YAML path, line), for a message about it. */
    public record Origin(String file, String path, int line) {
        /** An error at this place, in Dutch and English. */
        public InvalidScenarioException error(String dutch, String english) {
            return new InvalidScenarioException(file, path, line, dutch, english);
        }
    }

    /** The values to try for the input at {@code path}. */
    public record Vary(String path, List<Double> values, Origin origin) {
        /** Copies the values. */
        public Vary {
            values = List.copyOf(values);
        }
    }
}
