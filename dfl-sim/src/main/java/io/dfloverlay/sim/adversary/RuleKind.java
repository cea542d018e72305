package io.dfloverlay.sim.adversary;

import io.dfloverlay.core.registry.Named;
import io.dfloverlay.core.topology.ParamSpec;
import io.dfloverlay.core.topology.TopologyParams;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A registered attack or aggregation rule: its name, aliases, one-line description, typed
 * parameters and a factory. Entries of {@link Attacks} and {@link Aggregators}.
 *
 * @param name        the name, lower case
 * @param aliases     other names it answers to
 * @param description one line: what it does
 * @param params      its parameters (validated like topology parameters)
 * @param factory     builds an instance from validated parameters
 * @param <T>         {@link Attack} or {@link Aggregator}
 */
public record RuleKind<T>(String name, List<String> aliases, String description, List<ParamSpec> params, Factory<T> factory)
        implements Named {
    /**
     * Builds a rule from validated parameters and the run's adversary settings.
     *
     * @param <T> the rule type
     */
    @FunctionalInterface
    public interface Factory<T> {
        /**
         * A new rule.
         *
         * @param params   the validated parameters (defaults filled in)
         * @param fraction the Byzantine fraction f of the run
         * @param seed     the adversary's seed
         * @return the rule
         */
        T create(TopologyParams params, double fraction, long seed);
    }

    /**
     * Copies the lists.
     */
    public RuleKind {
        aliases = List.copyOf(aliases);
        params = List.copyOf(params);
    }

    /**
     * Validates parameters against this kind.
     *
     * @param raw parameter name (or alias) to value; null for none
     * @return the typed parameters with defaults
     * @throws io.dfloverlay.core.topology.ParamException naming an unknown, malformed or out-of-range parameter
     */
    public TopologyParams validate(Map<String, ?> raw) {
        return TopologyParams.of(name, params, raw, null);
    }

    /**
     * A new rule of this kind.
     *
     * @param raw      parameter name (or alias) to value; null for none
     * @param fraction the Byzantine fraction f of the run
     * @param seed     the adversary's seed
     * @return the rule
     * @throws io.dfloverlay.core.topology.ParamException naming a bad parameter
     */
    public T create(Map<String, ?> raw, double fraction, long seed) {
        return factory.create(validate(raw), fraction, seed);
    }

    /**
     * One line for listings: name, parameters and description.
     *
     * @return e.g. {@code trimmed-mean [b: int >= 0, default 1: ...] - ...}
     */
    public String usage() {
        String ps = params.stream().map(p -> p.name() + ": " + p.summary()).collect(Collectors.joining("; "));
        return name + (ps.isEmpty() ? "" : " [" + ps + "]") + " - " + description;
    }
}
