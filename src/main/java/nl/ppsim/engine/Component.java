package nl.ppsim.engine;

/** A source of yearly flows (subsidy, a partner, a line, a business model) for one iteration. */
interface Component {

    /** Adds this component's flows of iteration {@code i} of the current block to the ledger. */
    void apply(Workspace w, int i, Ledger ledger);
}
