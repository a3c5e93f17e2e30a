/**
 * Scenario values (records) and their validation once, at the edge: the YAML and workbook readers,
 * subsidy schemes as data, and the notices a valid scenario still deserves.
 */
package nl.ppsim.scenario;
