package io.dfloverlay.core.topology;

/** Builds a registered kind's topology from its validated, typed parameters. */
@FunctionalInterface
public interface TopologyFactory {
    /**
     * Builds the topology.
     *
     * @param params the validated parameters (defaults filled in) and inputs
     * @return the topology
     * @throws IllegalArgumentException if the parameters do not fit together (e.g. n·d odd)
     */
    Topology create(TopologyParams params);
}
