package io.dfloverlay.sim;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.sim.algo.BatchSampler;
import io.dfloverlay.sim.algo.DecentralizedSgd;
import io.dfloverlay.sim.algo.GradientTracking;
import io.dfloverlay.sim.algo.LocalSgd;
import io.dfloverlay.sim.algo.TrainingAlgorithm;
import io.dfloverlay.sim.data.DataSplit;
import io.dfloverlay.sim.data.Dataset;
import io.dfloverlay.sim.data.Datasets;
import io.dfloverlay.sim.engine.DeviceData;
import io.dfloverlay.sim.engine.Engine;
import io.dfloverlay.sim.engine.EngineFactory;
import io.dfloverlay.sim.engine.Evaluation;
import io.dfloverlay.sim.engine.ParameterBlock;
import io.dfloverlay.sim.model.ModelSpec;
import io.dfloverlay.sim.partition.Partition;
import io.dfloverlay.sim.partition.Partitioner;
import io.dfloverlay.sim.topology.ChurnSpec;
import io.dfloverlay.sim.topology.RoundTopology;
import io.dfloverlay.sim.topology.Topologies;
import io.dfloverlay.spectral.SpectralMethod;
import io.dfloverlay.spectral.SpectralReport;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * One D-SGD run described by a {@link SimulationConfig}. Construction prepares data, topology and
 * engine (and fails with a clear message on bad input); {@link #run} trains.
 *
 * <p>Randomness: independent streams derived from {@code config.seed()} for the data (synthetic
 * tasks), the topology, the partition, the initial model, the minibatches and churn, so the same
 * config replays the same metrics (all but wall time). Evaluation: the averaged model x̄ on the
 * first {@value #TRAIN_EVAL_EXAMPLES} training rows (train loss) and the whole test set; each
 * client's model on the first {@value #CLIENT_EVAL_EXAMPLES} test rows (client accuracies).
 * Bytes sent count 4 bytes per float for every stored off-diagonal entry of the round's W, times
 * the vectors the algorithm sends (1 for D-SGD, 2 for gradient tracking).
 */
public final class Simulation {
    /** Training rows used for the train loss of x̄. */
    public static final int TRAIN_EVAL_EXAMPLES = 5_000;
    /** Test rows used for the per-client accuracies. */
    public static final int CLIENT_EVAL_EXAMPLES = 200;
    /** Random stream number of the data (synthetic tasks). */
    private static final int DATA_STREAM = 1;

    private final SimulationConfig config;
    private final Engine engine;
    private final DataSplit data;
    private final ModelSpec model;
    private final Partition partition;
    private final RoundTopology topology;
    private final ChurnSpec failures, joins;
    private final RunHeader header;
    private final boolean gradientTracking;

    /**
     * Prepares a run: loads or generates data, partitions it, builds the topology and computes
     * ρ(W) and λ(A) for the header.
     *
     * @throws IllegalArgumentException on any invalid setting (message names it)
     */
    public Simulation(SimulationConfig config) {
        this(config, null);
    }

    /**
     * Prepares a run on data already loaded by {@link #loadData} for a config with the same dataset,
     * dataset path and seed, so that several runs (a topology comparison) share one copy; with
     * {@code preloaded == null} the run loads its own.
     *
     * @throws IllegalArgumentException on any invalid setting (message names it)
     */
    public Simulation(SimulationConfig config, DataSplit preloaded) {
        this.config = config;
        String algo = config.algorithm() == null ? "dsgd" : config.algorithm().trim().toLowerCase(Locale.ROOT);
        gradientTracking = switch (algo) {
            case "dsgd", "d-sgd" -> false;
            case "gradient-tracking", "gt" -> true;
            default -> throw new IllegalArgumentException("unknown algorithm '" + config.algorithm() + "' (expected dsgd or gradient-tracking)");
        };
        if (gradientTracking && config.localSteps() != 1)
            throw new IllegalArgumentException("gradient-tracking takes one local step per round, got local steps " + config.localSteps());
        if (gradientTracking && config.gossipEvery() != 1)
            throw new IllegalArgumentException("gradient-tracking gossips every round, got gossip-every " + config.gossipEvery());
        if (gradientTracking && config.momentum() != 0)
            throw new IllegalArgumentException("gradient-tracking does not support momentum, got " + config.momentum());
        failures = ChurnSpec.parse(config.failures(), "failures");
        joins = ChurnSpec.parse(config.joins(), "joins");
        if ((!failures.isEmpty() || !joins.isEmpty()) && Topologies.isTimeVarying(config.topology()))
            throw new IllegalArgumentException("failures and joins need a static topology, got time-varying " + config.topology());
        this.engine = EngineFactory.create(config.engine());
        this.data = preloaded != null ? preloaded : loadData(config);
        Dataset train = this.data.train();
        this.model = ModelSpec.parse(config.model(), train.dim(), train.numClasses());
        this.partition = Partitioner.partition(config.partition(), train.numExamples(), train.labels(), train.numClasses(),
                config.clients(), stream(3));
        this.topology = Topologies.create(config.topology(), config.clients(), config.degree(), config.topologyParams(),
                config.weights(), stream(2));
        if (topology.numNodes() != config.clients())
            throw new IllegalArgumentException("topology has " + topology.numNodes() + " nodes, expected " + config.clients());
        double rho = Double.NaN, lambda = Double.NaN;
        if (!topology.timeVarying() && config.clients() >= 2 && topology.graph(0).numEdges() == 0) {
            rho = 1; // W = I: no communication
            lambda = 0;
        } else if (!topology.timeVarying() && config.clients() >= 2) {
            SpectralReport report = SpectralReport.of(topology.graph(0), config.weights() == null ? "uniform" : config.weights(),
                    SpectralMethod.AUTO, SpectralReport.DEFAULT_TOLERANCE);
            rho = report.rhoW();
            lambda = report.lambda();
        }
        this.header = new RunHeader(topology.name(), config.clients(), topology.graph(0).numEdges(), rho, lambda, this.data.source(),
                train.numExamples(), this.data.test().numExamples(), partition.summary(train.labels(), train.numClasses()),
                model.numParameters(), engine.description() + ", model " + model + ", " + (gradientTracking ? "gradient-tracking" : "D-SGD"));
    }

    /** The run's header (topology, data source, spectral scalars). */
    public RunHeader header() {
        return header;
    }

    /** The model being trained. */
    public ModelSpec model() {
        return model;
    }

    /** The data split in use (synthetic tasks carry their known optimum). */
    public DataSplit data() {
        return data;
    }

    /**
     * Runs up to {@code config.rounds()} rounds, reporting to {@code listener}; stops early after
     * the current round when {@code cancelled} becomes true. Returns the last metrics.
     */
    public RoundMetrics run(MetricsListener listener, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        int n = config.clients();
        DeviceData train = engine.upload(data.train());
        DeviceData trainEval = engine.upload(data.train().head(TRAIN_EVAL_EXAMPLES));
        DeviceData test = engine.upload(data.test());
        DeviceData clientEval = engine.upload(data.test().head(CLIENT_EVAL_EXAMPLES));
        BatchSampler sampler = new BatchSampler(partition, derive(4));
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) ids[i] = i;
        LocalSgd sgd = new LocalSgd(engine, train, sampler, model, ids, config.batchSize(), config.learningRate(),
                config.momentum(), config.weightDecay());
        float[] x0 = model.initialParameters(stream(5));
        TrainingAlgorithm algo = gradientTracking ? new GradientTracking(sgd, x0) : new DecentralizedSgd(sgd, config.localSteps(), x0);
        ChurnProcess churn = null;
        MixingMatrix w = topology.mixing(0);
        if (!failures.isEmpty() || !joins.isEmpty()) {
            churn = new ChurnProcess(topology.graph(0), config.degree(), config.repair(), failures, joins, stream(6), sampler,
                    data.train().numExamples());
            Graph attached = churn.currentGraph();
            if (!attached.equals(topology.graph(0))) w = Topologies.weights(config.weights()).of(attached);
        }
        long bytes = 0;
        RoundMetrics last = null;
        int rounds = config.rounds();
        for (int r = 1; r <= rounds; r++) {
            if (churn != null) {
                MixingMatrix changed = churn.apply(r, algo, engine);
                if (changed != null) w = changed;
            } else if (topology.timeVarying()) {
                w = topology.mixing(r - 1);
            }
            boolean gossip = gradientTracking || r % config.gossipEvery() == 0;
            int vectors = algo.round(w, gossip);
            bytes += vectors * (long) (w.numStored() - w.size()) * model.numParameters() * 4L;
            listener.onRound(r, rounds);
            boolean stop = cancelled.getAsBoolean();
            if (r % config.evalEvery() == 0 || r == rounds || stop) {
                last = evaluate(r, algo.models(), trainEval, test, clientEval, bytes, start);
                listener.onEval(last);
            }
            if (stop) break;
        }
        return last;
    }

    private RoundMetrics evaluate(int round, ParameterBlock x, DeviceData trainEval, DeviceData test, DeviceData clientEval,
            long bytes, long start) {
        ParameterBlock mean = engine.mean(x);
        Evaluation tr = engine.evaluate(mean, trainEval);
        Evaluation te = engine.evaluate(mean, test);
        Evaluation clients = engine.evaluate(x, clientEval);
        double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.rows(); i++) {
            double a = clients.accuracy(i);
            sum += a;
            min = Math.min(min, a);
            max = Math.max(max, a);
        }
        boolean regression = !data.train().isClassification();
        double consensus = engine.consensusDistance(x);
        return new RoundMetrics(round, tr.loss(0), te.loss(0), te.accuracy(0),
                regression ? Double.NaN : sum / x.rows(), regression ? Double.NaN : min, regression ? Double.NaN : max,
                consensus, te.loss(0) - tr.loss(0), bytes, (System.nanoTime() - start) / 1e9, x.rows());
    }

    /**
     * The data a run of {@code config} uses: the named dataset, or the synthetic task drawn from the
     * config's seed (its data stream).
     *
     * @throws IllegalArgumentException for an unknown dataset or a missing explicit path
     */
    public static DataSplit loadData(SimulationConfig config) {
        return Datasets.load(config.dataset(), config.datasetPath(), new SplittableRandom(derive(config.seed(), DATA_STREAM)));
    }

    private SplittableRandom stream(int k) {
        return new SplittableRandom(derive(config.seed(), k));
    }

    private long derive(int k) {
        return derive(config.seed(), k);
    }

    /** SplitMix64 finalizer of seed and stream number: independent, reproducible sub-seeds. */
    private static long derive(long seed, int k) {
        long z = seed + 0x9E3779B97F4A7C15L * (k + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
