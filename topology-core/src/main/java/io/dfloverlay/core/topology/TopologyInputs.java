package io.dfloverlay.core.topology;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Inputs a kind needs beyond its scalar parameters, keyed by type: a {@link ProgressSink}, or the
 * data a data-aware kind reads (e.g. the clients' label histograms). Immutable.
 *
 * @param values type to instance
 */
public record TopologyInputs(Map<Class<?>, Object> values) {
    /** No inputs. */
    public static final TopologyInputs NONE = new TopologyInputs(Map.of());

    /**
     * Copies the map and checks that every value is an instance of its key.
     *
     * @throws IllegalArgumentException if a value does not match its key
     */
    public TopologyInputs {
        for (Map.Entry<Class<?>, Object> e : values.entrySet())
            if (!e.getKey().isInstance(e.getValue()))
                throw new IllegalArgumentException("input " + e.getValue() + " is not a " + e.getKey().getSimpleName());
        values = Map.copyOf(values);
    }

    /**
     * These inputs and one more (replacing one of the same type).
     *
     * @param type the key
     * @param value the input
     * @param <T> its type
     * @return new inputs
     */
    public <T> TopologyInputs with(Class<T> type, T value) {
        Map<Class<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(value, "value"));
        return new TopologyInputs(copy);
    }

    /**
     * The input of a type, if given.
     *
     * @param type the key
     * @param <T> its type
     * @return the input or empty
     */
    public <T> Optional<T> get(Class<T> type) {
        return Optional.ofNullable(type.cast(values.get(type)));
    }
}
