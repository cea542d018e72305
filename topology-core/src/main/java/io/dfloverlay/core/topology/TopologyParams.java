package io.dfloverlay.core.topology;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The validated, typed parameters of one request for a registered kind: every given parameter
 * converted and range-checked, defaults filled in, aliases resolved to the parameter's name.
 * Getters for absent parameters throw a {@link ParamException}. Immutable.
 */
public final class TopologyParams {
    private final String kind;
    private final Map<String, Object> values;
    private final Map<String, ParamSpec> specs;
    private final TopologyInputs inputs;

    private TopologyParams(String kind, Map<String, Object> values, Map<String, ParamSpec> specs, TopologyInputs inputs) {
        this.kind = kind;
        this.values = Collections.unmodifiableMap(values);
        this.specs = specs;
        this.inputs = inputs;
    }

    /**
     * Validates a request against a kind's parameters. Entries whose value is null or a blank
     * string count as absent; an alias counts as its parameter.
     *
     * @param kind the kind's name, for errors
     * @param specs the kind's parameters
     * @param raw parameter name (or alias) to value (Number, Boolean, Duration or String)
     * @param inputs further inputs
     * @return the typed parameters
     * @throws ParamException for an unknown parameter, a missing required one, a malformed or
     *     out-of-range value, or a parameter given twice (by name and alias) with different values
     */
    public static TopologyParams of(String kind, List<ParamSpec> specs, Map<String, ?> raw, TopologyInputs inputs) {
        Map<String, ParamSpec> byName = new LinkedHashMap<>();
        for (ParamSpec s : specs) byName.put(s.name(), s);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> givenAs = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : (raw == null ? Map.<String, Object>of() : raw).entrySet()) {
            Object v = e.getValue();
            if (v == null || (v instanceof String str && str.isBlank())) continue;
            String key = e.getKey().strip();
            ParamSpec spec = specs.stream().filter(s -> s.answersTo(key)).findFirst().orElseThrow(() -> new ParamException(kind, key,
                    "is not a parameter (parameters: " + (specs.isEmpty() ? "none" : String.join(", ", byName.keySet())) + ")"));
            Object typed = spec.accept(kind, v);
            Object before = values.putIfAbsent(spec.name(), typed);
            if (before != null && !before.equals(typed))
                throw new ParamException(kind, spec.name(), "given as " + givenAs.get(spec.name()) + "=" + spec.type().format(before)
                        + " and as " + key + "=" + spec.type().format(typed));
            givenAs.putIfAbsent(spec.name(), key);
        }
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (ParamSpec s : specs) {
            Object v = values.get(s.name());
            if (v == null && s.required()) throw new ParamException(kind, s.name(), "is required (" + s.help() + ")");
            if (v == null) v = s.defaultValue();
            if (v != null) ordered.put(s.name(), v);
        }
        return new TopologyParams(kind, ordered, byName, inputs == null ? TopologyInputs.NONE : inputs);
    }

    /**
     * The kind's name.
     *
     * @return e.g. {@code "random-regular"}
     */
    public String kind() {
        return kind;
    }

    /**
     * Whether the parameter has a value (given or by default).
     *
     * @param name the parameter's name
     * @return true if present
     */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * An int parameter.
     *
     * @param name the parameter's name
     * @return its value
     * @throws ParamException if absent
     */
    public int intValue(String name) {
        return (Integer) require(name);
    }

    /**
     * A double parameter.
     *
     * @param name the parameter's name
     * @return its value
     * @throws ParamException if absent
     */
    public double doubleValue(String name) {
        return (Double) require(name);
    }

    /**
     * A boolean parameter.
     *
     * @param name the parameter's name
     * @return its value
     * @throws ParamException if absent
     */
    public boolean booleanValue(String name) {
        return (Boolean) require(name);
    }

    /**
     * A text parameter.
     *
     * @param name the parameter's name
     * @return its value
     * @throws ParamException if absent
     */
    public String text(String name) {
        return (String) require(name);
    }

    /**
     * A duration parameter.
     *
     * @param name the parameter's name
     * @return its value
     * @throws ParamException if absent
     */
    public Duration duration(String name) {
        return (Duration) require(name);
    }

    /**
     * The inputs beyond the scalar parameters.
     *
     * @param type the input's type
     * @param <T> the type
     * @return the input, if given
     */
    public <T> Optional<T> input(Class<T> type) {
        return inputs.get(type);
    }

    /**
     * The typed values present (given or default), in the kind's parameter order.
     *
     * @return name to Integer, Double, Boolean or Duration
     */
    public Map<String, Object> values() {
        return values;
    }

    /**
     * The values present as text, for file headers and run names ({@code budget=30s}).
     *
     * @return name to text, in the kind's parameter order
     */
    public Map<String, String> asText() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, specs.get(k).type().format(v)));
        return Collections.unmodifiableMap(out);
    }

    /**
     * An error about one of these parameters, for checks that involve several of them.
     *
     * @param name the parameter's name
     * @param problem what is wrong, completing "NAME ..."
     * @return the exception to throw
     */
    public ParamException problem(String name, String problem) {
        return new ParamException(kind, name, problem);
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            ParamSpec s = specs.get(name);
            throw problem(name, s == null ? "is not a parameter" : "is required (" + s.help() + ")");
        }
        return v;
    }
}
