package io.dfloverlay.core.topology;

import java.util.List;

/**
 * A module that contributes kinds to the {@link TopologyRegistry}. Implementations are found with
 * {@link java.util.ServiceLoader} (listed in {@code META-INF/services/io.dfloverlay.core.topology.TopologyProvider}),
 * so topology-core does not depend on the modules that extend it (the spectral module adds
 * {@code near-optimal} this way). Needs a public no-argument constructor.
 */
public interface TopologyProvider {
    /**
     * The kinds this module contributes.
     *
     * @return the kinds, in listing order
     */
    List<TopologyKind> kinds();
}
