package io.dfloverlay.sim.engine.gpu;

import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.sim.algo.BatchSampler;
import io.dfloverlay.sim.algo.DecentralizedSgd;
import io.dfloverlay.sim.algo.GradientTracking;
import io.dfloverlay.sim.algo.LocalSgd;
import io.dfloverlay.sim.algo.TrainingAlgorithm;
import io.dfloverlay.sim.data.DataSplit;
import io.dfloverlay.sim.data.SyntheticTasks;
import io.dfloverlay.sim.engine.DeviceData;
import io.dfloverlay.sim.engine.Engine;
import io.dfloverlay.sim.engine.Evaluation;
import io.dfloverlay.sim.model.ModelSpec;
import io.dfloverlay.sim.partition.Partition;
import io.dfloverlay.sim.partition.Partitioner;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A short seeded training run whose every output (all clients' parameters after the rounds, the
 * evaluation, minibatch losses, the mean model and the consensus distance) can be compared between
 * two engines: the same seed gives the same data, start, graph and minibatch stream on any engine,
 * so results must agree to float32 tolerance.
 *
 * @param model       model spec ({@code softmax}, {@code mlp:16}, {@code linear}...): linear runs on regression data
 * @param algorithm   {@code dsgd} or {@code gt} (gradient tracking)
 * @param localSteps  local SGD steps per round (D-SGD)
 * @param momentum    heavy-ball momentum (D-SGD)
 * @param weightDecay weight decay
 * @param seed        seed of everything
 */
public record ParityRun(String model, String algorithm, int localSteps, double momentum, double weightDecay, long seed) {
    /** Clients of every parity run. */
    public static final int CLIENTS = 10;

    /** Validates the algorithm name. */
    public ParityRun {
        if (!algorithm.equals("dsgd") && !algorithm.equals("gt")) throw new IllegalArgumentException("algorithm must be dsgd or gt, got " + algorithm);
    }

    /**
     * The configurations a parity check covers: softmax and MLPs, D-SGD with momentum, weight decay
     * and local steps, gradient tracking, least squares.
     *
     * @return the runs
     */
    public static List<ParityRun> standard() {
        return List.of(new ParityRun("softmax", "dsgd", 1, 0, 0, 1), new ParityRun("mlp:16", "dsgd", 1, 0.9, 0.001, 2),
                new ParityRun("mlp:16,8", "dsgd", 2, 0, 0, 3), new ParityRun("mlp:16", "gt", 1, 0, 0.001, 4),
                new ParityRun("linear", "dsgd", 1, 0.5, 0, 5), new ParityRun("linear", "gt", 1, 0, 0, 6));
    }

    /**
     * What a run produced.
     *
     * @param params    all clients' parameters, row after row
     * @param eval      evaluation of every client on the test split
     * @param consensus consensus distance
     * @param mean      the average model
     * @param lossOut   per-client minibatch losses of one extra gradient call
     */
    public record Outcome(float[] params, Evaluation eval, double consensus, float[] mean, float[] lossOut) {}

    /**
     * Runs {@code rounds} rounds on {@code engine}.
     *
     * @param engine where to run
     * @param rounds communication rounds
     * @return the outputs
     */
    public Outcome run(Engine engine, int rounds) {
        DataSplit split = model.startsWith("linear") ? SyntheticTasks.linear(new SplittableRandom(seed), 6, 600, 100)
                : SyntheticTasks.mixture(new SplittableRandom(seed), 12, 4, 600, 100);
        int classes = split.train().numClasses();
        ModelSpec spec = ModelSpec.parse(model, split.train().dim(), classes);
        int n = CLIENTS;
        Partition part = Partitioner.partition("iid", split.train().numExamples(), split.train().labels(), classes, n, new SplittableRandom(seed));
        int[] ids = IntStream.range(0, n).toArray();
        float[] x0 = spec.initialParameters(new SplittableRandom(seed + 1));
        MixingMatrix w = GossipGraphs.regular(n, 4, new SplittableRandom(seed + 2));
        DeviceData train = engine.upload(split.train());
        LocalSgd sgd = new LocalSgd(engine, train, new BatchSampler(part, seed), spec, ids, 8, 0.05, momentum, weightDecay);
        TrainingAlgorithm algo = algorithm.equals("gt") ? new GradientTracking(sgd, x0) : new DecentralizedSgd(sgd, localSteps, x0);
        for (int r = 0; r < rounds; r++) algo.round(w, true);
        int p = (int) spec.numParameters();
        float[] flat = new float[n * p];
        for (int i = 0; i < n; i++) System.arraycopy(engine.row(algo.models(), i), 0, flat, i * p, p);
        Evaluation eval = engine.evaluate(algo.models(), engine.upload(split.test()));
        float[] lossOut = new float[n];
        engine.gradients(algo.models(), train, new int[n * 3], 3, engine.allocate(spec, n), lossOut);
        return new Outcome(flat, eval, engine.consensusDistance(algo.models()), engine.row(engine.mean(algo.models()), 0), lossOut);
    }

    /** Tolerance on parameters and losses, relative to {@code 1 + |reference|} (float32 over 50 rounds). */
    public static final double TOLERANCE = 2e-4;

    /**
     * Where two outcomes disagree beyond float32 tolerance: parameters, mean, losses within
     * {@link #TOLERANCE} of {@code 1 + |reference|}; accuracy within one test example in 100;
     * consensus distance within 1e-3 relative.
     *
     * @param ref   reference outcome
     * @param other outcome compared
     * @return one line per disagreement (at most 10), empty when they agree
     */
    public static List<String> disagreements(Outcome ref, Outcome other) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < ref.params.length; k++) differ(out, "parameter " + k, ref.params[k], other.params[k], TOLERANCE);
        for (int k = 0; k < ref.mean.length; k++) differ(out, "mean " + k, ref.mean[k], other.mean[k], TOLERANCE);
        for (int i = 0; i < ref.lossOut.length; i++) {
            differ(out, "loss of client " + i, ref.eval.loss(i), other.eval.loss(i), TOLERANCE);
            differ(out, "minibatch loss of client " + i, ref.lossOut[i], other.lossOut[i], TOLERANCE);
            if (!Double.isNaN(ref.eval.accuracy(i)) && Math.abs(ref.eval.accuracy(i) - other.eval.accuracy(i)) > 0.011)
                out.add("accuracy of client " + i + ": " + ref.eval.accuracy(i) + " vs " + other.eval.accuracy(i));
        }
        if (Math.abs(ref.consensus - other.consensus) > 1e-3 * ref.consensus + 1e-9)
            out.add("consensus distance: " + ref.consensus + " vs " + other.consensus);
        return out.size() > 10 ? out.subList(0, 10) : out;
    }

    private static void differ(List<String> out, String what, double a, double b, double tol) {
        if (!(Math.abs(a - b) <= tol * (1 + Math.abs(a)))) out.add(what + ": " + a + " vs " + b);
    }
}
