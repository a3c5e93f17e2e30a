package nl.ppsim.engine.result;

import nl.ppsim.stats.Proportion;

/**
 * A risk event across the iterations: the probability that it happens at least once in its years,
 * how often it happens on average, and (for a cost event) its mean total cost over all iterations
 * and when it happens. {@code impact} is cost, partner_exit or revenue_loss.
 */
public record EventResult(
        String name,
        String impact,
        Proportion happens,
        double meanOccurrences,
        double meanCost,
        double meanCostWhenItHappens) {}
