package io.dfloverlay.core.topology;

import io.dfloverlay.core.registry.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One registered topology kind: its name, other names it answers to, a one-line description,
 * whether it is time-varying, its typed parameters and how to build it.
 *
 * @param name the kind's name, lower case, e.g. {@code random-regular}
 * @param aliases other accepted names, e.g. {@code static-exponential} for {@code exponential}
 * @param description one line: what it builds
 * @param timeVarying whether it builds a {@link Topology.Varying}
 * @param params its parameters, in listing order
 * @param factory builds it from validated parameters
 */
public record TopologyKind(String name, List<String> aliases, String description, boolean timeVarying, List<ParamSpec> params,
        TopologyFactory factory) implements Named {

    /**
     * Copies the lists and checks the parameters' names; the kind's own names and description are
     * checked by the {@link TopologyRegistry}.
     *
     * @throws IllegalArgumentException if two parameters share a name or alias
     */
    public TopologyKind {
        Objects.requireNonNull(factory, "factory");
        aliases = List.copyOf(aliases);
        params = List.copyOf(params);
        Set<String> seen = new HashSet<>();
        for (ParamSpec p : params)
            for (String key : concat(p.name(), p.aliases()))
                if (!seen.add(key)) throw new IllegalArgumentException(name + ": parameter name " + key + " used twice");
    }

    /**
     * A static kind.
     *
     * @param name the name
     * @param description one line
     * @param params the parameters
     * @param factory returns a {@link Topology.Fixed} or a {@link Topology.Weighted}
     * @return the kind, without aliases
     */
    public static TopologyKind fixed(String name, String description, List<ParamSpec> params, TopologyFactory factory) {
        return new TopologyKind(name, List.of(), description, false, params, factory);
    }

    /**
     * A time-varying kind.
     *
     * @param name the name
     * @param description one line
     * @param params the parameters
     * @param factory returns a {@link Topology.Varying}
     * @return the kind, without aliases
     */
    public static TopologyKind varying(String name, String description, List<ParamSpec> params, TopologyFactory factory) {
        return new TopologyKind(name, List.of(), description, true, params, factory);
    }

    /**
     * This kind answering to more names as well.
     *
     * @param more further names
     * @return a new kind
     */
    public TopologyKind alias(String... more) {
        return new TopologyKind(name, concat(null, aliases, more), description, timeVarying, params, factory);
    }

    /**
     * The parameter that answers to {@code key} (its name or an alias).
     *
     * @param key a parameter name
     * @return the spec, if any
     */
    public Optional<ParamSpec> param(String key) {
        return params.stream().filter(p -> p.answersTo(key)).findFirst();
    }

    /**
     * Validates a request without building anything.
     *
     * @param raw parameter name (or alias) to value (Number, Boolean, Duration or String; null or blank: absent)
     * @param inputs further inputs
     * @return the typed parameters
     * @throws ParamException naming the parameter if one is unknown, missing, malformed or out of range
     */
    public TopologyParams parse(Map<String, ?> raw, TopologyInputs inputs) {
        return TopologyParams.of(name, params, raw, inputs);
    }

    /**
     * Builds this kind.
     *
     * @param raw parameter name (or alias) to value (Number, Boolean, Duration or String; null or blank: absent)
     * @param inputs further inputs, e.g. a {@link ProgressSink}
     * @return the topology
     * @throws ParamException naming the parameter if one is unknown, missing, malformed or out of range
     * @throws IllegalArgumentException if the parameters do not fit together; the message starts with the kind's name
     */
    public Topology create(Map<String, ?> raw, TopologyInputs inputs) {
        TopologyParams p = parse(raw, inputs);
        Topology t;
        try {
            t = factory.create(p);
        } catch (ParamException | MissingInputException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.startsWith(name)) throw e;
            throw new IllegalArgumentException(name + ": " + msg, e);
        }
        if (t instanceof Topology.Varying != timeVarying)
            throw new IllegalStateException(name + " built a " + (timeVarying ? "static" : "time-varying") + " topology");
        return t;
    }

    /**
     * Builds this kind without further inputs.
     *
     * @param raw parameter name (or alias) to value
     * @return the topology
     * @throws IllegalArgumentException as {@link #create(Map, TopologyInputs)}
     */
    public Topology create(Map<String, ?> raw) {
        return create(raw, TopologyInputs.NONE);
    }

    private static List<String> concat(String first, List<String> rest, String... more) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>();
        if (first != null) all.add(first);
        all.addAll(rest);
        all.addAll(List.of(more));
        return all;
    }
}
