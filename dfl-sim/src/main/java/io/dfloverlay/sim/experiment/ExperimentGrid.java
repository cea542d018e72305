package io.dfloverlay.sim.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dfloverlay.sim.config.ConfigException;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.config.RunConfigJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Expands an {@link ExperimentSpec} into cells and run configs. A cell's config is the defaults of
 * {@link RunConfig#builder()}, then the spec's base, then each axis value's overrides in axis order,
 * then the matching {@link Adjustment}s in order, then (smoke only) the smoke overrides, merged by {@link JsonMerge}; a run is a cell with
 * {@code execution.seed} set, parsed by {@link RunConfigJson} (so the usual validation applies).
 */
public final class ExperimentGrid {
    private ExperimentGrid() {}

    /**
     * The cells of the experiment, in grid order (the first axis varies slowest).
     *
     * @param spec  the experiment
     * @param smoke whether to build the smoke version (smoke overrides, only its labels)
     * @return the cells; never empty
     * @throws ConfigException when exclusions or the smoke selection leave no cell
     */
    public static List<ExperimentCell> cells(ExperimentSpec spec, boolean smoke) {
        ObjectNode base = JsonMerge.merge((ObjectNode) RunConfigJson.toTree(RunConfig.builder().build()), spec.base());
        List<Map<String, String>> combos = spec.cells() != null ? spec.cells() : product(spec.axes());
        List<ExperimentCell> out = new ArrayList<>();
        for (Map<String, String> combo : combos) {
            Map<String, String> labels = new LinkedHashMap<>();
            for (Axis a : spec.axes()) labels.put(a.name(), combo.get(a.name()));
            if (spec.exclude().stream().anyMatch(rule -> matches(rule, labels))) continue;
            if (smoke && !matches(spec.smoke().only(), labels)) continue;
            ObjectNode config = base;
            for (Axis a : spec.axes()) config = JsonMerge.merge(config, a.value(labels.get(a.name())).orElseThrow().overrides());
            for (Adjustment a : spec.adjust()) if (a.appliesTo(labels)) config = JsonMerge.merge(config, a.overrides());
            if (smoke) config = JsonMerge.merge(config, spec.smoke().overrides());
            out.add(new ExperimentCell(ExperimentCell.idOf(labels), labels, config));
        }
        ConfigException.require(!out.isEmpty(), smoke ? "smoke.only" : "exclude", "no cell is left to run");
        return out;
    }

    /**
     * The run config of {@code cell} with seed {@code seed}.
     *
     * @param cell the cell
     * @param seed the seed ({@code execution.seed})
     * @return the validated config
     * @throws ConfigException {@code cell ID: key.path: problem} when the merged config is invalid
     */
    public static RunConfig config(ExperimentCell cell, long seed) {
        ObjectNode tree = cell.config();
        tree.withObjectProperty("execution").put("seed", seed);
        try {
            return RunConfigJson.fromJson(tree.toString());
        } catch (ConfigException e) {
            throw new ConfigException("", "cell " + cell.id() + ": " + e.getMessage());
        }
    }

    /**
     * The cell {@code cell} is compared with: the one with every axis that names a reference set to
     * that reference label (others unchanged).
     *
     * @param spec  the experiment
     * @param cell  a cell
     * @param cells all cells of the run
     * @return the reference cell, or empty when no axis names a reference, the cell is its own
     *     reference, or the reference cell is not in {@code cells}
     */
    public static Optional<ExperimentCell> reference(ExperimentSpec spec, ExperimentCell cell, List<ExperimentCell> cells) {
        Map<String, String> labels = new LinkedHashMap<>(cell.labels());
        for (Axis a : spec.axes()) if (a.reference() != null) labels.put(a.name(), a.reference());
        String id = ExperimentCell.idOf(labels);
        if (id.equals(cell.id())) return Optional.empty();
        return cells.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static List<Map<String, String>> product(List<Axis> axes) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Axis a : axes) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out)
                for (String label : a.labels()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(a.name(), label);
                    next.add(m);
                }
            out = next;
        }
        return out;
    }

    /** Whether the cell's label on each axis named in {@code rule} is among those listed there. */
    static boolean matches(Map<String, List<String>> rule, Map<String, String> labels) {
        return rule.entrySet().stream().allMatch(e -> e.getValue().contains(labels.get(e.getKey())));
    }
}
