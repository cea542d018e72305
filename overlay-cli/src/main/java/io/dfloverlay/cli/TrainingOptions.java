package io.dfloverlay.cli;

import io.dfloverlay.sim.SimulationConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The training options shared by {@code simulate} and {@code compare} (a picocli mixin), one per
 * {@link SimulationConfig} component except the topology kind, which each command takes its own way.
 */
public final class TrainingOptions {
    @Option(names = {"--n", "--clients"}, paramLabel = "N", defaultValue = "100", description = "Number of clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = {"--d", "--degree"}, paramLabel = "D", defaultValue = "8", description = "Degree, for topologies that take one (default: ${DEFAULT-VALUE}).")
    int degree;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Extra topology parameter (repeatable).")
    Map<String, String> topologyParams = new LinkedHashMap<>();

    @Option(names = "--weights", paramLabel = "KIND", defaultValue = "uniform", completionCandidates = RegistryNames.WeightNames.class,
            description = "Mixing weights: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String weights;

    @Option(names = "--dataset", paramLabel = "NAME", defaultValue = "fashion-mnist",
            description = "fashion-mnist, synthetic-linear, synthetic-logistic, gaussian-mixture (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Directory of the Fashion-MNIST IDX files (default: the standard location, else the embedded sample).")
    String dataDir;

    @Option(names = "--partition", paramLabel = "SPEC", defaultValue = "iid",
            description = "iid, dirichlet:ALPHA, shards:K, unequal:SIGMA (default: ${DEFAULT-VALUE}).")
    String partition;

    @Option(names = "--model", paramLabel = "SPEC", defaultValue = "mlp",
            description = "softmax, mlp (784-256-10 on Fashion-MNIST) or mlp:W1,W2,... (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "dsgd",
            description = "dsgd or gradient-tracking (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "100", description = "Communication rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--local-steps", paramLabel = "K", defaultValue = "1", description = "Local SGD steps per round (default: ${DEFAULT-VALUE}).")
    int localSteps;

    @Option(names = "--gossip-every", paramLabel = "K", defaultValue = "1", description = "Gossip every K rounds (default: ${DEFAULT-VALUE}).")
    int gossipEvery;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "32", description = "Minibatch size per client and step (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--lr", paramLabel = "ETA", defaultValue = "0.05", description = "Learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--momentum", paramLabel = "BETA", defaultValue = "0", description = "Heavy-ball momentum (default: ${DEFAULT-VALUE}).")
    double momentum;

    @Option(names = "--weight-decay", paramLabel = "WD", defaultValue = "0", description = "L2 weight decay (default: ${DEFAULT-VALUE}).")
    double weightDecay;

    @Option(names = "--eval-every", paramLabel = "K", defaultValue = "10",
            description = "Evaluate every K rounds and at the last (default: ${DEFAULT-VALUE}).")
    int evalEvery;

    @Option(names = "--engine", paramLabel = "KIND", defaultValue = "auto", description = "cpu, gpu or auto (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Master seed: topology, data split, initialisation, sampling (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--failures", paramLabel = "SPEC", defaultValue = "",
            description = "Client failures: at:ROUND:FRACTION[,...] or rate:P per round (default: none).")
    String failures;

    @Option(names = "--joins", paramLabel = "SPEC", defaultValue = "", description = "Client joins, same syntax (default: none).")
    String joins;

    @Option(names = "--repair", paramLabel = "KIND", defaultValue = "pairing", completionCandidates = RegistryNames.RepairStrategyNames.class,
            description = "Overlay repair after failures/joins: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String repair;

    /**
     * The config for {@code topology} with these options.
     *
     * @throws IllegalArgumentException when a value is out of range (from {@link SimulationConfig})
     */
    SimulationConfig toConfig(String topology) {
        return new SimulationConfig(topology, clients, degree, topologyParams, weights, dataset, dataDir, partition,
                model, algorithm, rounds, localSteps, gossipEvery, batch, learningRate, momentum, weightDecay,
                evalEvery, engine, seed, failures, joins, repair);
    }

    /** The first option of {@code mixin} given explicitly on the command line, or null. */
    static String firstMatched(CommandSpec mixin, ParseResult parsed) {
        for (OptionSpec o : mixin.options()) if (parsed.hasMatchedOption(o)) return o.names()[0];
        return null;
    }
}
