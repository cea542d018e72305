package io.dfloverlay.sim.adversary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.UniformWeights;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The attacks' messages against independent computations, on random 4-regular networks (seeded). */
class AttacksTest {
    static LongStream seeds() {
        return LongStream.range(1, 31);
    }

    /** A random network of n = 12 clients, a third Byzantine, with current and previous models. */
    record Net(MixingMatrix w, GossipView view) {
        static Net random(long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            Graph g = new RandomRegularGenerator(12, 4).generate(r);
            int p = 1 + r.nextInt(6);
            float[][] cur = new float[12][p], prev = new float[12][p];
            for (int i = 0; i < 12; i++)
                for (int c = 0; c < p; c++) {
                    prev[i][c] = (float) r.nextGaussian();
                    cur[i][c] = prev[i][c] + (float) (0.1 * r.nextGaussian());
                }
            return new Net(new UniformWeights().of(g), new GossipView(cur, prev, ByzantineClients.choose(12, 0.34, seed)));
        }

        /** An honest node with a Byzantine neighbour, and that neighbour, or null. */
        int[] edge() {
            boolean[] byz = view.byzantine();
            for (int i = 0; i < byz.length; i++) {
                if (byz[i]) continue;
                for (int j : Neighbourhood.of(w, i).neighbours()) if (byz[j]) return new int[] {i, j};
            }
            return null;
        }
    }

    private static float[] message(Attack a, Net net, int receiver, int sender, long seed) {
        float[] out = new float[net.view().dimension()];
        a.message(net.view(), Neighbourhood.of(net.w(), receiver), sender, new SplittableRandom(seed), out);
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void signFlipAndScaledMoveAlongTheUpdate(long seed) {
        Net net = Net.random(seed);
        int[] e = net.edge();
        if (e == null) return;
        float[] now = net.view().current()[e[1]], prev = net.view().previous()[e[1]];
        float[] flipped = message(Attacks.kind("sign-flip").create(Map.of("scale", 2.0), 0.3, seed), net, e[0], e[1], 1);
        float[] boosted = message(Attacks.kind("scaled").create(Map.of("factor", 5.0), 0.3, seed), net, e[0], e[1], 1);
        for (int c = 0; c < now.length; c++) {
            assertEquals(prev[c] - 2.0 * (now[c] - prev[c]), flipped[c], 1e-5, "seed " + seed);
            assertEquals(prev[c] + 5.0 * (now[c] - prev[c]), boosted[c], 1e-5, "seed " + seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void alieSendsMeanMinusZStdOfTheReceiversHonestNeighbourhood(long seed) {
        Net net = Net.random(seed);
        int[] e = net.edge();
        if (e == null) return;
        Neighbourhood nb = Neighbourhood.of(net.w(), e[0]);
        boolean[] byz = net.view().byzantine();
        float[] msg = message(new AlieAttack(1.5), net, e[0], e[1], 1);
        for (int c = 0; c < msg.length; c++) {
            java.util.List<Double> honest = new java.util.ArrayList<>();
            honest.add((double) net.view().current()[e[0]][c]);
            for (int j : nb.neighbours()) if (!byz[j]) honest.add((double) net.view().current()[j][c]);
            double[] v = honest.stream().mapToDouble(Double::doubleValue).toArray();
            double ref = new Mean().evaluate(v) - 1.5 * new StandardDeviation(false).evaluate(v);
            assertEquals(ref, msg[c], 1e-5, "seed " + seed);
        }
    }

    @Test
    void baruchZIsTheNormalQuantileOfTheirFormula() {
        // m = 9 values, b = 2 Byzantine: s = floor(9/2 + 1) - 2 = 3, quantile (9 - 3)/9 = 2/3, Phi^-1(2/3) = 0.430727...
        assertEquals(0.4307272992954576, AlieAttack.baruchZ(9, 2), 1e-9);
        // m = 5, b = 1: s = 2, quantile 3/5, Phi^-1(0.6) = 0.253347...
        assertEquals(0.2533471031357997, AlieAttack.baruchZ(5, 1), 1e-9);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void modelReplacementMakesPlainGossipLandOnTheTarget(long seed) {
        Net net = Net.random(seed);
        int[] e = net.edge();
        if (e == null) return;
        int receiver = e[0];
        Neighbourhood nb = Neighbourhood.of(net.w(), receiver);
        // honest neighbours agree with the receiver: plain gossip of the attackers' messages is then exactly X
        float[][] cur = net.view().current();
        for (int j : nb.neighbours()) if (!net.view().byzantine()[j]) cur[j] = cur[receiver].clone();
        ModelReplacementAttack a = new ModelReplacementAttack(1.0, seed);
        float[][] msgs = new float[nb.degree()][];
        for (int k = 0; k < nb.degree(); k++) {
            int j = nb.neighbours()[k];
            msgs[k] = net.view().byzantine()[j] ? message(a, net, receiver, j, 1) : cur[j];
        }
        float[] out = new float[cur[receiver].length];
        new WeightedMean().aggregate(cur[receiver], nb, msgs, out);
        float[] target = a.target(out.length);
        for (int c = 0; c < out.length; c++) assertEquals(target[c], out[c], 1e-4, "seed " + seed);
    }

    @Test
    void gaussianNoiseDiffersPerReceiverAndReplaysPerSeed() {
        Net net = Net.random(4);
        int[] e = net.edge();
        Attack g = new GaussianAttack(1.0);
        SplittableRandom r1 = new SplittableRandom(9), r2 = new SplittableRandom(9);
        float[] a = new float[net.view().dimension()], b = new float[a.length], a2 = new float[a.length];
        Neighbourhood nb = Neighbourhood.of(net.w(), e[0]);
        g.message(net.view(), nb, e[1], r1, a);
        g.message(net.view(), nb, e[1], r1, b);
        g.message(net.view(), nb, e[1], r2, a2);
        assertArrayEquals(a, a2, "same stream, same message");
        assertFalse(java.util.Arrays.equals(a, b), "the next receiver gets fresh noise");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withHonestAttackersAndPlainMeanTheStepIsWTimesX(long seed) {
        Net net = Net.random(seed);
        ByzantineGossip step = new ByzantineGossip(null, net.view().byzantine(), new HonestAttack(), new WeightedMean(),
                new float[net.view().dimension()], seed);
        float[][] next = step.step(net.w(), net.view().current());
        double[][] dense = net.w().toDense();
        for (int i = 0; i < 12; i++)
            for (int c = 0; c < next[i].length; c++) {
                double ref = 0;
                for (int j = 0; j < 12; j++) ref += dense[i][j] * net.view().current()[j][c];
                assertEquals(ref, next[i][c], 1e-5, "seed " + seed);
            }
    }

    @Test
    void byzantineChoiceIsSeededAndTakesTheFloorOfFn() {
        for (int n : new int[] {10, 32, 64})
            for (double f : new double[] {0, 0.1, 0.2, 0.3, 0.49}) {
                boolean[] a = ByzantineClients.choose(n, f, 5), b = ByzantineClients.choose(n, f, 5);
                assertArrayEquals(a, b);
                int count = 0;
                for (boolean x : a) if (x) count++;
                assertEquals((int) Math.floor(f * n + 1e-9), count, "n " + n + ", f " + f);
                assertTrue(count <= f * n + 1e-9);
            }
    }
}
