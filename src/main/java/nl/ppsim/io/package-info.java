/**
 * Reading what users write, validated once at the edge: scenarios in YAML and in workbooks, the
 * shipped subsidy schemes, Dutch and English number forms, all through one safe YAML reader. Only
 * the report, the web app and the command line use it; the core below sees scenario values only.
 */
package nl.ppsim.io;
