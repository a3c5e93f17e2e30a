/**
 * Distributions and their quantile functions, and the uncertain inputs of a scenario: the ground
 * every other package stands on, with {@code stats}.
 */
package nl.ppsim.dist;
