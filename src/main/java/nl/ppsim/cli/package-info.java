/**
 * The command line: picocli commands, the choice of language, error handling and exit codes. The top
 * layer: it may use every package below it, none uses it.
 */
package nl.ppsim.cli;
