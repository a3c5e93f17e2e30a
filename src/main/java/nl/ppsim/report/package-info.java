/**
 * Words and number formats at the edge: every sentence (Dutch and English), CSV files, charts, the
 * HTML report and the report folder that never overwrites a user's file. The core below hands it
 * numbers and ids only.
 */
package nl.ppsim.report;
