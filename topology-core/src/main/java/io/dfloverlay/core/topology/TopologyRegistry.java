package io.dfloverlay.core.topology;

import io.dfloverlay.core.registry.NamedRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The one registry of topology kinds, used by the CLI ({@code generate}, {@code simulate},
 * {@code compare}, {@code churn}), the simulator and the README's table: the kinds of this module
 * ({@link CoreTopologies}) followed by those of every {@link TopologyProvider} on the class path
 * (ordered by provider class name), e.g. the spectral module's {@code near-optimal}. Names and
 * aliases are compared trimmed and case-insensitively. Loaded once; thread-safe.
 */
public final class TopologyRegistry {
    private TopologyRegistry() {}

    private static final class Loaded {
        static final NamedRegistry<TopologyKind> KINDS = new NamedRegistry<>("topology kind", load());
    }

    /**
     * Every registered kind, core kinds first.
     *
     * @return the kinds, unmodifiable
     */
    public static List<TopologyKind> kinds() {
        return Loaded.KINDS.all();
    }

    /**
     * The kinds' names (without aliases), in listing order.
     *
     * @return the names
     */
    public static List<String> names() {
        return Loaded.KINDS.names();
    }

    /**
     * The kind with this name or alias, if registered.
     *
     * @param nameOrAlias a kind name (any case)
     * @return the kind, or empty
     */
    public static Optional<TopologyKind> find(String nameOrAlias) {
        return Loaded.KINDS.find(nameOrAlias);
    }

    /**
     * The kind with this name or alias.
     *
     * @param nameOrAlias a kind name (any case)
     * @return the kind
     * @throws IllegalArgumentException for an unknown kind, listing the known ones
     */
    public static TopologyKind kind(String nameOrAlias) {
        return Loaded.KINDS.get(nameOrAlias);
    }

    /**
     * Builds a kind by name.
     *
     * @param nameOrAlias a kind name
     * @param params parameter name (or alias) to value (Number, Boolean, Duration or String)
     * @param inputs further inputs (a {@link ProgressSink}, data for data-aware kinds)
     * @return the topology
     * @throws IllegalArgumentException for an unknown kind, or bad parameters ({@link ParamException} for a single one)
     */
    public static Topology create(String nameOrAlias, Map<String, ?> params, TopologyInputs inputs) {
        return kind(nameOrAlias).create(params, inputs);
    }

    /**
     * Builds a kind by name without further inputs.
     *
     * @param nameOrAlias a kind name
     * @param params parameter name (or alias) to value
     * @return the topology
     * @throws IllegalArgumentException as {@link #create(String, Map, TopologyInputs)}
     */
    public static Topology create(String nameOrAlias, Map<String, ?> params) {
        return create(nameOrAlias, params, TopologyInputs.NONE);
    }

    private static List<TopologyKind> load() {
        List<TopologyKind> all = new ArrayList<>(new CoreTopologies().kinds());
        List<TopologyProvider> providers = new ArrayList<>();
        ServiceLoader.load(TopologyProvider.class, TopologyRegistry.class.getClassLoader()).forEach(providers::add);
        providers.sort(Comparator.comparing(p -> p.getClass().getName()));
        for (TopologyProvider p : providers) if (!(p instanceof CoreTopologies)) all.addAll(p.kinds());
        return List.copyOf(all);
    }
}
