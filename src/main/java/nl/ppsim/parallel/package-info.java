/** The one pool of worker threads of the process, shared by the engine's runs and the analyses. */
package nl.ppsim.parallel;
