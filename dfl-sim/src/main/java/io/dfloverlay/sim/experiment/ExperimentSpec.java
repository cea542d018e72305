package io.dfloverlay.sim.experiment;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dfloverlay.sim.config.ConfigException;
import io.dfloverlay.sim.config.RunConfigJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An experiment as a committed JSON file (see {@code docs/reproduce.md}): a base run config, axes
 * whose values override parts of it, the grid's cells (the product of the axes, minus
 * {@code exclude}d combinations, or only the listed {@code cells}), the seeds, the metrics reported
 * and a {@code smoke} version for CI. Read strictly: an unknown key or bad value is a
 * {@link ConfigException} naming its key path.
 *
 * @param name     a file-name-safe name (lower-case letters, digits, '-'), the default output directory
 * @param title    one line describing the experiment
 * @param kind     training, consensus or churn
 * @param base     partial run-config JSON tree shared by all cells (merged onto the defaults of {@code RunConfig.builder()})
 * @param axes     the grid's dimensions, at least one, names unique
 * @param exclude  combinations left out: each maps axis names to labels, and excludes every cell whose
 *                 label on each named axis is among those listed; absent: none
 * @param cells    when given, exactly these cells (each names a label of every axis), instead of the product
 * @param adjust   overrides for cells where axes meet, applied after the axes' (absent: none)
 * @param seeds    seeds per cell (1, 2, ..., seeds), at least 5
 * @param metrics  the metrics reported in the summary and table (names of {@link Metric}s of the kind)
 * @param consensus settings of a consensus experiment (absent: {@link ConsensusSettings#DEFAULT}); only for that kind
 * @param smoke    the small version CI runs
 */
public record ExperimentSpec(String name, String title, ExperimentKind kind, ObjectNode base, List<Axis> axes,
        List<Map<String, List<String>>> exclude, List<Map<String, String>> cells, List<Adjustment> adjust, Integer seeds, List<String> metrics,
        ConsensusSettings consensus, SmokeSettings smoke) {
    /** Fewest seeds of a full experiment. */
    public static final int MIN_SEEDS = 5;

    /**
     * Validates every part against the others (axis names, labels, metric names).
     *
     * @throws ConfigException naming the key path of the first problem
     */
    public ExperimentSpec {
        ConfigException.require(name != null && name.matches("[a-z0-9][a-z0-9-]*"), "name",
                "must be lower-case letters, digits and '-', got " + (name == null ? "nothing" : "'" + name + "'"));
        ConfigException.require(title != null && !title.isBlank(), "title", "missing");
        ConfigException.require(kind != null, "kind", "missing (training, consensus or churn)");
        base = base == null ? JsonNodeFactory.instance.objectNode() : base.deepCopy();
        ConfigException.require(axes != null && !axes.isEmpty(), "axes", "needs at least one axis");
        Map<String, Axis> byName = new LinkedHashMap<>();
        for (int i = 0; i < axes.size(); i++) {
            ConfigException.require(axes.get(i) != null, "axes." + i, "missing");
            ConfigException.require(byName.put(axes.get(i).name(), axes.get(i)) == null, "axes." + i + ".name",
                    "duplicate axis '" + axes.get(i).name() + "'");
        }
        axes = List.copyOf(axes);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        for (int i = 0; i < exclude.size(); i++) {
            ConfigException.require(exclude.get(i) != null && !exclude.get(i).isEmpty(), "exclude." + i, "needs at least one axis");
            for (var e : exclude.get(i).entrySet()) checkLabels(byName, "exclude." + i + "." + e.getKey(), e.getKey(), e.getValue());
        }
        exclude = exclude.stream().map(Map::copyOf).toList();
        if (cells != null) {
            ConfigException.require(!cells.isEmpty(), "cells", "needs at least one cell (or leave it out for the whole grid)");
            for (int i = 0; i < cells.size(); i++) {
                Map<String, String> c = cells.get(i);
                ConfigException.require(c != null && c.keySet().equals(byName.keySet()), "cells." + i,
                        "must name a label of each axis: " + String.join(", ", byName.keySet()));
                for (var e : c.entrySet()) checkLabels(byName, "cells." + i + "." + e.getKey(), e.getKey(), List.of(e.getValue()));
            }
            cells = cells.stream().map(Map::copyOf).toList();
        }
        adjust = adjust == null ? List.of() : List.copyOf(adjust);
        for (int i = 0; i < adjust.size(); i++)
            for (var e : adjust.get(i).when().entrySet()) checkLabels(byName, "adjust." + i + ".when." + e.getKey(), e.getKey(), e.getValue());
        ConfigException.require(seeds != null, "seeds", "missing");
        ConfigException.require(seeds >= MIN_SEEDS, "seeds", "must be at least " + MIN_SEEDS + ", got " + seeds);
        ConfigException.require(metrics != null && !metrics.isEmpty(), "metrics", "needs at least one of: " + Metric.names(kind));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < metrics.size(); i++) {
            String m = metrics.get(i);
            ConfigException.require(m != null && Metric.scalar(kind, m).isPresent(), "metrics." + i,
                    "unknown metric '" + m + "' for kind " + kind.label() + " (known: " + Metric.names(kind) + ")");
            ConfigException.require(seen.add(m), "metrics." + i, "duplicate metric '" + m + "'");
        }
        metrics = List.copyOf(metrics);
        ConfigException.require(consensus == null || kind == ExperimentKind.CONSENSUS, "consensus", "only for kind consensus");
        consensus = consensus == null ? ConsensusSettings.DEFAULT : consensus;
        ConfigException.require(smoke != null, "smoke", "missing (the small version CI runs)");
        for (var e : smoke.only().entrySet()) checkLabels(byName, "smoke.only." + e.getKey(), e.getKey(), e.getValue());
    }

    private static void checkLabels(Map<String, Axis> axes, String path, String axis, List<String> labels) {
        Axis a = axes.get(axis);
        ConfigException.require(a != null, path, "no axis named '" + axis + "' (axes: " + String.join(", ", axes.keySet()) + ")");
        ConfigException.require(labels != null && !labels.isEmpty(), path, "needs at least one label");
        for (String l : labels)
            ConfigException.require(a.value(l).isPresent(), path, "'" + l + "' is not a label of axis " + axis
                    + " (labels: " + String.join(", ", a.labels()) + ")");
    }

    /**
     * The base tree (a copy).
     *
     * @return the base tree (a copy)
     */
    @Override
    public ObjectNode base() {
        return base.deepCopy();
    }

    /**
     * The metrics reported, as {@link Metric}s.
     *
     * @return the metrics named by {@link #metrics()}, in order
     */
    public List<Metric> reportedMetrics() {
        return metrics.stream().map(m -> Metric.scalar(kind, m).orElseThrow()).toList();
    }

    /**
     * Parses a spec.
     *
     * @param json the JSON text
     * @return the validated spec
     * @throws ConfigException on malformed JSON or a bad key or value, naming its path
     */
    public static ExperimentSpec fromJson(String json) {
        return RunConfigJson.readStrictly(json, ExperimentSpec.class);
    }

    /**
     * Reads a spec file.
     *
     * @param file the file
     * @return the validated spec
     * @throws IOException when the file cannot be read
     * @throws ConfigException on a bad key or value, naming its path
     */
    public static ExperimentSpec read(Path file) throws IOException {
        return fromJson(Files.readString(file));
    }
}
