package nl.ppsim.scenario;

import java.util.List;

/**
 * What {@code ppsim explore} may choose (the scenario's {@code explore:} section): which of the
 * scenario's business models to include (from a list, at least {@code minModels} and at most
 * {@code maxModels}), and values to try for numeric inputs by YAML path; and what it aims at
 * ({@link Objective}). {@code delta} is the indifference zone (a route within it of the best counts
 * as as good: a difference of probabilities, or euro for a quantile of the final reserve) and
 * {@code alpha} the error the selection may make. A route may ask at most {@code maxCompanies} of
 * companies and {@code maxSubsidy} of the subsidy (mean totals over the horizon; NaN: no limit),
 * must keep the scheme's rules on its budget as planned when {@code schemeRules}, and the balance
 * between the partner groups when {@code balance}; {@code constraints} says where those are
 * written. With {@link Objective#LEAST_SUBSIDY} the aim is the least subsidy that reaches
 * probability {@code target}; with {@link Objective#RESERVE_QUANTILE} the highest
 * {@code quantile}-quantile of the final reserve. {@code searchEvaluations} caps the evaluations a
 * search of a continuous range may make.
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
        boolean schemeRules,
        boolean balance,
        Origin constraints,
        Objective objective,
        double target,
        double quantile,
        int searchEvaluations,
        Origin origin) {

    /** What the exploration aims at. */
    public enum Objective {
        /** The highest probability of verduurzaming. */
        P_VERDUURZAAMD("p_verduurzaamd"),
        /** The least subsidy that reaches a target probability. */
        LEAST_SUBSIDY("least_subsidy"),
        /** The highest quantile of the final reserve (a bad case the route must survive). */
        RESERVE_QUANTILE("reserve_quantile");

        private final String key;

        Objective(String key) {
            this.key = key;
        }

        /** The name in the scenario file. */
        public String key() {
            return key;
        }
    }

    /** Copies the lists. */
    public Exploration {
        models = List.copyOf(models);
        vary = List.copyOf(vary);
    }

    /** This exploration with at most {@code cap} draws a candidate and {@code search} evaluations in a search. */
    public Exploration withLimits(int cap, int search) {
        return new Exploration(
                models,
                minModels,
                maxModels,
                vary,
                delta,
                alpha,
                Math.min(maxIterations, cap),
                maxCompanies,
                maxSubsidy,
                schemeRules,
                balance,
                constraints,
                objective,
                target,
                quantile,
                Math.min(searchEvaluations, search),
                origin);
    }

    /** Whether any varied input is a continuous range that a search refines. */
    public boolean searches() {
        return vary.stream().anyMatch(Vary::continuous);
    }

    /** Where a decision is written (file, YAML path, line), for a message about it. */
    public record Origin(String file, String path, int line) {
        /** An error at this place, in Dutch and English. */
        public InvalidScenarioException error(String dutch, String english) {
            return new InvalidScenarioException(file, path, line, dutch, english);
        }
    }

    /**
     * The values to try for the input at {@code path}; a continuous range ({@code low} and
     * {@code high} not NaN) also lets a search try values between them. {@code model} is the
     * business model the input belongs to when the exploration chooses whether to include it (null
     * otherwise): a route without that model tries only the first value, since the others would
     * change nothing.
     */
    public record Vary(String path, List<Double> values, double low, double high, String model, Origin origin) {
        /** Copies the values. */
        public Vary {
            values = List.copyOf(values);
        }

        /** Values to try and nothing else, for an input no chosen model holds. */
        public Vary(String path, List<Double> values, Origin origin) {
            this(path, values, Double.NaN, Double.NaN, null, origin);
        }

        /** Whether the value matters in a route with these models. */
        public boolean mattersWith(List<String> routeModels) {
            return model == null || routeModels.contains(model);
        }

        /** Whether a search may try any value between {@code low} and {@code high}. */
        public boolean continuous() {
            return !Double.isNaN(low);
        }
    }
}
