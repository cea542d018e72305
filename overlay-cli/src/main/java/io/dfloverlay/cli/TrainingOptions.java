package io.dfloverlay.cli;

import io.dfloverlay.sim.config.ConfigException;
import io.dfloverlay.sim.config.ConfigSyntax;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.config.RunConfigJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * The training options shared by {@code simulate} and {@code compare} (a picocli mixin), one per
 * {@link RunConfig} value except the topology kind, which each command takes its own way. With
 * {@code --config FILE} the file is the base and only the options given on the command line
 * override its values; the short syntax of partitions, models and churn is parsed here, at the edge.
 */
public final class TrainingOptions {
    /** Config key paths and the flag that sets each, to name flags in errors about flag-built configs. */
    private static final Map<String, String> FLAGS = Map.ofEntries(
            Map.entry("topology.n", "--n"), Map.entry("topology.d", "--d"), Map.entry("topology.weights", "--weights"),
            Map.entry("data.dataset", "--dataset"), Map.entry("data.path", "--data-dir"),
            Map.entry("algorithm.learningRate", "--lr"), Map.entry("algorithm.momentum", "--momentum"),
            Map.entry("algorithm.weightDecay", "--weight-decay"), Map.entry("algorithm.localSteps", "--local-steps"),
            Map.entry("algorithm.gossipEvery", "--gossip-every"), Map.entry("algorithm.batchSize", "--batch"),
            Map.entry("execution.rounds", "--rounds"), Map.entry("execution.engine", "--engine"),
            Map.entry("execution.evaluation.every", "--eval-every"),
            Map.entry("execution.evaluation.targetAccuracy", "--target-acc"), Map.entry("churn.repair", "--repair"));

    @Option(names = "--config", paramLabel = "FILE",
            description = "Start from the config.json of an earlier run (replays it exactly); options given beside it override its values.")
    Path configFile;

    @Option(names = "--allow-other-data",
            description = "With --config: run even when the data found differ from the data the config recorded.")
    boolean allowOtherData;

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
            description = "fashion-mnist, fashion-mnist-sample, synthetic-linear, synthetic-logistic, gaussian-mixture, "
                    + "kjv (King James Bible, next-character prediction; needs --model char-mlp), kjv-sample (default: ${DEFAULT-VALUE}).")
    String dataset;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Directory of the Fashion-MNIST IDX files, or for kjv a text file in the bible program's layout "
                    + "(default: the installed package, else the embedded sample).")
    String dataDir;

    @Option(names = "--partition", paramLabel = "SPEC", defaultValue = "iid",
            description = "iid, dirichlet:ALPHA, shards:K, unequal:SIGMA; on kjv also by-book, by-chapter "
                    + "(Dirichlet and shards use the book as label) (default: ${DEFAULT-VALUE}).")
    String partition;

    @Option(names = "--model", paramLabel = "SPEC", defaultValue = "mlp",
            description = "softmax, mlp (784-256-10 on Fashion-MNIST), mlp:W1,W2,..., or for kjv char-mlp[:ctx=C,hidden=W1+W2] "
                    + "(one-hot context of C characters, default 16, hidden 256) (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "dsgd",
            description = "dsgd, clique-averaging (D-Cliques; needs --topology d-cliques) or gradient-tracking (default: ${DEFAULT-VALUE}).")
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

    @picocli.CommandLine.Mixin
    AdversaryOptions adversary = new AdversaryOptions();

    /**
     * The run config: {@code --config}'s file (if given) with the options given on the command line
     * applied, else all options (defaults included).
     *
     * @param parsed        the command's parse result (which options were given)
     * @param topology      the topology kind, applied when {@code topologyGiven} or without a file
     * @param topologyGiven whether the kind was given on the command line
     * @param target        target accuracy (null: none), applied when {@code targetGiven} or without a file
     * @param targetGiven   whether the target was given on the command line
     * @return the validated config
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException naming the flag or the config key of a bad value
     */
    RunConfig toConfig(ParseResult parsed, String topology, boolean topologyGiven, Double target,
            boolean targetGiven) throws IOException {
        RunConfig base = configFile == null ? null : RunConfigJson.read(configFile);
        Predicate<String> given = name -> base == null || parsed.hasMatchedOption(name);
        RunConfig.Builder b = base == null ? RunConfig.builder() : base.toBuilder();
        if (base == null || topologyGiven) b.topology(topology);
        if (base == null || targetGiven) b.targetAccuracy(target);
        if (given.test("--n")) b.clients(clients);
        if (given.test("--d")) b.degree(degree);
        if (given.test("--param")) {
            Map<String, Object> params = new LinkedHashMap<>(base == null ? Map.of() : base.topology().params());
            topologyParams.forEach((k, v) -> params.put(k, ConfigSyntax.scalar(v)));
            b.topologyParams(params);
        }
        if (given.test("--weights")) b.weights(weights);
        if (given.test("--dataset")) b.dataset(dataset);
        if (given.test("--data-dir")) b.dataPath(dataDir);
        if (base != null && (parsed.hasMatchedOption("--dataset") || parsed.hasMatchedOption("--data-dir") || allowOtherData))
            b.dataIdentity(null);
        if (given.test("--partition")) b.partition(ConfigSyntax.partition(partition));
        if (given.test("--model")) b.model(ConfigSyntax.model(model));
        if (given.test("--algorithm")) b.algorithm(ConfigSyntax.algorithm(algorithm));
        if (given.test("--rounds")) b.rounds(rounds);
        if (given.test("--local-steps")) b.localSteps(localSteps);
        if (given.test("--gossip-every")) b.gossipEvery(gossipEvery);
        if (given.test("--batch")) b.batchSize(batch);
        if (given.test("--lr")) b.learningRate(learningRate);
        if (given.test("--momentum")) b.momentum(momentum);
        if (given.test("--weight-decay")) b.weightDecay(weightDecay);
        if (given.test("--eval-every")) b.evalEvery(evalEvery);
        if (given.test("--engine")) b.engine(engine);
        if (given.test("--seed")) b.seed(seed);
        if (given.test("--failures")) b.failures(ConfigSyntax.churn(failures, "--failures"));
        if (given.test("--joins")) b.joins(ConfigSyntax.churn(joins, "--joins"));
        if (given.test("--repair")) b.repair(repair);
        adversary.apply(b, base == null ? null : base.adversary());
        try {
            return b.build();
        } catch (ConfigException e) {
            throw flagError(e);
        }
    }

    /**
     * A config error in the words of the command line: the flag when one sets the key, else the key.
     *
     * @param e the library's error
     * @return the error to report
     */
    static IllegalArgumentException flagError(ConfigException e) {
        if (e.path().equals("data.identity"))
            return new IllegalArgumentException(e.getMessage() + " (add --allow-other-data to run on them anyway)", e);
        String flag = FLAGS.containsKey(e.path()) ? FLAGS.get(e.path()) : AdversaryOptions.flagFor(e.path());
        return flag == null ? e : new IllegalArgumentException(flag + ": " + e.problem(), e);
    }
}
