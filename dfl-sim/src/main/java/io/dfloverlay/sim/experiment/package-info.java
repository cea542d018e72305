/**
 * Experiments rerun from a JSON spec ({@code overlay reproduce}): {@link io.dfloverlay.sim.experiment.ExperimentSpec}
 * (base config, axes, exclusions, seeds, metrics, smoke overrides), its expansion into cells
 * ({@link io.dfloverlay.sim.experiment.ExperimentGrid}), a resumable runner writing one row per
 * run to {@code runs.csv} ({@link io.dfloverlay.sim.experiment.ExperimentRunner}), and the
 * statistics (t intervals, paired t tests, censored rounds-to-target) of
 * {@link io.dfloverlay.sim.experiment.ExperimentSummary}.
 */
package io.dfloverlay.sim.experiment;
