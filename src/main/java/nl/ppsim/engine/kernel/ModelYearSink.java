package nl.ppsim.engine.kernel;

/** Receives one business model's flows of one year for a chunk of iterations (the engine's per-model statistics). */
interface ModelYearSink {
    ModelYearSink NONE = (model, year, revenue, costs, inKind, overhead, runs, n) -> {};

    /**
     * The model ran in {@code runs} of the n iterations; flows of a model that did not run are 0
     * (or its wind-down cost). Revenue counts every payer (internal transfers too), costs are its
     * cash costs, in kind what partner groups carried, overhead its share of allocated lines (null for
     * a model that no line allocates to).
     */
    void accept(
            int model, int year, double[] revenue, double[] costs, double[] inKind, double[] overhead, int runs, int n);
}
