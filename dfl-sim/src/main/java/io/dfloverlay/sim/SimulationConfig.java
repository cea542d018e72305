package io.dfloverlay.sim;

import java.util.Map;
import java.util.TreeMap;

/**
 * Everything that determines a simulation run; with the same config (seed included) a run is
 * replayed exactly. Specs are short strings so a config round-trips through JSON and the CLI.
 *
 * @param topology       topology kind or alias of the {@code TopologyRegistry}, e.g. {@code random-regular}, {@code ring}, {@code near-optimal}
 * @param clients        number of clients n
 * @param degree         degree d, for kinds that take one (ignored otherwise)
 * @param topologyParams extra generator parameters (key → value), may be empty
 * @param weights        mixing weights: {@code uniform}, {@code mh}, {@code best-constant}, {@code lazy}
 * @param dataset        {@code fashion-mnist}, {@code synthetic-linear}, {@code synthetic-logistic}, {@code gaussian-mixture}
 * @param datasetPath    directory of the IDX files, or null for the default location / embedded sample
 * @param partition      {@code iid}, {@code dirichlet:ALPHA}, {@code shards:K}, {@code unequal:SIGMA}
 * @param model          {@code softmax}, {@code mlp} (784-256-10 for Fashion-MNIST) or {@code mlp:W1,W2,...}
 * @param algorithm      {@code dsgd} or {@code gradient-tracking}
 * @param rounds         number of communication rounds
 * @param localSteps     local SGD steps per round
 * @param gossipEvery    gossip every k rounds (1 = every round)
 * @param batchSize      minibatch size per client and step
 * @param learningRate   SGD step size
 * @param momentum       heavy-ball momentum (0 = none)
 * @param weightDecay    L2 weight decay
 * @param evalEvery      evaluate metrics every this many rounds (and at the last round)
 * @param engine         {@code cpu}, {@code gpu} or {@code auto}
 * @param seed           master seed for topology, data split, initialisation and sampling
 * @param failures       failure spec: empty for none, {@code at:ROUND:FRACTION[,...]} or {@code rate:P} per round
 * @param joins          join spec in the same syntax (joins of new clients), empty for none
 * @param repair         maintenance strategy applied after failures/joins, e.g. {@code pairing}, {@code none}
 */
public record SimulationConfig(
        String topology, int clients, int degree, Map<String, String> topologyParams, String weights,
        String dataset, String datasetPath, String partition, String model, String algorithm,
        int rounds, int localSteps, int gossipEvery, int batchSize,
        double learningRate, double momentum, double weightDecay,
        int evalEvery, String engine, long seed,
        String failures, String joins, String repair) {

    /** Validates ranges and copies the parameter map (sorted, for stable output). */
    public SimulationConfig {
        if (clients < 1) throw new IllegalArgumentException("clients must be >= 1, got " + clients);
        if (rounds < 1) throw new IllegalArgumentException("rounds must be >= 1, got " + rounds);
        if (localSteps < 1) throw new IllegalArgumentException("local steps must be >= 1, got " + localSteps);
        if (gossipEvery < 1) throw new IllegalArgumentException("gossip-every must be >= 1, got " + gossipEvery);
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
        if (evalEvery < 1) throw new IllegalArgumentException("eval-every must be >= 1, got " + evalEvery);
        if (!(learningRate > 0)) throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        if (momentum < 0 || momentum >= 1) throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        if (weightDecay < 0) throw new IllegalArgumentException("weight decay must be >= 0, got " + weightDecay);
        topologyParams = topologyParams == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(topologyParams));
        failures = failures == null ? "" : failures;
        joins = joins == null ? "" : joins;
        repair = repair == null ? "none" : repair;
    }
}
