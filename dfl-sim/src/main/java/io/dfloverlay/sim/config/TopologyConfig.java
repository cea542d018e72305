package io.dfloverlay.sim.config;

import io.dfloverlay.core.topology.ParamException;
import io.dfloverlay.sim.topology.Topologies;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The overlay of a run: a topology kind (a registry name such as {@code random-regular},
 * {@code ring}, {@code near-optimal}), n, d for kinds that take a degree, kind-specific parameters
 * and the mixing-weight scheme. The kind's typed parameters are checked against the topology
 * registry when the config is made ({@link Topologies#params}: an out-of-range value is reported at
 * its key path, e.g. {@code d: must be at least 3, got 2}, or {@code params.swaps: ...}); checks that
 * need the generator itself (e.g. n·d even) happen when the topology is built
 * ({@link Topologies#create}).
 *
 * @param kind    topology kind name
 * @param n       number of clients, at least 1
 * @param d       degree, or null for kinds without one; at least 1 when given
 * @param params  extra kind parameters as JSON scalars (numbers, booleans, strings); copied, sorted,
 *                integers as {@link Long} and other numbers as {@link Double}
 * @param weights mixing-weight scheme name: {@code uniform}, {@code mh}, {@code best-constant}, {@code lazy}
 */
public record TopologyConfig(String kind, int n, Integer d, Map<String, Object> params, String weights) {
    /**
     * Validates the generic ranges and copies the parameters.
     *
     * @throws ConfigException naming the key of a missing or out-of-range value
     */
    public TopologyConfig {
        ConfigException.require(kind != null && !kind.isBlank(), "kind", "missing");
        ConfigException.require(n >= 1, "n", "must be at least 1, got " + n);
        ConfigException.require(d == null || d >= 1, "d", "must be at least 1, got " + d);
        ConfigException.require(weights != null && !weights.isBlank(), "weights", "missing");
        TreeMap<String, Object> copy = new TreeMap<>();
        if (params != null) {
            params.forEach((k, v) -> {
                ConfigException.require(v instanceof Number || v instanceof Boolean || v instanceof String, "params." + k,
                        "must be a number, boolean or string");
                copy.put(k, v instanceof Number x ? normalized(x) : v);
            });
        }
        params = Collections.unmodifiableMap(copy);
        checkAgainstRegistry(kind, n, d, params);
    }

    /** Validates the kind's typed parameters; a {@link ParamException} becomes an error at its key path. */
    private static void checkAgainstRegistry(String kind, int n, Integer d, Map<String, Object> params) {
        try {
            Topologies.params(kind, n, d, params);
        } catch (ParamException e) {
            String key = e.param().equals("n") || e.param().equals("d") ? e.param() : "params." + e.param();
            throw new ConfigException(key, e.problem() + " (" + e.kind() + ")");
        } catch (IllegalArgumentException e) {
            throw new ConfigException("kind", e.getMessage());
        }
    }

    static Number normalized(Number x) {
        if (x instanceof Long || x instanceof Integer || x instanceof Short || x instanceof Byte) return x.longValue();
        if (x instanceof java.math.BigInteger b && b.bitLength() < 64) return b.longValue();
        return x.doubleValue();
    }
}
