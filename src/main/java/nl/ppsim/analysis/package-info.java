/**
 * Analyses that run the engine again or read a full trace: tornado, rank correlations,
 * conditional differences, goal seeking, precise runs and amounts in euros of the first year. They
 * return records of numbers.
 */
package nl.ppsim.analysis;
