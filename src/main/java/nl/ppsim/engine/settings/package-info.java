/**
 * What a run is asked: its iterations, seed, threads, overrides, sampling, trace and quantiles
 * ({@link nl.ppsim.engine.settings.RunSettings}), the inputs held at a value
 * ({@link nl.ppsim.engine.settings.Hold}) and who hears its progress.
 */
package nl.ppsim.engine.settings;
