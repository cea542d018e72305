package io.dfloverlay.sim.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One cell of an experiment's grid: a label per axis and the run-config tree of its runs (without the seed).
 *
 * @param id     the labels joined by '/', in axis order (the {@code cell} column of the CSV files)
 * @param labels axis name to label, in axis order
 * @param config the complete run-config tree (defaults, base, the axes' overrides, smoke overrides)
 */
public record ExperimentCell(String id, Map<String, String> labels, ObjectNode config) {
    /** Validates presence and copies. */
    public ExperimentCell {
        Objects.requireNonNull(id, "id");
        labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        config = config.deepCopy();
    }

    /**
     * The run-config tree (a copy).
     *
     * @return the run-config tree (a copy)
     */
    @Override
    public ObjectNode config() {
        return config.deepCopy();
    }

    /**
     * The id of the cell with these labels.
     *
     * @param labels axis name to label, in axis order
     * @return the labels joined by '/'
     */
    static String idOf(Map<String, String> labels) {
        return String.join("/", labels.values());
    }
}
