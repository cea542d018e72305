package io.dfloverlay.sim.engine.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.sim.algo.BatchSampler;
import io.dfloverlay.sim.algo.DecentralizedSgd;
import io.dfloverlay.sim.algo.GradientTracking;
import io.dfloverlay.sim.algo.LocalSgd;
import io.dfloverlay.sim.algo.TrainingAlgorithm;
import io.dfloverlay.sim.data.DataSplit;
import io.dfloverlay.sim.data.SyntheticTasks;
import io.dfloverlay.sim.engine.CpuNd4jEngine;
import io.dfloverlay.sim.engine.DeviceData;
import io.dfloverlay.sim.engine.Engine;
import io.dfloverlay.sim.engine.Evaluation;
import io.dfloverlay.sim.model.ModelSpec;
import io.dfloverlay.sim.partition.Partition;
import io.dfloverlay.sim.partition.Partitioner;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The device engine's orchestration on the Java twin against the CPU (ND4J) engine: same seed,
 * same data, same sampler stream, 50 rounds; every parameter of every client, the evaluation and
 * the consensus distance agree to float32 tolerance.
 */
class DeviceEngineParityTest {
    /** Runs one configuration on an engine and returns the final models, flattened, then metrics. */
    private static Result run(Engine engine, Setup s) {
        DataSplit split = s.model.startsWith("linear") ? SyntheticTasks.linear(new SplittableRandom(s.seed), 6, 600, 100)
                : SyntheticTasks.mixture(new SplittableRandom(s.seed), 12, 4, 600, 100);
        int classes = split.train().numClasses();
        ModelSpec model = ModelSpec.parse(s.model, split.train().dim(), classes);
        int n = 10;
        Partition part = Partitioner.partition("iid", split.train().numExamples(), split.train().labels(), classes, n, new SplittableRandom(s.seed));
        int[] ids = IntStream.range(0, n).toArray();
        float[] x0 = model.initialParameters(new SplittableRandom(s.seed + 1));
        MixingMatrix w = GossipGraphs.regular(n, 4, new SplittableRandom(s.seed + 2));
        DeviceData train = engine.upload(split.train());
        LocalSgd sgd = new LocalSgd(engine, train, new BatchSampler(part, s.seed), model, ids, 8, 0.05, s.momentum, s.weightDecay);
        TrainingAlgorithm algo = s.algorithm.equals("gt") ? new GradientTracking(sgd, x0) : new DecentralizedSgd(sgd, s.localSteps, x0);
        for (int r = 0; r < 50; r++) algo.round(w, true);
        float[] flat = new float[(int) (n * model.numParameters())];
        for (int i = 0; i < n; i++) System.arraycopy(engine.row(algo.models(), i), 0, flat, (int) (i * model.numParameters()), (int) model.numParameters());
        Evaluation eval = engine.evaluate(algo.models(), engine.upload(split.test()));
        float[] lossOut = new float[n];
        engine.gradients(algo.models(), train, new int[n * 3], 3, engine.allocate(model, n), lossOut);
        return new Result(flat, eval, engine.consensusDistance(algo.models()), engine.row(engine.mean(algo.models()), 0), lossOut);
    }

    record Setup(String model, String algorithm, int localSteps, double momentum, double weightDecay, long seed) {}

    record Result(float[] params, Evaluation eval, double consensus, float[] mean, float[] lossOut) {}

    @ParameterizedTest(name = "{0} {1} local={2} m={3} wd={4} seed={5}")
    @CsvSource({
        "softmax, dsgd, 1, 0, 0, 1",
        "mlp:16, dsgd, 1, 0.9, 0.001, 2",
        "'mlp:16,8', dsgd, 2, 0, 0, 3",
        "mlp:16, gt, 1, 0, 0.001, 4",
        "linear, dsgd, 1, 0.5, 0, 5",
        "linear, gt, 1, 0, 0, 6",
    })
    void twinMatchesTheCpuEngineOver50Rounds(String model, String algorithm, int localSteps, double momentum, double weightDecay, long seed) {
        Setup s = new Setup(model, algorithm, localSteps, momentum, weightDecay, seed);
        Result cpu, twin;
        try (Engine e = new CpuNd4jEngine()) {
            cpu = run(e, s);
        }
        try (Engine e = new DeviceEngine(new JavaDevice())) {
            twin = run(e, s);
        }
        String tag = s + ": ";
        for (int k = 0; k < cpu.params.length; k++)
            assertEquals(cpu.params[k], twin.params[k], 2e-4 * (1 + Math.abs(cpu.params[k])), tag + "parameter " + k);
        for (int k = 0; k < cpu.mean.length; k++) assertEquals(cpu.mean[k], twin.mean[k], 2e-4 * (1 + Math.abs(cpu.mean[k])), tag + "mean " + k);
        for (int i = 0; i < cpu.eval.loss().length; i++) {
            assertEquals(cpu.eval.loss(i), twin.eval.loss(i), 1e-4 * (1 + cpu.eval.loss(i)), tag + "loss of client " + i);
            if (!Double.isNaN(cpu.eval.accuracy(i))) assertEquals(cpu.eval.accuracy(i), twin.eval.accuracy(i), 0.011, tag + "accuracy of client " + i);
            assertEquals(cpu.lossOut[i], twin.lossOut[i], 1e-4 * (1 + Math.abs(cpu.lossOut[i])), tag + "minibatch loss of client " + i);
        }
        assertEquals(cpu.consensus, twin.consensus, 1e-3 * cpu.consensus + 1e-9, tag + "consensus distance");
    }
}
