/**
 * The catalog of the handbook's business models: parameters with their units, defaults and sources,
 * one formula per step, who pays and who carries each cost, cost types and VAT classes.
 */
package nl.ppsim.model;
