package nl.ppsim.model;

/** A business model's money logic for one year: parameters (indexed as in the catalog) in, flows out. */
@FunctionalInterface
public interface Formula {
    void year(double[] p, ModelYear year, Flows out);
}
