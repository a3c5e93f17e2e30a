/**
 * A portfolio of plans explored at once (ppsim explore FOLDER, and on Apache Spark): the plan is
 * the unit of work, seeded by its own file, so its answer does not depend on where it runs.
 */
package nl.ppsim.portfolio;
