package io.dfloverlay.sim.config;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.dfloverlay.core.topology.ParamException;
import io.dfloverlay.sim.adversary.Aggregators;
import io.dfloverlay.sim.adversary.Attacks;
import io.dfloverlay.sim.adversary.RuleKind;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adversarial clients and the gossip defence of a run. A share {@code fraction} of the clients
 * ({@code ⌊f·n⌋}, chosen by {@code seed}) is Byzantine and sends what the {@code attack} computes;
 * honest clients combine what they receive with the {@code aggregator}. Attack and aggregator are
 * registry names ({@link Attacks}, {@link Aggregators}); their typed parameters are checked here
 * and reported at their key path, e.g. {@code aggregatorParams.b: must be at least 0}. Checks that
 * need the topology (an aggregator that cannot work at its degree) happen when the run is built.
 *
 * @param fraction         the Byzantine share f, in [0, 0.5)
 * @param attack           the attack's name (null: {@code none}); stored as its canonical name
 * @param attackParams     the attack's parameters (JSON scalars; null: none)
 * @param aggregator       the aggregator's name (null: {@code mean}, plain gossip); stored canonical
 * @param aggregatorParams the aggregator's parameters (JSON scalars; null: none)
 * @param seed             seed of the Byzantine choice and the attack's randomness, or null to derive
 *                         it from the run's seed
 */
public record AdversaryConfig(Double fraction, String attack, Map<String, Object> attackParams, String aggregator,
        Map<String, Object> aggregatorParams, Long seed) {
    /**
     * Validates the fraction, the names and the parameters.
     *
     * @throws ConfigException naming the key of a missing, unknown or out-of-range value
     */
    public AdversaryConfig {
        ConfigException.require(fraction != null, "fraction", "missing (the Byzantine share f in [0, 0.5))");
        ConfigException.require(fraction >= 0 && fraction < 0.5, "fraction",
                "must be in [0, 0.5) (Byzantine clients must be a minority), got " + ConfigSyntax.number(fraction));
        RuleKind<?> a = kind("attack", attack == null ? "none" : attack, Attacks::kind);
        RuleKind<?> g = kind("aggregator", aggregator == null ? Aggregators.MEAN : aggregator, Aggregators::kind);
        attack = a.name();
        aggregator = g.name();
        attackParams = checked(a, "attackParams", attackParams);
        aggregatorParams = checked(g, "aggregatorParams", aggregatorParams);
    }

    /**
     * An adversary with default parameters and a derived seed.
     *
     * @param fraction   the Byzantine share f
     * @param attack     the attack's name
     * @param aggregator the aggregator's name
     * @return the validated config
     * @throws ConfigException naming the bad value
     */
    public static AdversaryConfig of(double fraction, String attack, String aggregator) {
        return new AdversaryConfig(fraction, attack, null, aggregator, null, null);
    }

    /**
     * Whether this adversary changes nothing: no Byzantine client and plain gossip.
     *
     * @return true when the run is equivalent to an honest one with plain gossip
     */
    @JsonIgnore
    public boolean isInert() {
        return fraction == 0 && aggregator.equals(Aggregators.MEAN);
    }

    private static RuleKind<?> kind(String key, String name, java.util.function.Function<String, RuleKind<?>> lookup) {
        try {
            return lookup.apply(name);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key, e.getMessage());
        }
    }

    private static Map<String, Object> checked(RuleKind<?> kind, String key, Map<String, Object> raw) {
        TreeMap<String, Object> copy = new TreeMap<>();
        if (raw != null) {
            raw.forEach((k, v) -> {
                ConfigException.require(v instanceof Number || v instanceof Boolean || v instanceof String, key + "." + k,
                        "must be a number, boolean or string");
                copy.put(k, v instanceof Number x ? TopologyConfig.normalized(x) : v);
            });
        }
        try {
            kind.validate(copy);
        } catch (ParamException e) {
            throw new ConfigException(key + "." + e.param(), e.problem() + " (" + e.kind() + ")");
        }
        return Collections.unmodifiableMap(copy);
    }
}
