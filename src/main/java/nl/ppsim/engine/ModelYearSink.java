package nl.ppsim.engine;

/** Receives one business model's flows of one year for a chunk of iterations (the engine's per-model statistics). */
interface ModelYearSink {
    ModelYearSink NONE = (model, year, revenue, costs, inKind, runs, n) -> { };

    /** The model ran in {@code runs} of the n iterations; flows of a model that did not run are 0 (or its wind-down cost). */
    void accept(int model, int year, double[] revenue, double[] costs, double[] inKind, int runs, int n);
}
