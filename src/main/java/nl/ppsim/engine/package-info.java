/**
 * The simulation as a library without I/O, through a small facade: {@link nl.ppsim.engine.Simulation}
 * for a plain run, {@link nl.ppsim.engine.CompiledScenario} for a scenario compiled once and run
 * as often as needed (rounds, held runs, variants), {@link nl.ppsim.engine.Inputs} for the inputs
 * a scenario samples. What a run is asked is in {@code settings}, what it finds in {@code result};
 * the work itself is done in {@code kernel}, which only this facade uses.
 */
package nl.ppsim.engine;
