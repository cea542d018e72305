package io.dfloverlay.cli;

import io.dfloverlay.core.mixing.MixingSchemes;
import io.dfloverlay.core.topology.TopologyRegistry;
import io.dfloverlay.maintenance.strategy.RepairStrategies;
import io.dfloverlay.sim.adversary.Aggregators;
import io.dfloverlay.sim.adversary.Attacks;
import java.util.Iterator;

/**
 * The names of the library's registries as picocli completion candidates, so option help
 * ({@code ${COMPLETION-CANDIDATES}}) lists what the registries hold rather than a copy.
 */
final class RegistryNames {
    private RegistryNames() {}

    /** Topology kinds of the {@link TopologyRegistry}. */
    static final class TopologyNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return TopologyRegistry.names().iterator();
        }
    }

    /** Mixing-weight schemes of {@link MixingSchemes}. */
    static final class WeightNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return MixingSchemes.names().iterator();
        }
    }

    /** Repair strategies of {@link RepairStrategies}. */
    static final class RepairStrategyNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return RepairStrategies.names().iterator();
        }
    }

    /** Attacks of {@link Attacks}. */
    static final class AttackNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Attacks.names().iterator();
        }
    }

    /** Gossip aggregators of {@link Aggregators}. */
    static final class AggregatorNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Aggregators.names().iterator();
        }
    }
}
