/**
 * A reviewer's checks of a plan against a subsidy scheme and on the credibility of its
 * verduurzaming, and rounds of plans: {@code Check} values with numbers and ids, no words.
 */
package nl.ppsim.check;
