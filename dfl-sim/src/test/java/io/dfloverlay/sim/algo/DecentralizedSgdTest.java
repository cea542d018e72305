package io.dfloverlay.sim.algo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.CompleteGraphGenerator;
import io.dfloverlay.core.generate.RingGenerator;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.UniformWeights;
import io.dfloverlay.sim.data.DataSplit;
import io.dfloverlay.sim.data.Dataset;
import io.dfloverlay.sim.data.SyntheticTasks;
import io.dfloverlay.sim.engine.CpuNd4jEngine;
import io.dfloverlay.sim.engine.Engine;
import io.dfloverlay.sim.model.ModelSpec;
import io.dfloverlay.sim.partition.Partition;
import io.dfloverlay.sim.partition.Partitioner;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecentralizedSgdTest {
    private final Engine engine = new CpuNd4jEngine();

    /**
     * On the complete graph with uniform weights (W = J) and a common start, D-SGD is centralized
     * SGD on the average of the clients' minibatch gradients; the reference runs in double on the host.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void completeGraphEqualsCentralizedSgdOnAveragedGradient(long seed) {
        DataSplit split = SyntheticTasks.linear(new SplittableRandom(seed), 6, 400, 50);
        Dataset train = split.train();
        int n = 8, b = 5, rounds = 25;
        double lr = 0.05;
        ModelSpec model = ModelSpec.parse("linear", train.dim(), 0);
        Partition part = Partitioner.partition("iid", train.numExamples(), null, 0, n, new SplittableRandom(seed));
        int[] ids = IntStream.range(0, n).toArray();
        float[] x0 = model.initialParameters(new SplittableRandom(seed + 10));
        LocalSgd sgd = new LocalSgd(engine, engine.upload(train), new BatchSampler(part, seed), model, ids, b, lr, 0, 0);
        DecentralizedSgd dsgd = new DecentralizedSgd(sgd, 1, x0);
        MixingMatrix w = new UniformWeights().of(new CompleteGraphGenerator(n).generate(new SplittableRandom(0)));

        BatchSampler refSampler = new BatchSampler(part, seed);
        int dim = train.dim();
        double[] x = new double[dim + 1];
        for (int k = 0; k <= dim; k++) x[k] = x0[k];
        int[] batch = new int[n * b];
        for (int r = 0; r < rounds; r++) {
            dsgd.round(w, true);
            refSampler.next(ids, b, batch);
            double[] g = new double[dim + 1];
            for (int i = 0; i < n; i++) {
                for (int t = 0; t < b; t++) {
                    int row = batch[i * b + t];
                    double pred = x[dim];
                    for (int k = 0; k < dim; k++) pred += x[k] * train.features()[row * dim + k];
                    double err = pred - train.targets()[row];
                    for (int k = 0; k < dim; k++) g[k] += err * train.features()[row * dim + k] / (b * (double) n);
                    g[dim] += err / (b * (double) n);
                }
            }
            for (int k = 0; k <= dim; k++) x[k] -= lr * g[k];
        }
        float[] mean = engine.row(engine.mean(dsgd.models()), 0);
        for (int k = 0; k <= dim; k++) assertEquals(x[k], mean[k], 1e-4 * (1 + Math.abs(x[k])), "seed " + seed + " parameter " + k);
        assertTrue(engine.consensusDistance(dsgd.models()) < 1e-9, "clients disagree on the complete graph");
    }

    /**
     * Gradient tracking on a ring with unequal shards reaches the known optimum of noise-free least
     * squares (every example's gradient vanishes there, so minibatch noise dies out too).
     */
    @ParameterizedTest
    @ValueSource(longs = {4})
    void gradientTrackingConvergesToTheKnownOptimum(long seed) {
        DataSplit split = SyntheticTasks.linear(new SplittableRandom(seed), 5, 200, 50);
        Dataset train = split.train();
        int n = 6;
        ModelSpec model = ModelSpec.parse("linear", train.dim(), 0);
        Partition part = Partitioner.partition("unequal:1", train.numExamples(), null, 0, n, new SplittableRandom(seed));
        int[] ids = IntStream.range(0, n).toArray();
        int b = IntStream.range(0, n).map(part::size).min().orElseThrow();
        LocalSgd sgd = new LocalSgd(engine, engine.upload(train), new BatchSampler(part, seed), model, ids, b, 0.05, 0, 0);
        GradientTracking gt = new GradientTracking(sgd, new float[(int) model.numParameters()]);
        MixingMatrix w = new UniformWeights().of(new RingGenerator(n).generate(new SplittableRandom(0)));
        for (int r = 0; r < 400; r++) gt.round(w, true);
        float[] mean = engine.row(engine.mean(gt.models()), 0);
        float[] opt = split.optimum();
        for (int k = 0; k < opt.length; k++) assertEquals(opt[k], mean[k], 2e-2, "seed " + seed + " parameter " + k);
    }
}
