package io.dfloverlay.sim.experiment;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dfloverlay.sim.config.ConfigException;
import java.util.List;
import java.util.Map;

/**
 * Overrides for the cells where several axes meet, e.g. EquiStatic's number of shifts m = d/2 for
 * each degree d: applied after the axes' own overrides to every cell whose label on each axis
 * named in {@code when} is among those listed.
 *
 * @param when      axis name to the labels it applies to (at least one axis)
 * @param overrides partial run-config JSON tree merged onto those cells
 */
public record Adjustment(Map<String, List<String>> when, ObjectNode overrides) {
    /**
     * Validates presence and copies.
     *
     * @throws ConfigException naming the bad key
     */
    public Adjustment {
        ConfigException.require(when != null && !when.isEmpty(), "when", "needs at least one axis");
        ConfigException.require(overrides != null, "overrides", "missing");
        when = Map.copyOf(when);
        overrides = overrides.deepCopy();
    }

    /**
     * The overrides (a copy).
     *
     * @return the overrides (a copy)
     */
    @Override
    public ObjectNode overrides() {
        return overrides == null ? JsonNodeFactory.instance.objectNode() : overrides.deepCopy();
    }

    /**
     * Whether the adjustment applies to a cell.
     *
     * @param labels the cell's axis labels
     * @return true when every axis in {@code when} has one of the listed labels
     */
    boolean appliesTo(Map<String, String> labels) {
        return ExperimentGrid.matches(when, labels);
    }
}
