package nl.ppsim.engine.kernel;

/** A source of yearly flows (subsidy, a partner, a line, a business model), applied to a chunk of iterations. */
interface Component {

    /** Adds this component's flows of the {@code n} iterations of the current chunk to the ledger. */
    void apply(Workspace w, int n, Ledger ledger);
}
