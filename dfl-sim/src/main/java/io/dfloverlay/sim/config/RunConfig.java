package io.dfloverlay.sim.config;

import io.dfloverlay.sim.data.DataIdentity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that determines a simulation run, the single input of
 * {@link io.dfloverlay.sim.Simulation}; with the same config (seed and data identity included) a
 * run is replayed exactly. Read and written as JSON ({@code config.json}) by {@link RunConfigJson};
 * assembled field by field with {@link #builder()}.
 *
 * @param topology  the overlay and its mixing weights
 * @param data      the dataset, its split and (when recorded) its identity
 * @param model     the network trained
 * @param algorithm the training algorithm and hyper-parameters
 * @param churn     failures, joins and repair (null: none)
 * @param execution rounds, engine, seed and evaluation schedule
 * @param adversary adversarial clients, or null for an honest run
 */
public record RunConfig(TopologyConfig topology, DataConfig data, ModelConfig model, AlgorithmConfig algorithm,
        ChurnConfig churn, ExecutionConfig execution, AdversaryConfig adversary) {

    /**
     * Validates presence of the required sections.
     *
     * @throws ConfigException naming a missing section
     */
    public RunConfig {
        ConfigException.require(topology != null, "topology", "missing");
        ConfigException.require(data != null, "data", "missing");
        ConfigException.require(model != null, "model", "missing");
        ConfigException.require(algorithm != null, "algorithm", "missing");
        ConfigException.require(execution != null, "execution", "missing");
        churn = churn == null ? ChurnConfig.NONE : churn;
    }

    /**
     * This config with the data's identity set (null: accept any data).
     *
     * @param identity the identity the run must use
     * @return a copy with {@code data.identity} replaced
     */
    public RunConfig withDataIdentity(DataIdentity identity) {
        return new RunConfig(topology, data.withIdentity(identity), model, algorithm, churn, execution, adversary);
    }

    /**
     * This config over another topology kind, everything else equal (as {@code compare} runs it).
     *
     * @param kind the topology kind
     * @return a copy with {@code topology.kind} replaced
     */
    public RunConfig withTopologyKind(String kind) {
        TopologyConfig t = ConfigException.in("topology",
                () -> new TopologyConfig(kind, topology.n(), topology.d(), topology.params(), topology.weights()));
        return new RunConfig(t, data, model, algorithm, churn, execution, adversary);
    }

    /**
     * A builder with the command line's defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder starting from this config's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.topologyKind = topology.kind();
        b.n = topology.n();
        b.d = topology.d();
        b.params = new LinkedHashMap<>(topology.params());
        b.weights = topology.weights();
        b.dataset = data.dataset();
        b.dataPath = data.path();
        b.partition = data.partition();
        b.dataIdentity = data.identity();
        b.hidden = model.hidden();
        b.context = model.context();
        b.algorithm = algorithm.kind();
        b.learningRate = algorithm.learningRate();
        b.momentum = algorithm.momentum();
        b.weightDecay = algorithm.weightDecay();
        b.localSteps = algorithm.localSteps();
        b.gossipEvery = algorithm.gossipEvery();
        b.batchSize = algorithm.batchSize();
        b.failures = churn.failures();
        b.joins = churn.joins();
        b.repair = churn.repair();
        b.rounds = execution.rounds();
        b.engine = execution.engine();
        b.seed = execution.seed();
        b.evalEvery = execution.evaluation().every();
        b.targetAccuracy = execution.evaluation().targetAccuracy();
        b.adversary = adversary;
        return b;
    }

    /**
     * Sets a {@link RunConfig}'s values one by one (flat, like command-line flags); {@link #build()}
     * validates them, errors naming the key path. Defaults: random-regular, n = 100, d = 8, uniform
     * weights, fashion-mnist iid, mlp, dsgd with lr 0.05, batch 32, 100 rounds, evaluation every 10,
     * engine auto, seed 1, no churn, honest. Not thread-safe.
     */
    public static final class Builder {
        private String topologyKind = "random-regular";
        private int n = 100;
        private Integer d = 8;
        private Map<String, Object> params = new LinkedHashMap<>();
        private String weights = "uniform";
        private String dataset = "fashion-mnist";
        private String dataPath;
        private PartitionConfig partition = new PartitionConfig.Iid();
        private DataIdentity dataIdentity;
        private List<Integer> hidden = ModelConfig.MLP_HIDDEN;
        private Integer context;
        private AlgorithmConfig.Kind algorithm = AlgorithmConfig.Kind.DSGD;
        private double learningRate = 0.05, momentum, weightDecay;
        private int localSteps = 1, gossipEvery = 1, batchSize = 32;
        private ChurnSchedule failures = ChurnSchedule.NONE, joins = ChurnSchedule.NONE;
        private String repair = "none";
        private int rounds = 100;
        private String engine = "auto";
        private long seed = 1;
        private int evalEvery = 10;
        private Double targetAccuracy;
        private AdversaryConfig adversary;

        private Builder() {}

        /**
         * Sets the topology kind name.
         *
         * @param v the value
         * @return this builder
         */
        public Builder topology(String v) { topologyKind = v; return this; }
        /**
         * Sets the number of clients.
         *
         * @param v the value
         * @return this builder
         */
        public Builder clients(int v) { n = v; return this; }
        /**
         * Sets the degree, or null for kinds without one.
         *
         * @param v the value
         * @return this builder
         */
        public Builder degree(Integer v) { d = v; return this; }
        /**
         * Sets the topology parameters (JSON scalars).
         *
         * @param v the value
         * @return this builder
         */
        public Builder topologyParams(Map<String, ?> v) { params = new LinkedHashMap<>(v); return this; }
        /**
         * Sets the mixing-weight scheme name.
         *
         * @param v the value
         * @return this builder
         */
        public Builder weights(String v) { weights = v; return this; }
        /**
         * Sets the dataset name.
         *
         * @param v the value
         * @return this builder
         */
        public Builder dataset(String v) { dataset = v; return this; }
        /**
         * Sets the dataset directory, or null.
         *
         * @param v the value
         * @return this builder
         */
        public Builder dataPath(String v) { dataPath = v; return this; }
        /**
         * Sets the partition.
         *
         * @param v the value
         * @return this builder
         */
        public Builder partition(PartitionConfig v) { partition = v; return this; }
        /**
         * Sets the required data identity, or null for any.
         *
         * @param v the value
         * @return this builder
         */
        public Builder dataIdentity(DataIdentity v) { dataIdentity = v; return this; }
        /**
         * Sets the model.
         *
         * @param v the value
         * @return this builder
         */
        public Builder model(ModelConfig v) { hidden = v.hidden(); context = v.context(); return this; }
        /**
         * Sets the algorithm.
         *
         * @param v the value
         * @return this builder
         */
        public Builder algorithm(AlgorithmConfig.Kind v) { algorithm = v; return this; }
        /**
         * Sets the learning rate.
         *
         * @param v the value
         * @return this builder
         */
        public Builder learningRate(double v) { learningRate = v; return this; }
        /**
         * Sets the momentum.
         *
         * @param v the value
         * @return this builder
         */
        public Builder momentum(double v) { momentum = v; return this; }
        /**
         * Sets the weight decay.
         *
         * @param v the value
         * @return this builder
         */
        public Builder weightDecay(double v) { weightDecay = v; return this; }
        /**
         * Sets the local steps per round.
         *
         * @param v the value
         * @return this builder
         */
        public Builder localSteps(int v) { localSteps = v; return this; }
        /**
         * Sets the gossip interval: gossip every this many rounds.
         *
         * @param v the value
         * @return this builder
         */
        public Builder gossipEvery(int v) { gossipEvery = v; return this; }
        /**
         * Sets the minibatch size.
         *
         * @param v the value
         * @return this builder
         */
        public Builder batchSize(int v) { batchSize = v; return this; }
        /**
         * Sets the failure schedule.
         *
         * @param v the value
         * @return this builder
         */
        public Builder failures(ChurnSchedule v) { failures = v; return this; }
        /**
         * Sets the join schedule.
         *
         * @param v the value
         * @return this builder
         */
        public Builder joins(ChurnSchedule v) { joins = v; return this; }
        /**
         * Sets the repair strategy name.
         *
         * @param v the value
         * @return this builder
         */
        public Builder repair(String v) { repair = v; return this; }
        /**
         * Sets the number of communication rounds.
         *
         * @param v the value
         * @return this builder
         */
        public Builder rounds(int v) { rounds = v; return this; }
        /**
         * Sets the engine name.
         *
         * @param v the value
         * @return this builder
         */
        public Builder engine(String v) { engine = v; return this; }
        /**
         * Sets the master seed.
         *
         * @param v the value
         * @return this builder
         */
        public Builder seed(long v) { seed = v; return this; }
        /**
         * Sets the evaluation interval: evaluate every this many rounds.
         *
         * @param v the value
         * @return this builder
         */
        public Builder evalEvery(int v) { evalEvery = v; return this; }
        /**
         * Sets the target test accuracy, or null.
         *
         * @param v the value
         * @return this builder
         */
        public Builder targetAccuracy(Double v) { targetAccuracy = v; return this; }
        /**
         * Sets the adversary, or null for honest.
         *
         * @param v the value
         * @return this builder
         */
        public Builder adversary(AdversaryConfig v) { adversary = v; return this; }

        /**
         * The config of the values set.
         *
         * @return the validated config
         * @throws ConfigException naming the key path of the first invalid value
         */
        public RunConfig build() {
            TopologyConfig t = ConfigException.in("topology", () -> new TopologyConfig(topologyKind, n, d, params, weights));
            DataConfig dc = ConfigException.in("data", () -> new DataConfig(dataset, dataPath, partition, dataIdentity));
            ModelConfig m = ConfigException.in("model", () -> new ModelConfig(hidden, context));
            AlgorithmConfig a = ConfigException.in("algorithm",
                    () -> new AlgorithmConfig(algorithm, learningRate, momentum, weightDecay, localSteps, gossipEvery, batchSize));
            ChurnConfig c = new ChurnConfig(failures, joins, repair);
            ExecutionConfig e = ConfigException.in("execution", () -> new ExecutionConfig(rounds, engine, seed,
                    ConfigException.in("evaluation", () -> new EvaluationConfig(evalEvery, targetAccuracy))));
            return new RunConfig(t, dc, m, a, c, e, adversary);
        }
    }
}
