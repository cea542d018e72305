package io.dfloverlay.sim.engine.gpu;

import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.sim.algo.BatchSampler;
import io.dfloverlay.sim.algo.DecentralizedSgd;
import io.dfloverlay.sim.algo.LocalSgd;
import io.dfloverlay.sim.data.Dataset;
import io.dfloverlay.sim.model.ModelSpec;
import io.dfloverlay.sim.partition.Partition;
import io.dfloverlay.sim.partition.Partitioner;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Times D-SGD rounds of a {@link DeviceEngine}: MLP 784-256-10 (203,530 parameters per client),
 * batch b, random d-regular overlay with uniform weights, synthetic data of Fashion-MNIST's shape
 * (60,000 examples of 784 features in [0, 1), 10 classes), IID shards; one local step and one
 * gossip per round, evaluation excluded. Reports rounds per second and the nominal memory traffic
 * per round ({@link Traffic}) as an achieved bandwidth against the device's peak.
 *
 * @param n        clients
 * @param d        degree of the overlay
 * @param batch    minibatch size
 * @param warmup   untimed rounds first
 * @param rounds   timed rounds
 * @param seed     seed of data, graph, start and sampler
 */
public record RoundBenchmark(int n, int d, int batch, int warmup, int rounds, long seed) {
    /** Examples of the synthetic dataset (Fashion-MNIST's training set size). */
    public static final int EXAMPLES = 60_000;

    /** Validates sizes. */
    public RoundBenchmark {
        if (n < d + 1 || d < 1) throw new IllegalArgumentException("need n > d >= 1, got n=" + n + " d=" + d);
        if (batch < 1 || warmup < 0 || rounds < 1) throw new IllegalArgumentException("batch and rounds must be >= 1, warmup >= 0");
    }

    /**
     * What a benchmark measured.
     *
     * @param bench          the configuration
     * @param device         description of the device
     * @param roundsPerSecond timed rounds over their wall time
     * @param bytesPerRound  nominal device-memory traffic per round
     * @param peakBandwidth  the device's peak bytes per second (0 if unknown)
     */
    public record Result(RoundBenchmark bench, String device, double roundsPerSecond, double bytesPerRound, double peakBandwidth) {
        /** {@return the achieved bytes per second} */
        public double bandwidth() {
            return bytesPerRound * roundsPerSecond;
        }

        /** One line for humans. */
        @Override
        public String toString() {
            String peak = peakBandwidth > 0 ? String.format(Locale.ROOT, " of %.2f TB/s peak (%.0f%%)", peakBandwidth / 1e12, 100 * bandwidth() / peakBandwidth) : "";
            return String.format(Locale.ROOT, "n=%d d=%d batch=%d: %.2f rounds/s, %.2f GB/round nominal, %.3f TB/s achieved%s",
                    bench.n, bench.d, bench.batch, roundsPerSecond, bytesPerRound / 1e9, bandwidth() / 1e12, peak);
        }
    }

    /**
     * Synthetic data of Fashion-MNIST's shape.
     *
     * @param examples rows
     * @param seed     seed
     * @return the dataset
     */
    public static Dataset fashionShaped(int examples, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[examples * 784];
        for (int k = 0; k < x.length; k++) x[k] = (float) rng.nextDouble();
        int[] y = new int[examples];
        for (int k = 0; k < examples; k++) y[k] = rng.nextInt(10);
        return new Dataset("synthetic fashion-mnist shape", examples, 784, 10, x, y, null);
    }

    /**
     * Runs the benchmark.
     *
     * @param engine the engine (its device is synchronized around the timed rounds)
     * @param data   training data, e.g. {@link #fashionShaped}
     * @return the measurement
     */
    public Result run(DeviceEngine engine, Dataset data) {
        ModelSpec model = ModelSpec.parse("mlp", data.dim(), data.numClasses());
        Partition part = Partitioner.partition("iid", data.numExamples(), data.labels(), data.numClasses(), n, new SplittableRandom(seed));
        MixingMatrix w = GossipGraphs.regular(n, d, new SplittableRandom(seed + 1));
        LocalSgd sgd = new LocalSgd(engine, engine.upload(data), new BatchSampler(part, seed), model, IntStream.range(0, n).toArray(), batch,
                0.05, 0, 0);
        DecentralizedSgd dsgd = new DecentralizedSgd(sgd, 1, model.initialParameters(new SplittableRandom(seed + 2)));
        for (int r = 0; r < warmup; r++) dsgd.round(w, true);
        engine.device().synchronize();
        long bytes0 = engine.traffic().bytes();
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) dsgd.round(w, true);
        engine.device().synchronize();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double perRound = (double) (engine.traffic().bytes() - bytes0) / rounds;
        return new Result(this, engine.device().description(), rounds / seconds, perRound, engine.device().peakBandwidth());
    }
}
