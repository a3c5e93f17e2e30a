/**
 * What a run finds, as numbers with their standard errors: the headline and its tests, each year's
 * metrics, the money by source, the business models, one-off items, risk events and the settlement
 * ({@link nl.ppsim.engine.result.SimulationResult}), and the inputs a compiled scenario samples.
 */
package nl.ppsim.engine.result;
