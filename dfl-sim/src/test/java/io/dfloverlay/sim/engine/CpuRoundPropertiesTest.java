package io.dfloverlay.sim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.mixing.MetropolisHastingsWeights;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.sim.algo.BatchSampler;
import io.dfloverlay.sim.algo.DecentralizedSgd;
import io.dfloverlay.sim.algo.LocalSgd;
import io.dfloverlay.sim.data.DataSplit;
import io.dfloverlay.sim.data.Dataset;
import io.dfloverlay.sim.data.SyntheticTasks;
import io.dfloverlay.sim.model.ModelSpec;
import io.dfloverlay.sim.partition.Partition;
import io.dfloverlay.sim.partition.Partitioner;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of the CPU engine's round: independent of the thread count, fusion exact, no per-round allocation. */
class CpuRoundPropertiesTest {
    /** Keeps the probe allocation alive so the JIT cannot drop it. */
    static volatile byte[] sink;

    static Stream<Integer> seeds() {
        return IntStream.range(0, 12).boxed();
    }

    /** A random D-SGD setting: n, degree, model, batch, learning rate, momentum and weight decay drawn from the seed. */
    private record Setting(DataSplit split, ModelSpec model, int n, int b, double lr, double momentum, double decay, MixingMatrix w) {
        static Setting draw(int seed) {
            SplittableRandom rng = new SplittableRandom(seed);
            DataSplit split = SyntheticTasks.create(seed % 2 == 0 ? SyntheticTasks.MIXTURE : SyntheticTasks.LINEAR, new SplittableRandom(seed));
            Dataset train = split.train();
            String spec = train.isClassification() ? "mlp:" + (3 + rng.nextInt(20)) : "linear";
            ModelSpec model = ModelSpec.parse(spec, train.dim(), train.numClasses());
            int n = 6 + 2 * rng.nextInt(10);
            MixingMatrix w = new MetropolisHastingsWeights().of(new RandomRegularGenerator(n, 4).generate(rng));
            double momentum = rng.nextBoolean() ? 0 : 0.9;
            double decay = rng.nextBoolean() ? 0 : 1e-3;
            return new Setting(split, model, n, 1 + rng.nextInt(8), 0.01 + 0.05 * rng.nextDouble(), momentum, decay, w);
        }

        DecentralizedSgd start(Engine engine, long seed) {
            Dataset train = split.train();
            Partition part = Partitioner.partition("iid", train.numExamples(), null, 0, n, new SplittableRandom(seed));
            int[] ids = IntStream.range(0, n).toArray();
            LocalSgd sgd = new LocalSgd(engine, engine.upload(train), new BatchSampler(part, seed), model, ids, b, lr, momentum, decay);
            return new DecentralizedSgd(sgd, 1 + (int) (seed % 2), model.initialParameters(new SplittableRandom(seed + 1)));
        }
    }

    /** Same seed, 1 vs 2 vs 3 threads: bit-identical models, consensus distance and evaluation after a few rounds. */
    @ParameterizedTest
    @MethodSource("seeds")
    void dsgdIsIdenticalOnOneTwoAndThreeThreads(int seed) {
        Setting s = Setting.draw(seed);
        Engine[] engines = {new CpuNd4jEngine(1), new CpuNd4jEngine(2), new CpuNd4jEngine(3)};
        DecentralizedSgd[] runs = new DecentralizedSgd[engines.length];
        for (int k = 0; k < engines.length; k++) {
            runs[k] = s.start(engines[k], seed);
            for (int r = 0; r < 6; r++) runs[k].round(s.w, r % 3 != 2);
        }
        DeviceData test = engines[0].upload(s.split.test());
        Evaluation ref = engines[0].evaluate(runs[0].models(), test);
        for (int k = 1; k < engines.length; k++) {
            for (int i = 0; i < s.n; i++)
                assertArrayEquals(engines[0].row(runs[0].models(), i), engines[k].row(runs[k].models(), i), "seed " + seed + " client " + i);
            assertEquals(engines[0].consensusDistance(runs[0].models()), engines[k].consensusDistance(runs[k].models()), 0.0, "seed " + seed);
            Evaluation e = engines[k].evaluate(runs[k].models(), engines[k].upload(s.split.test()));
            assertArrayEquals(ref.loss(), e.loss(), 0.0, "seed " + seed);
        }
    }

    /** The fused step-and-gossip gives the same bits as the interface's default (sgdStep, then gossip). */
    @ParameterizedTest
    @MethodSource("seeds")
    void fusedStepAndGossipEqualsStepThenGossip(int seed) {
        Setting s = Setting.draw(seed);
        Engine engine = new CpuNd4jEngine(2);
        SplittableRandom rng = new SplittableRandom(seed);
        ParameterBlock x = CpuNd4jEngineTest.randomBlock(engine, s.model, s.n, rng);
        ParameterBlock g = CpuNd4jEngineTest.randomBlock(engine, s.model, s.n, rng);
        ParameterBlock v1 = CpuNd4jEngineTest.randomBlock(engine, s.model, s.n, rng);
        ParameterBlock v2 = copyOf(engine, v1), x2 = copyOf(engine, x);
        ParameterBlock fused = engine.allocate(s.model, s.n), plain = engine.allocate(s.model, s.n);
        float lr = (float) s.lr, m = (float) s.momentum, wd = (float) s.decay;
        engine.sgdStepAndGossip(s.w, x, g, v1, lr, m, wd, fused);
        engine.sgdStep(x2, g, v2, lr, m, wd);
        engine.gossip(s.w, x2, plain);
        for (int i = 0; i < s.n; i++) {
            assertArrayEquals(engine.row(plain, i), engine.row(fused, i), "seed " + seed + " row " + i);
            assertArrayEquals(engine.row(v2, i), engine.row(v1, i), "seed " + seed + " velocity row " + i);
        }
    }

    /**
     * The in-GEMM plain SGD step against the two-call path (gradients, then sgdStep) on the same
     * minibatches: biases bit-identical; each weight within the float rounding of the subtraction
     * {@code x − lr·g} and of the product {@code lr·g}, i.e. ulp(result) + ulp(lr·g), with g taken
     * from the two-call path; and at least one weight actually moved.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void inGemmStepMatchesGradientsThenStepToRounding(int seed) {
        Setting s = Setting.draw(seed);
        Engine engine = new CpuNd4jEngine(2);
        SplittableRandom rng = new SplittableRandom(seed);
        ParameterBlock x = CpuNd4jEngineTest.randomBlock(engine, s.model, s.n, rng);
        ParameterBlock twoCalls = copyOf(engine, x), grad = engine.allocate(s.model, s.n);
        float[][] before = new float[s.n][];
        for (int i = 0; i < s.n; i++) before[i] = engine.row(x, i);
        DeviceData data = engine.upload(s.split.train());
        int[] batch = rng.ints((long) s.n * s.b, 0, s.split.train().numExamples()).toArray();
        float lr = (float) s.lr;
        engine.gradientStep(x, data, batch, s.b, lr, engine.allocate(s.model, s.n));
        engine.gradients(twoCalls, data, batch, s.b, grad, null);
        engine.sgdStep(twoCalls, grad, null, lr, 0f, 0f);
        boolean moved = false;
        for (int i = 0; i < s.n; i++) {
            float[] got = engine.row(x, i), want = engine.row(twoCalls, i), g = engine.row(grad, i);
            for (int l = 0; l < s.model.numLayers(); l++) {
                int w0 = (int) s.model.offset(l), b0 = w0 + s.model.in(l) * s.model.out(l), end = b0 + s.model.out(l);
                for (int e = w0; e < b0; e++) {
                    float bound = Math.ulp(want[e]) + Math.ulp(lr * g[e]);
                    assertTrue(Math.abs(got[e] - want[e]) <= bound,
                            "seed " + seed + " client " + i + " weight " + e + ": " + got[e] + " vs " + want[e] + " (bound " + bound + ")");
                    moved |= got[e] != before[i][e];
                }
                for (int e = b0; e < end; e++)
                    assertEquals(Float.floatToIntBits(want[e]), Float.floatToIntBits(got[e]), "seed " + seed + " client " + i + " bias " + e);
            }
        }
        assertTrue(moved, "seed " + seed + ": the step changed no weight");
    }

    /**
     * After warm-up a D-SGD round (gradients, fused step and gossip) allocates no Java heap on the
     * calling thread or the engine's workers (a property, not a timing). The bound allows a few
     * hundred bytes for an occasional JIT deoptimization or thread-state object.
     */
    @Test
    void dsgdRoundAllocatesNoHeapAfterWarmup() {
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Setting drawn = Setting.draw(0);
        Setting plain = new Setting(drawn.split, drawn.model, drawn.n, drawn.b, drawn.lr, 0, 0, drawn.w);
        Setting heavy = new Setting(drawn.split, drawn.model, drawn.n, drawn.b, drawn.lr, 0.9, 1e-3, drawn.w);
        for (int threads : new int[] {1, 2}) for (Setting s : new Setting[] {plain, heavy}) {
            CpuNd4jEngine engine = new CpuNd4jEngine(threads);
            // two local steps: plain SGD steps in the GEMMs then a gossip; with momentum the plain step and the fused one
            DecentralizedSgd run = s.start(engine, 2);
            for (int r = 0; r < 200; r++) run.round(s.w, true);
            long[] ids = withFirst(Thread.currentThread().threadId(), engine.workerThreadIds());
            long probe = sum(mx.getThreadAllocatedBytes(ids));
            sink = new byte[1 << 16];
            assertTrue(sum(mx.getThreadAllocatedBytes(ids)) - probe >= 1 << 16, "allocation counting works on this JVM");
            long before = sum(mx.getThreadAllocatedBytes(ids));
            int rounds = 50;
            for (int r = 0; r < rounds; r++) run.round(s.w, true);
            long perRound = (sum(mx.getThreadAllocatedBytes(ids)) - before) / rounds;
            String what = threads + " thread(s), momentum " + s.momentum;
            System.out.println("CpuRoundPropertiesTest: " + what + ", " + perRound + " bytes allocated per round");
            assertTrue(perRound <= 64, what + ": " + perRound + " bytes allocated per round after warm-up");
        }
    }

    private static ParameterBlock copyOf(Engine engine, ParameterBlock b) {
        ParameterBlock c = engine.allocate(b.model(), b.rows());
        engine.copy(b, c);
        return c;
    }

    private static long[] withFirst(long first, long[] rest) {
        long[] all = new long[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) s += v;
        return s;
    }
}
