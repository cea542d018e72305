package io.dfloverlay.sim;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.MixingWeights;
import io.dfloverlay.core.labelskew.LabelHistograms;
import io.dfloverlay.core.topology.TopologyInputs;
import io.dfloverlay.sim.algo.BatchSampler;
import io.dfloverlay.sim.algo.CliqueAveraging;
import io.dfloverlay.sim.algo.DecentralizedSgd;
import io.dfloverlay.sim.algo.GradientTracking;
import io.dfloverlay.sim.algo.LocalSgd;
import io.dfloverlay.sim.algo.TrainingAlgorithm;
import io.dfloverlay.maintenance.strategy.RepairStrategies;
import io.dfloverlay.sim.config.AdversaryConfig;
import io.dfloverlay.sim.config.AlgorithmConfig;
import io.dfloverlay.sim.config.ChurnConfig;
import io.dfloverlay.sim.config.ConfigException;
import io.dfloverlay.sim.config.DataConfig;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.config.TopologyConfig;
import io.dfloverlay.sim.data.DataIdentity;
import io.dfloverlay.sim.data.DataSplit;
import io.dfloverlay.sim.data.LoadedData;
import io.dfloverlay.sim.data.Dataset;
import io.dfloverlay.sim.data.Datasets;
import io.dfloverlay.sim.data.ExampleGroups;
import io.dfloverlay.sim.engine.DeviceData;
import io.dfloverlay.sim.engine.Engine;
import io.dfloverlay.sim.engine.EngineFactory;
import io.dfloverlay.sim.engine.Evaluation;
import io.dfloverlay.sim.engine.ParameterBlock;
import io.dfloverlay.sim.model.ModelSpec;
import io.dfloverlay.sim.partition.Partition;
import io.dfloverlay.sim.partition.Partitioner;
import io.dfloverlay.sim.topology.RoundTopology;
import io.dfloverlay.sim.topology.Topologies;
import io.dfloverlay.spectral.SpectralMethod;
import io.dfloverlay.spectral.SpectralReport;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * One D-SGD run described by a {@link RunConfig}. Construction prepares data, topology and
 * engine (and fails with a message naming the config key on bad input); {@link #run} trains.
 *
 * <p>Randomness: independent streams derived from the config's seed for the data (synthetic
 * tasks), the topology, the partition, the initial model, the minibatches and churn, so the same
 * config replays the same metrics (all but wall time). Evaluation: the averaged model x̄ on the
 * first {@value #TRAIN_EVAL_EXAMPLES} training rows (train loss) and the whole test set; each
 * client's model on the first {@value #CLIENT_EVAL_EXAMPLES} test rows (client accuracies).
 * Bytes sent count 4 bytes per float for every stored off-diagonal entry of the round's W, times
 * the vectors the algorithm sends (1 for D-SGD, 2 for gradient tracking), plus Clique Averaging's
 * gradient messages. Data-aware topology kinds ({@code d-cliques}, {@code stl-fw},
 * {@code label-aware}) get the clients' label histograms, computed from the partition.
 *
 * <p>Data: when the config records a data identity ({@code data.identity}), the data loaded must
 * match it, else construction fails with {@code data.identity: ...} saying what differs; the
 * {@link #resolvedConfig()} records the identity of the data actually used.
 */
public final class Simulation {
    /** Training rows used for the train loss of x̄. */
    public static final int TRAIN_EVAL_EXAMPLES = 5_000;
    /** Test rows used for the per-client accuracies. */
    public static final int CLIENT_EVAL_EXAMPLES = 200;
    /** Random stream number of the data (synthetic tasks). */
    private static final int DATA_STREAM = 1;
    /** Random stream number of the adversary (when its seed is not given). */
    private static final int ADVERSARY_STREAM = 7;

    private final RunConfig config;
    private final Engine engine;
    private final LoadedData loaded;
    private final DataSplit data;
    private final ModelSpec model;
    private final Partition partition;
    private final RoundTopology topology;
    private final MixingWeights weights;
    private final RunHeader header;
    private final boolean gradientTracking;
    /** The Byzantine clients and the defence, or null for an honest run. */
    private final Adversary adversary;

    /**
     * Prepares a run: loads or generates data, partitions it, builds the topology and computes
     * ρ(W) and λ(A) for the header.
     *
     * @param config the run
     * @throws IllegalArgumentException on any invalid setting (a {@link ConfigException} naming its key path)
     */
    public Simulation(RunConfig config) {
        this(config, null);
    }

    /**
     * Prepares a run on data already loaded by {@link #loadData} for a config with the same dataset,
     * path and seed, so that several runs (a topology comparison) share one copy; with
     * {@code preloaded == null} the run loads its own.
     *
     * @param config    the run
     * @param preloaded data loaded by {@link #loadData}, or null
     * @throws IllegalArgumentException on any invalid setting (a {@link ConfigException} naming its key path)
     */
    public Simulation(RunConfig config, LoadedData preloaded) {
        this.config = config;
        gradientTracking = config.algorithm().kind() == AlgorithmConfig.Kind.GRADIENT_TRACKING;
        AdversaryConfig adv = config.adversary();
        if (adv != null && !config.churn().isEmpty())
            throw new ConfigException("adversary", "Byzantine clients with churn (failures, joins) are not supported; omit one of them");
        if (adv != null && gradientTracking)
            throw new ConfigException("adversary", "Byzantine clients need algorithm dsgd (robust gradient tracking is not implemented)");
        TopologyConfig tc = config.topology();
        if (!config.churn().isEmpty() && Topologies.isTimeVarying(tc.kind()))
            throw new ConfigException("churn", "failures and joins need a static topology, got time-varying " + tc.kind());
        if (!config.churn().isEmpty()) named("churn.repair", () -> RepairStrategies.byName(config.churn().repair()));
        checkModelFitsData(config);
        this.engine = named("execution.engine", () -> EngineFactory.create(config.execution().engine()));
        this.loaded = preloaded != null ? preloaded : loadData(config);
        DataIdentity expected = config.data().identity();
        if (expected != null) {
            List<String> diff = expected.differences(loaded.identity());
            if (!diff.isEmpty())
                throw new ConfigException("data.identity", "the data differ from the recorded run's: " + String.join(", ", diff));
        }
        this.data = loaded.split();
        Dataset train = this.data.train();
        this.model = ModelSpec.of(config.model(), train.dim(), train.numClasses());
        ExampleGroups groups = this.data.groups();
        int[] strata = groups != null ? groups.book() : train.labels();
        int numStrata = groups != null ? groups.books() : train.numClasses();
        this.partition = named("data.partition", () -> Partitioner.partition(config.data().partition(), train.numExamples(),
                strata, numStrata, groups, tc.n(), stream(3)));
        this.weights = named("topology.weights", () -> Topologies.weights(tc.weights()));
        TopologyInputs inputs = train.isClassification() && train.labels() != null
                ? TopologyInputs.NONE.with(LabelHistograms.class, partition.labelHistograms(train.labels(), train.numClasses()))
                : TopologyInputs.NONE;
        this.topology = named("topology", () -> Topologies.create(tc.kind(), tc.n(), tc.d(), tc.params(), tc.weights(), inputs, stream(2)));
        if (config.algorithm().kind() == AlgorithmConfig.Kind.CLIQUE_AVERAGING) {
            if (topology.groups().length == 0)
                throw new ConfigException("algorithm.kind", "clique-averaging needs a topology with cliques (d-cliques), got " + tc.kind());
            if (!config.churn().isEmpty()) throw new ConfigException("churn", "clique-averaging needs a fixed set of clients");
        }
        if (topology.numNodes() != tc.n())
            throw new ConfigException("topology", "has " + topology.numNodes() + " nodes, expected n = " + tc.n());
        double rho = Double.NaN, lambda = Double.NaN;
        if (!topology.timeVarying() && tc.n() >= 2 && topology.graph(0).numEdges() == 0) {
            rho = 1; // W = I: no communication
            lambda = 0;
        } else if (!topology.timeVarying() && tc.n() >= 2) {
            SpectralReport report = SpectralReport.of(topology.graph(0), tc.weights(),
                    SpectralMethod.AUTO, SpectralReport.DEFAULT_TOLERANCE);
            rho = report.rhoW();
            lambda = report.lambda();
        }
        this.adversary = adv == null ? null : Adversary.of(adv, topology, derive(config.execution().seed(), ADVERSARY_STREAM));
        this.header = new RunHeader(topology.name(), tc.n(), topology.graph(0).numEdges(), rho, lambda, this.data.source(),
                train.numExamples(), this.data.test().numExamples(), partition.summary(strata, numStrata),
                model.numParameters(), engine.description() + ", model " + model + ", " + algorithmName(config.algorithm().kind())
                        + (adversary == null ? "" : ", " + adversary.description()));
    }

    private static String algorithmName(AlgorithmConfig.Kind kind) {
        return switch (kind) {
            case DSGD -> "D-SGD";
            case CLIQUE_AVERAGING -> "D-SGD with Clique Averaging";
            case GRADIENT_TRACKING -> "gradient-tracking";
        };
    }

    /**
     * Prepares and trains {@code config}, reporting to {@code listener} (see {@link #run(MetricsListener)}).
     *
     * @param config   the run
     * @param listener receives the header, rounds and metrics; may cancel
     * @return the last metrics, or null if no round ran
     * @throws IllegalArgumentException on any invalid setting (a {@link ConfigException} naming its key path)
     */
    public static RoundMetrics run(RunConfig config, MetricsListener listener) {
        return new Simulation(config).run(listener);
    }

    /**
     * The run's header.
     *
     * @return topology, data source, spectral scalars, model size and engine
     */
    public RunHeader header() {
        return header;
    }

    /**
     * The config as given, with the identity of the data actually used; running it again replays this run.
     *
     * @return the replayable config
     */
    public RunConfig resolvedConfig() {
        return config.withDataIdentity(loaded.identity());
    }

    /**
     * The model being trained.
     *
     * @return its layer widths and loss
     */
    public ModelSpec model() {
        return model;
    }

    /**
     * The data split in use (synthetic tasks carry their known optimum).
     *
     * @return the train and test sets
     */
    public DataSplit data() {
        return data;
    }

    /**
     * Runs up to {@code execution.rounds} rounds: calls {@link MetricsListener#onStart} with the
     * header, then after each round {@link MetricsListener#onRound}, at evaluation rounds
     * {@link MetricsListener#onEval}, after churn events {@link MetricsListener#onOverlayChange}; once {@link MetricsListener#cancelled()} is true it evaluates
     * the current round and stops.
     *
     * @param listener receives the header, rounds and metrics; may cancel
     * @return the last metrics (null if no round ran)
     */
    public RoundMetrics run(MetricsListener listener) {
        listener.onStart(header);
        long start = System.nanoTime();
        int n = config.topology().n();
        AlgorithmConfig ac = config.algorithm();
        DeviceData train = engine.upload(data.train());
        DeviceData trainEval = engine.upload(data.train().head(TRAIN_EVAL_EXAMPLES));
        DeviceData test = engine.upload(data.test());
        DeviceData clientEval = engine.upload(data.test().head(CLIENT_EVAL_EXAMPLES));
        BatchSampler sampler = new BatchSampler(partition, derive(4));
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) ids[i] = i;
        LocalSgd sgd = new LocalSgd(engine, train, sampler, model, ids, ac.batchSize(), ac.learningRate(),
                ac.momentum(), ac.weightDecay());
        float[] x0 = model.initialParameters(stream(5));
        MixingMatrix cliques = ac.kind() == AlgorithmConfig.Kind.CLIQUE_AVERAGING ? CliqueAveraging.matrix(topology.groups(), n) : null;
        TrainingAlgorithm algo = gradientTracking ? new GradientTracking(sgd, x0)
                : new DecentralizedSgd(sgd, ac.localSteps(), x0, cliques, adversary == null ? null : adversary.gossipStep(engine, x0));
        ChurnProcess churn = null;
        MixingMatrix w = topology.mixing(0);
        ChurnConfig cc = config.churn();
        if (!cc.isEmpty()) {
            Integer d = config.topology().d();
            churn = new ChurnProcess(topology.graph(0), d == null ? 0 : d, cc.repair(), weights, cc.failures(), cc.joins(),
                    stream(6), sampler, data.train().numExamples());
            Graph attached = churn.currentGraph();
            if (!attached.equals(topology.graph(0))) w = weights.of(attached);
        }
        long bytes = 0;
        RoundMetrics last = null;
        int rounds = config.execution().rounds();
        int evalEvery = config.execution().evaluation().every();
        for (int r = 1; r <= rounds; r++) {
            if (churn != null) {
                MixingMatrix changed = churn.apply(r, algo, engine);
                if (changed != null) {
                    w = changed;
                    listener.onOverlayChange(new OverlayChange(r, churn.currentGraph(), config.topology().weights()));
                }
            } else if (topology.timeVarying()) {
                w = topology.mixing(r - 1);
            }
            boolean gossip = gradientTracking || r % ac.gossipEvery() == 0;
            int vectors = algo.round(w, gossip);
            bytes += (vectors * (long) (w.numStored() - w.size()) + algo.auxiliaryMessages()) * model.numParameters() * 4L;
            listener.onRound(r, rounds);
            boolean stop = listener.cancelled();
            if (r % evalEvery == 0 || r == rounds || stop) {
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
        HonestMetrics honest = adversary == null ? null : honestMetrics(x, clients, test, regression);
        return new RoundMetrics(round, tr.loss(0), te.loss(0), te.accuracy(0),
                regression ? Double.NaN : sum / x.rows(), regression ? Double.NaN : min, regression ? Double.NaN : max,
                consensus, te.loss(0) - tr.loss(0), bytes, (System.nanoTime() - start) / 1e9, x.rows(), honest);
    }

    /** The honest clients' average model on the test set, their own accuracies and consensus distance. */
    private HonestMetrics honestMetrics(ParameterBlock x, Evaluation clients, DeviceData test, boolean regression) {
        int[] rows = adversary.honestRows();
        ParameterBlock h = engine.selectRows(x, rows);
        Evaluation te = engine.evaluate(engine.mean(h), test);
        double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i : rows) {
            double a = clients.accuracy(i);
            sum += a;
            min = Math.min(min, a);
            max = Math.max(max, a);
        }
        return new HonestMetrics(rows.length, x.rows() - rows.length, te.loss(0), te.accuracy(0),
                regression ? Double.NaN : sum / rows.length, regression ? Double.NaN : min, regression ? Double.NaN : max,
                engine.consensusDistance(h));
    }

    /**
     * The data a run of {@code config} uses, with its identity: the named dataset, or the synthetic
     * task drawn from the config's seed (its data stream).
     *
     * @param config the run
     * @return the data and which copy it is
     * @throws ConfigException {@code data: ...} for an unknown dataset or a missing explicit path
     */
    public static LoadedData loadData(RunConfig config) {
        DataConfig dc = config.data();
        checkModelFitsData(config);
        return named("data", () -> Datasets.loadIdentified(dc.dataset(), dc.path(),
                new SplittableRandom(derive(config.execution().seed(), DATA_STREAM)), config.model().context()));
    }

    /** A text needs the character model, and the character model a text. */
    private static void checkModelFitsData(RunConfig config) {
        String name = config.data().dataset();
        boolean text = Datasets.isText(name);
        if (text && config.model().context() == null)
            throw new ConfigException("model", "dataset " + name + " is a text: it needs the character model, e.g. char-mlp:ctx=16,hidden=256");
        if (!text && config.model().context() != null)
            throw new ConfigException("model.context", "the character model needs a text dataset (" + Datasets.KJV + " or "
                    + Datasets.KJV_SAMPLE + "), got " + name);
    }

    /** Runs {@code step}, reporting its IllegalArgumentException as a config error at {@code path}. */
    private static <T> T named(String path, Supplier<T> step) {
        try {
            return step.get();
        } catch (ConfigException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(path, e.getMessage());
        }
    }

    private SplittableRandom stream(int k) {
        return new SplittableRandom(derive(config.execution().seed(), k));
    }

    private long derive(int k) {
        return derive(config.execution().seed(), k);
    }

    /** SplitMix64 finalizer of seed and stream number: independent, reproducible sub-seeds. */
    private static long derive(long seed, int k) {
        long z = seed + 0x9E3779B97F4A7C15L * (k + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
