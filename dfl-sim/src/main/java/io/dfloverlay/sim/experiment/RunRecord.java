package io.dfloverlay.sim.experiment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One finished run of an experiment: a row of {@code runs.csv}.
 *
 * @param cell   the cell id
 * @param seed   the run's seed
 * @param rounds the rounds the run was configured for (the censoring bound of rounds-to-threshold metrics)
 * @param values scalar metrics; a censored metric the run did not reach, or one that does not apply, is absent
 * @param series per-round series by metric: round to value
 */
public record RunRecord(String cell, long seed, int rounds, Map<Metric, Double> values, Map<Metric, SortedMap<Integer, Double>> series) {
    /** Validates presence and copies. */
    public RunRecord {
        Objects.requireNonNull(cell, "cell");
        EnumMap<Metric, Double> v = new EnumMap<>(Metric.class);
        values.forEach((k, x) -> {
            if (x != null && !Double.isNaN(x)) v.put(k, x);
        });
        values = Collections.unmodifiableMap(v);
        EnumMap<Metric, SortedMap<Integer, Double>> s = new EnumMap<>(Metric.class);
        series.forEach((k, x) -> s.put(k, Collections.unmodifiableSortedMap(new TreeMap<>(x))));
        series = Collections.unmodifiableMap(s);
    }

    /**
     * The value of {@code metric}.
     *
     * @param metric a scalar metric
     * @return the value, or NaN when absent (not reached, or not applicable)
     */
    public double value(Metric metric) {
        return values.getOrDefault(metric, Double.NaN);
    }

    /**
     * Whether this record is the run of {@code cell} with {@code seed}.
     *
     * @param cell a cell id
     * @param seed a seed
     * @return true when both match
     */
    public boolean isRun(String cell, long seed) {
        return this.cell.equals(cell) && this.seed == seed;
    }
}
