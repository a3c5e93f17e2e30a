/**
 * The benchmark's yardstick ({@code ppsim bench --limit}): the least work any Monte Carlo engine
 * must do for a plan's draws, to say how far the engine is from that limit.
 */
package nl.ppsim.bench;
