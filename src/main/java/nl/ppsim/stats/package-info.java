/**
 * Estimators: proportions with their Wilson and Student-t intervals, paired differences, streaming
 * quantile sketches, summaries and ranks.
 */
package nl.ppsim.stats;
