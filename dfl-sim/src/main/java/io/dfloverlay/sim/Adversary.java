package io.dfloverlay.sim;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.topology.ParamException;
import io.dfloverlay.sim.adversary.Aggregator;
import io.dfloverlay.sim.adversary.Aggregators;
import io.dfloverlay.sim.adversary.Attack;
import io.dfloverlay.sim.adversary.Attacks;
import io.dfloverlay.sim.adversary.ByzantineClients;
import io.dfloverlay.sim.adversary.ByzantineGossip;
import io.dfloverlay.sim.algo.GossipStep;
import io.dfloverlay.sim.config.AdversaryConfig;
import io.dfloverlay.sim.config.ConfigException;
import io.dfloverlay.sim.engine.Engine;
import io.dfloverlay.sim.topology.RoundTopology;

/**
 * A run's adversary made concrete: which clients are Byzantine, the attack and the aggregator,
 * checked against the topology's smallest degree (errors at {@code adversary.aggregatorParams.*}).
 */
final class Adversary {
    private final AdversaryConfig config;
    private final boolean[] byzantine;
    private final int[] honestRows;
    private final Attack attack;
    private final Aggregator aggregator;
    private final long seed;

    private Adversary(AdversaryConfig config, boolean[] byzantine, Attack attack, Aggregator aggregator, long seed) {
        this.config = config;
        this.byzantine = byzantine;
        this.attack = attack;
        this.aggregator = aggregator;
        this.seed = seed;
        int h = 0;
        for (boolean b : byzantine) if (!b) h++;
        honestRows = new int[h];
        for (int i = 0, k = 0; i < byzantine.length; i++) if (!byzantine[i]) honestRows[k++] = i;
    }

    /** Chooses the Byzantine clients and builds the rules; {@code derivedSeed} is used when the config has no seed. */
    static Adversary of(AdversaryConfig c, RoundTopology topology, long derivedSeed) {
        long seed = c.seed() != null ? c.seed() : derivedSeed;
        int n = topology.numNodes();
        boolean[] mask = ByzantineClients.choose(n, c.fraction(), seed);
        Attack attack = Attacks.kind(c.attack()).create(c.attackParams(), c.fraction(), seed ^ 0x5DEECE66DL);
        Aggregator aggregator = Aggregators.kind(c.aggregator()).create(c.aggregatorParams(), c.fraction(), seed);
        int minDegree = Integer.MAX_VALUE;
        for (Graph g : topology.graphs()) minDegree = Math.min(minDegree, g.minDegree());
        try {
            aggregator.checkDegree(minDegree);
        } catch (ParamException e) {
            throw new ConfigException("adversary.aggregatorParams." + e.param(), e.problem() + " (" + e.kind() + ")");
        }
        return new Adversary(c, mask, attack, aggregator, seed);
    }

    /** The gossip step to use, or null for the engine's plain product (no Byzantine client, plain gossip). */
    GossipStep gossipStep(Engine engine, float[] initial) {
        if (config.isInert()) return null;
        return new ByzantineGossip(engine, byzantine, attack, aggregator, initial, seed + 1);
    }

    /** Block rows of the honest clients, ascending. */
    int[] honestRows() {
        return honestRows;
    }

    /** One phrase for the run header. */
    String description() {
        return (byzantine.length - honestRows.length) + " of " + byzantine.length + " clients Byzantine (f = "
                + config.fraction() + "), attack " + config.attack() + ", aggregator " + config.aggregator();
    }
}
