package io.dfloverlay.sim.experiment;

import io.dfloverlay.sim.config.ConfigException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One dimension of an experiment's grid, e.g. the topology or the partition.
 *
 * @param name      the axis name (a column of {@code runs.csv}), e.g. {@code topology}
 * @param reference the label of the value other cells are compared with (paired on seeds), or null for none
 * @param values    the values, in order; labels unique
 */
public record Axis(String name, String reference, List<AxisValue> values) {
    /**
     * Validates the name, the values and the reference.
     *
     * @throws ConfigException naming the bad key
     */
    public Axis {
        ConfigException.require(name != null && !name.isBlank(), "name", "missing");
        ConfigException.require(name.matches("[A-Za-z][A-Za-z0-9_-]*"), "name", "must be a word (letters, digits, - or _), got '" + name + "'");
        ConfigException.require(values != null && !values.isEmpty(), "values", "needs at least one value");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            ConfigException.require(values.get(i) != null, "values." + i, "missing");
            ConfigException.require(seen.add(values.get(i).label()), "values." + i + ".label", "duplicate label '" + values.get(i).label() + "'");
        }
        ConfigException.require(reference == null || seen.contains(reference), "reference",
                "'" + reference + "' is not a label of this axis (labels: " + String.join(", ", labels(values)) + ")");
        values = List.copyOf(values);
    }

    /**
     * The labels of the values, in order.
     *
     * @return the labels
     */
    public List<String> labels() {
        return labels(values);
    }

    /**
     * The value labelled {@code label}.
     *
     * @param label a label
     * @return the value, or empty
     */
    public Optional<AxisValue> value(String label) {
        return values.stream().filter(v -> v.label().equals(label)).findFirst();
    }

    private static List<String> labels(List<AxisValue> values) {
        return values.stream().map(AxisValue::label).toList();
    }
}
