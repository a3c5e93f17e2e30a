/**
 * The simulation as a library without I/O: a scenario compiled to a plan, its flows booked year by
 * year in chunks of iterations (structure of arrays, one random stream per input), the accounting of
 * the sustainability criteria and the results with their standard errors.
 */
package nl.ppsim.engine;
