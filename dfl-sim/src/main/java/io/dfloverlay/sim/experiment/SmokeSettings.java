package io.dfloverlay.sim.experiment;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dfloverlay.sim.config.ConfigException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "smoke" version of an experiment, small enough for CI to run every spec in seconds: run-config
 * overrides merged last onto every cell (tiny n, few rounds, the embedded sample), fewer seeds, and
 * optionally only some labels of some axes.
 *
 * @param overrides partial run-config JSON tree merged onto every cell after the axes' overrides
 * @param seeds     seeds per cell, at least 2 (so that intervals exist)
 * @param only      axis name to the labels kept (axes not named keep all); absent: all
 */
public record SmokeSettings(ObjectNode overrides, Integer seeds, Map<String, List<String>> only) {
    /**
     * Validates the seeds and copies.
     *
     * @throws ConfigException naming the bad key
     */
    public SmokeSettings {
        ConfigException.require(seeds != null, "seeds", "missing");
        ConfigException.require(seeds >= 2, "seeds", "must be at least 2, got " + seeds);
        overrides = overrides == null ? JsonNodeFactory.instance.objectNode() : overrides.deepCopy();
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (only != null) only.forEach((k, v) -> {
            ConfigException.require(v != null && !v.isEmpty(), "only." + k, "needs at least one label");
            copy.put(k, List.copyOf(v));
        });
        only = Map.copyOf(copy);
    }

    /**
     * The smoke overrides (a copy).
     *
     * @return the smoke overrides (a copy)
     */
    @Override
    public ObjectNode overrides() {
        return overrides.deepCopy();
    }
}
