/**
 * Scenario values (records only): partners, lines, business models, events, loans, subsidy schemes
 * as data, typed input identities and the notices a valid scenario still deserves. The readers that
 * build them live in {@code io}.
 */
package nl.ppsim.scenario;
