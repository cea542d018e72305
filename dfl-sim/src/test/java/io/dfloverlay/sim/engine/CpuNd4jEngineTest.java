package io.dfloverlay.sim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.generate.RingGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MetropolisHastingsWeights;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.UniformWeights;
import io.dfloverlay.sim.data.DataSplit;
import io.dfloverlay.sim.data.Dataset;
import io.dfloverlay.sim.data.SyntheticTasks;
import io.dfloverlay.sim.model.ModelSpec;
import io.dfloverlay.spectral.Spectra;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CpuNd4jEngineTest {
    private final Engine engine = new CpuNd4jEngine();

    static Stream<Arguments> models() {
        return Stream.of(Arguments.of("softmax", SyntheticTasks.MIXTURE), Arguments.of("mlp:7", SyntheticTasks.MIXTURE),
                Arguments.of("mlp:6,5", SyntheticTasks.LOGISTIC), Arguments.of("linear", SyntheticTasks.LINEAR));
    }

    /** Central finite differences of the minibatch loss against the engine's gradient, every parameter of 2 clients. */
    @ParameterizedTest
    @MethodSource("models")
    void gradientMatchesFiniteDifferences(String spec, String task) {
        DataSplit split = SyntheticTasks.create(task, new SplittableRandom(5));
        Dataset train = split.train();
        checkGradient(ModelSpec.parse(spec, train.dim(), train.numClasses()), train, spec);
    }

    /** The character model on random token windows: context 3 over 5 tokens, one-hot coded by the engine. */
    @Test
    void characterModelGradientMatchesFiniteDifferences() {
        checkGradient(ModelSpec.of(new io.dfloverlay.sim.config.ModelConfig(java.util.List.of(4, 3), 3), 3, 5), tokenWindows(30, 3, 5, 7),
                "char-mlp");
    }

    /** Evaluation (a gather of first-layer rows) equals the loss of a batch of all rows (one-hot products). */
    @Test
    void characterModelEvaluationAgreesWithTheTrainingLoss() {
        ModelSpec model = ModelSpec.of(new io.dfloverlay.sim.config.ModelConfig(java.util.List.of(6), 4), 4, 7);
        Dataset d = tokenWindows(40, 4, 7, 3);
        DeviceData data = engine.upload(d);
        ParameterBlock x = randomBlock(model, 3, new SplittableRandom(2));
        int[] all = new int[3 * d.numExamples()];
        for (int k = 0; k < all.length; k++) all[k] = k % d.numExamples();
        float[] loss = new float[3];
        engine.gradients(x, data, all, d.numExamples(), engine.allocate(model, 3), loss);
        Evaluation e = engine.evaluate(x, data);
        for (int i = 0; i < 3; i++) assertEquals(loss[i], e.loss(i), 1e-5 * Math.abs(loss[i]), "client " + i);
    }

    /** {@code m} random windows of {@code context} token indices over {@code v} tokens, with random next tokens. */
    private static Dataset tokenWindows(int m, int context, int v, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] f = new float[m * context];
        int[] y = new int[m];
        for (int k = 0; k < f.length; k++) f[k] = rng.nextInt(v);
        for (int k = 0; k < m; k++) y[k] = rng.nextInt(v);
        return new Dataset("windows", m, context, v, f, y, null);
    }

    private void checkGradient(ModelSpec model, Dataset train, String spec) {
        DeviceData data = engine.upload(train);
        int n = 2, b = 3;
        int[] batch = {0, 5, 9, 11, 17, 23};
        SplittableRandom rng = new SplittableRandom(9);
        ParameterBlock x = engine.allocate(model, n);
        for (int i = 0; i < n; i++) {
            float[] row = model.initialParameters(rng);
            for (int k = 0; k < row.length; k++) row[k] += (float) (0.1 * rng.nextGaussian());
            engine.setRow(x, i, row);
        }
        ParameterBlock grad = engine.allocate(model, n);
        float[] loss = new float[n];
        engine.gradients(x, data, batch, b, grad, loss);
        float h = 1e-3f;
        for (int i = 0; i < n; i++) {
            float[] g = engine.row(grad, i);
            float[] base = engine.row(x, i);
            int p = base.length;
            // all 2p perturbed copies of client i's model as one block, each evaluated on client i's batch
            ParameterBlock perturbed = engine.allocate(model, 2 * p);
            int[] rows = new int[2 * p * b];
            for (int k = 0; k < p; k++) {
                float[] plus = base.clone(), minus = base.clone();
                plus[k] += h;
                minus[k] -= h;
                engine.setRow(perturbed, 2 * k, plus);
                engine.setRow(perturbed, 2 * k + 1, minus);
            }
            for (int r = 0; r < 2 * p; r++) System.arraycopy(batch, i * b, rows, r * b, b);
            float[] losses = new float[2 * p];
            engine.gradients(perturbed, data, rows, b, engine.allocate(model, 2 * p), losses);
            for (int k = 0; k < p; k++) {
                double fd = ((double) losses[2 * k] - losses[2 * k + 1]) / (2.0 * h);
                assertEquals(fd, g[k], 2e-3 + 2e-2 * Math.abs(fd), spec + ": client " + i + ", parameter " + k);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void sparseGossipEqualsDenseProduct(int seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 6 + rng.nextInt(20);
        Graph g = new RandomRegularGenerator(n, 4).generate(rng);
        MixingMatrix w = new MetropolisHastingsWeights().of(g);
        ModelSpec model = new ModelSpec("t", new int[] {5, 3}, io.dfloverlay.sim.model.Loss.CROSS_ENTROPY);
        ParameterBlock x = randomBlock(model, n, rng);
        ParameterBlock y = engine.allocate(model, n);
        engine.gossip(w, x, y);
        double[][] dense = w.toDense();
        for (int i = 0; i < n; i++) {
            float[] got = engine.row(y, i);
            double[] want = new double[got.length];
            for (int j = 0; j < n; j++) {
                float[] xj = engine.row(x, j);
                for (int k = 0; k < want.length; k++) want[k] += dense[i][j] * xj[k];
            }
            for (int k = 0; k < want.length; k++) assertEquals(want[k], got[k], 1e-5, "seed " + seed + " row " + i + " entry " + k);
        }
    }

    static Stream<Integer> seeds() {
        return Stream.iterate(0, s -> s + 1).limit(20);
    }

    @Test
    void meanAndConsensusDistanceMatchDefinitions() {
        ModelSpec model = new ModelSpec("t", new int[] {4, 3, 2}, io.dfloverlay.sim.model.Loss.CROSS_ENTROPY);
        int n = 5;
        ParameterBlock x = randomBlock(model, n, new SplittableRandom(3));
        int p = (int) model.numParameters();
        double[] mean = new double[p];
        for (int i = 0; i < n; i++) {
            float[] r = engine.row(x, i);
            for (int k = 0; k < p; k++) mean[k] += r[k] / (double) n;
        }
        double dist = 0;
        for (int i = 0; i < n; i++) {
            float[] r = engine.row(x, i);
            for (int k = 0; k < p; k++) dist += (r[k] - mean[k]) * (r[k] - mean[k]);
        }
        float[] got = engine.row(engine.mean(x), 0);
        for (int k = 0; k < p; k++) assertEquals(mean[k], got[k], 1e-6, "mean entry " + k);
        assertEquals(dist / n, engine.consensusDistance(x), 1e-9 * Math.max(1, dist));
    }

    /** Pure gossip (no gradients): (1/n)Σ‖x_i − x̄‖² shrinks by ρ(W)² per round asymptotically. */
    @Test
    void pureGossipConsensusDecaysAtRhoSquared() {
        for (int n : new int[] {12, 30}) {
            Graph g = new RingGenerator(n).generate(new SplittableRandom(1));
            MixingMatrix w = new UniformWeights().of(g);
            double rho = Spectra.mixing(w).twoSided();
            ModelSpec model = new ModelSpec("t", new int[] {8, 4}, io.dfloverlay.sim.model.Loss.CROSS_ENTROPY);
            ParameterBlock x = randomBlock(model, n, new SplittableRandom(n));
            ParameterBlock y = engine.allocate(model, n);
            int warmup = 40, rounds = 60;
            double d0 = 0;
            for (int t = 0; t < warmup + rounds; t++) {
                if (t == warmup) d0 = engine.consensusDistance(x);
                engine.gossip(w, x, y);
                ParameterBlock s = x;
                x = y;
                y = s;
            }
            double rate = Math.sqrt(Math.pow(engine.consensusDistance(x) / d0, 1.0 / rounds));
            assertEquals(rho, rate, 0.1 * rho, "ring n=" + n + ": measured per-round rate " + rate + " vs rho " + rho);
        }
    }

    @Test
    void rowAccessSelectAndCopyRoundTrip() {
        ModelSpec model = new ModelSpec("t", new int[] {3, 4, 2}, io.dfloverlay.sim.model.Loss.CROSS_ENTROPY);
        ParameterBlock x = randomBlock(model, 4, new SplittableRandom(8));
        ParameterBlock sel = engine.selectRows(x, new int[] {3, 1, 1});
        assertArrayEquals(engine.row(x, 3), engine.row(sel, 0));
        assertArrayEquals(engine.row(x, 1), engine.row(sel, 2));
        ParameterBlock c = engine.allocate(model, 4);
        engine.copy(x, c);
        engine.axpy(-1f, x, c);
        assertEquals(0.0, engine.consensusDistance(c) + Math.abs(engine.row(c, 2)[5]), 0.0);
        float[] fill = model.initialParameters(new SplittableRandom(1));
        engine.fillRows(c, fill);
        assertArrayEquals(fill, engine.row(c, 3));
        assertThrows(IllegalArgumentException.class, () -> engine.gossip(new UniformWeights().of(new RingGenerator(5).generate(new SplittableRandom(1))), x, c));
    }

    @Test
    void sgdStepWithMomentumAndDecay() {
        ModelSpec model = new ModelSpec("t", new int[] {2, 2}, io.dfloverlay.sim.model.Loss.CROSS_ENTROPY);
        ParameterBlock x = engine.allocate(model, 1), g = engine.allocate(model, 1), v = engine.allocate(model, 1);
        float[] ones = new float[6];
        java.util.Arrays.fill(ones, 1f);
        engine.fillRows(x, ones);
        engine.fillRows(g, ones);
        engine.sgdStep(x, g, v, 0.1f, 0.9f, 0.5f);
        // g' = 1 + 0.5*1 = 1.5; v = 1.5; x = 1 - 0.15
        assertEquals(0.85f, engine.row(x, 0)[0], 1e-6);
        engine.fillRows(g, ones);
        engine.sgdStep(x, g, v, 0.1f, 0.9f, 0f);
        // v = 0.9*1.5 + 1 = 2.35; x = 0.85 - 0.235
        assertEquals(0.615f, engine.row(x, 0)[0], 1e-6);
    }

    @Test
    void gradientsAreIdenticalOnOneAndThreeThreads() {
        DataSplit split = SyntheticTasks.create(SyntheticTasks.MIXTURE, new SplittableRandom(2));
        ModelSpec model = ModelSpec.parse("mlp:6", split.train().dim(), split.train().numClasses());
        int n = 7, b = 4;
        int[] batch = new SplittableRandom(5).ints(n * b, 0, split.train().numExamples()).toArray();
        Engine one = new CpuNd4jEngine(1), three = new CpuNd4jEngine(3);
        float[] l1 = new float[n], l3 = new float[n];
        ParameterBlock x1 = randomBlock(one, model, n, new SplittableRandom(4)), x3 = randomBlock(three, model, n, new SplittableRandom(4));
        ParameterBlock g1 = one.allocate(model, n), g3 = three.allocate(model, n);
        one.gradients(x1, one.upload(split.train()), batch, b, g1, l1);
        three.gradients(x3, three.upload(split.train()), batch, b, g3, l3);
        assertArrayEquals(l1, l3);
        for (int i = 0; i < n; i++) assertArrayEquals(one.row(g1, i), three.row(g3, i), "client " + i);
    }

    @Test
    void withoutAGpuTheGpuEngineIsAOneLineErrorAndAutoFallsBackToCpu() {
        Engine probe;
        try {
            probe = EngineFactory.create("gpu");
        } catch (IllegalArgumentException e) {
            probe = null;
            assertTrue(e.getMessage().startsWith("GPU engine unavailable: "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        }
        if (probe != null) probe.close();
        org.junit.jupiter.api.Assumptions.assumeTrue(probe == null, "a GPU is present: the no-GPU path is not exercised here");
        String auto = EngineFactory.create("auto").description();
        assertTrue(auto.startsWith("cpu") && auto.contains("auto: no GPU engine, "), auto);
    }

    private ParameterBlock randomBlock(ModelSpec model, int n, SplittableRandom rng) {
        return randomBlock(engine, model, n, rng);
    }

    static ParameterBlock randomBlock(Engine engine, ModelSpec model, int n, SplittableRandom rng) {
        ParameterBlock x = engine.allocate(model, n);
        for (int i = 0; i < n; i++) {
            float[] r = new float[(int) model.numParameters()];
            for (int k = 0; k < r.length; k++) r[k] = (float) rng.nextGaussian();
            engine.setRow(x, i, r);
        }
        return x;
    }
}
