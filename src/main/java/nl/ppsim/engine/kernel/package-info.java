/**
 * The engine's work, behind the facade: a scenario compiled to a plan of sampled input slots and
 * flows, chunks of iterations sampled and booked in structure-of-arrays form on worker threads, the
 * year accounting of the sustainability criteria and the results assembled from block sums and
 * mergeable tallies. Its one door is {@link nl.ppsim.engine.kernel.Engine}; only the facade
 * ({@code nl.ppsim.engine}) uses it.
 */
package nl.ppsim.engine.kernel;
