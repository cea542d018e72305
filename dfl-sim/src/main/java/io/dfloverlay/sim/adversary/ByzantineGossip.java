package io.dfloverlay.sim.adversary;

import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.sim.algo.GossipStep;
import io.dfloverlay.sim.engine.Engine;
import io.dfloverlay.sim.engine.ParameterBlock;
import java.util.SplittableRandom;

/**
 * A gossip step with Byzantine clients and a (possibly robust) aggregator, replacing the engine's
 * {@code W·x} when an adversary is configured. Data flow per step: the models after the local
 * steps are copied to the host; for every honest node i, each neighbour j contributes a message
 * {@code m_{j→i}}, its model if j is honest, else the {@link Attack}'s message computed for this
 * receiver (so it may differ per edge); the {@link Aggregator} combines i's model with them.
 * Byzantine nodes themselves take the plain weighted mean of the true models (they stay close
 * to the network, which makes the update-based attacks realistic). Cost: {@code O(n·p)} host
 * copies plus the aggregator's work per edge; the plain path never comes here. Deterministic:
 * the attack's random stream is advanced in node, then neighbour order. Not thread-safe.
 */
public final class ByzantineGossip implements GossipStep {
    private final Engine engine;
    private final boolean[] byzantine;
    private final Attack attack;
    private final Aggregator aggregator;
    private final SplittableRandom rng;
    private final WeightedMean plain = new WeightedMean();
    private float[][] previous;

    /**
     * A Byzantine gossip step.
     *
     * @param engine     the engine owning the blocks
     * @param byzantine  which block rows are Byzantine (length n, fixed: no churn)
     * @param attack     what Byzantine rows send
     * @param aggregator how honest rows combine their messages
     * @param initial    every client's initial model (the "previous" model of the first step)
     * @param seed       seed of the attack's random stream
     */
    public ByzantineGossip(Engine engine, boolean[] byzantine, Attack attack, Aggregator aggregator, float[] initial, long seed) {
        this.engine = engine;
        this.byzantine = byzantine.clone();
        this.attack = attack;
        this.aggregator = aggregator;
        this.rng = new SplittableRandom(seed);
        previous = new float[byzantine.length][];
        for (int i = 0; i < previous.length; i++) previous[i] = initial.clone();
    }

    @Override
    public void mix(MixingMatrix w, ParameterBlock in, ParameterBlock out) {
        int n = in.rows();
        if (n != byzantine.length || w.size() != n)
            throw new IllegalStateException("Byzantine gossip over " + byzantine.length + " clients got " + n + " rows");
        float[][] current = new float[n][];
        for (int i = 0; i < n; i++) current[i] = engine.row(in, i);
        float[][] next = step(w, current);
        for (int i = 0; i < n; i++) engine.setRow(out, i, next[i]);
        previous = next;
    }

    /**
     * One step on host arrays: the new model of every row.
     *
     * @param w       the mixing matrix
     * @param current the models after the local steps
     * @return the models after gossip
     */
    float[][] step(MixingMatrix w, float[][] current) {
        int n = current.length, p = current[0].length;
        GossipView view = new GossipView(current, previous, byzantine);
        float[][] next = new float[n][];
        for (int i = 0; i < n; i++) {
            Neighbourhood nb = Neighbourhood.of(w, i);
            float[][] messages = new float[nb.degree()][];
            for (int k = 0; k < messages.length; k++) {
                int j = nb.neighbours()[k];
                if (byzantine[i] || !byzantine[j]) {
                    messages[k] = current[j];
                } else {
                    messages[k] = new float[p];
                    attack.message(view, nb, j, rng, messages[k]);
                }
            }
            next[i] = new float[p];
            (byzantine[i] ? plain : aggregator).aggregate(current[i], nb, messages, next[i]);
        }
        return next;
    }
}
