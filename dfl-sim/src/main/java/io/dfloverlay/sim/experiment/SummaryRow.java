package io.dfloverlay.sim.experiment;

import java.util.Map;

/**
 * One metric of one cell, aggregated over its seeds.
 *
 * @param cell      the cell
 * @param metric    the metric
 * @param runs      the cell's runs
 * @param reached   runs with a value (for a censored metric: runs that reached the threshold)
 * @param stats     mean and 95% t interval over the runs with a value; for a censored metric only
 *                  when every run reached the threshold (else all NaN)
 * @param bound     for a censored metric not reached by every run, the rounds run (the mean is then
 *                  reported as "more than bound"); else 0
 * @param reference the reference cell's id, or null when the cell has none
 * @param paired    the paired comparison with the reference cell, or null when there is no
 *                  reference, fewer than 2 common seeds with values, or a censored metric not
 *                  reached by every run of both cells
 */
public record SummaryRow(ExperimentCell cell, Metric metric, int runs, int reached, MeanInterval stats, int bound,
        String reference, PairedComparison paired) {
    /**
     * The cell's labels.
     *
     * @return axis name to label
     */
    public Map<String, String> labels() {
        return cell.labels();
    }

    /**
     * Whether the mean is withheld because some run did not reach the threshold.
     *
     * @return true for a censored metric with {@code reached < runs}
     */
    public boolean censoredOut() {
        return metric.censored() && reached < runs;
    }
}
