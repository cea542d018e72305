package io.dfloverlay.sim.experiment;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dfloverlay.sim.config.ConfigException;

/**
 * One value of an {@link Axis}: a label and the part of a run config it sets.
 *
 * @param label     the value's name in tables and CSV files, e.g. {@code dirichlet0.1}
 * @param overrides a partial run-config JSON tree merged onto the base (see {@link JsonMerge}); absent: nothing
 */
public record AxisValue(String label, ObjectNode overrides) {
    /**
     * Validates the label.
     *
     * @throws ConfigException {@code label: ...} when it is missing or holds a slash, comma or line break
     */
    public AxisValue {
        ConfigException.require(label != null && !label.isBlank(), "label", "missing");
        ConfigException.require(label.chars().noneMatch(c -> c == '/' || c == ',' || c == '\n' || c == '\r'), "label",
                "must not contain '/', ',' or a line break, got '" + label + "'");
        overrides = overrides == null ? JsonNodeFactory.instance.objectNode() : overrides.deepCopy();
    }

    /**
     * The overrides (a copy).
     *
     * @return the overrides (a copy)
     */
    @Override
    public ObjectNode overrides() {
        return overrides.deepCopy();
    }
}
