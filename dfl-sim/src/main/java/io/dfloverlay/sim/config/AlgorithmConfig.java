package io.dfloverlay.sim.config;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The training algorithm and its hyper-parameters.
 *
 * @param kind         {@code dsgd}, {@code clique-averaging} or {@code gradient-tracking}
 * @param learningRate SGD step size, finite and &gt; 0
 * @param momentum     heavy-ball momentum in [0, 1) (0 for gradient tracking)
 * @param weightDecay  L2 weight decay, at least 0
 * @param localSteps   local SGD steps per round, at least 1 (1 for gradient tracking)
 * @param gossipEvery  gossip every this many rounds, at least 1 (1 for gradient tracking)
 * @param batchSize    minibatch size per client and step, at least 1
 */
public record AlgorithmConfig(Kind kind, double learningRate, double momentum, double weightDecay,
        int localSteps, int gossipEvery, int batchSize) {

    /** The algorithms; in JSON by their {@link #id()}. */
    public enum Kind {
        /** Decentralized SGD (local steps, then gossip). */
        DSGD("dsgd"),
        /**
         * D-SGD with Clique Averaging (D-Cliques, Bellet et al. 2022): gradients are averaged over
         * the node's clique before the local update; needs a topology with cliques ({@code d-cliques}).
         */
        CLIQUE_AVERAGING("clique-averaging"),
        /** Gradient tracking (DIGing). */
        GRADIENT_TRACKING("gradient-tracking");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /**
         * The name used in JSON and on the command line.
         *
         * @return e.g. {@code gradient-tracking}
         */
        @JsonValue
        public String id() {
            return id;
        }
    }

    /**
     * Validates ranges and the constraints of gradient tracking.
     *
     * @throws ConfigException naming the key of a missing or out-of-range value
     */
    public AlgorithmConfig {
        ConfigException.require(kind != null, "kind", "missing");
        ConfigException.require(learningRate > 0 && Double.isFinite(learningRate), "learningRate", "must be > 0, got " + learningRate);
        ConfigException.require(momentum >= 0 && momentum < 1, "momentum", "must be in [0, 1), got " + momentum);
        ConfigException.require(weightDecay >= 0 && Double.isFinite(weightDecay), "weightDecay", "must be >= 0, got " + weightDecay);
        ConfigException.require(localSteps >= 1, "localSteps", "must be at least 1, got " + localSteps);
        ConfigException.require(gossipEvery >= 1, "gossipEvery", "must be at least 1, got " + gossipEvery);
        ConfigException.require(batchSize >= 1, "batchSize", "must be at least 1, got " + batchSize);
        if (kind == Kind.GRADIENT_TRACKING) {
            ConfigException.require(localSteps == 1, "localSteps", "gradient-tracking takes one local step per round, got " + localSteps);
            ConfigException.require(gossipEvery == 1, "gossipEvery", "gradient-tracking gossips every round, got " + gossipEvery);
            ConfigException.require(momentum == 0, "momentum", "gradient-tracking does not support momentum, got " + momentum);
        }
    }
}
