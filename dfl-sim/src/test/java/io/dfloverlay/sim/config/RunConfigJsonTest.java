package io.dfloverlay.sim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dfloverlay.sim.data.DataIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RunConfigJsonTest {
    static Stream<Long> seeds() {
        return IntStream.range(0, 200).mapToObj(i -> 1000L + i);
    }

    /** A random valid config: every section, nullable values sometimes absent, awkward doubles. */
    static RunConfig random(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        PartitionConfig partition = switch (r.nextInt(6)) {
            case 0 -> new PartitionConfig.Iid();
            case 4 -> new PartitionConfig.ByBook();
            case 5 -> new PartitionConfig.ByChapter();
            case 1 -> new PartitionConfig.Dirichlet(r.nextDouble(1e-3, 10));
            case 2 -> new PartitionConfig.Shards(1 + r.nextInt(5));
            default -> new PartitionConfig.Unequal(r.nextDouble(0, 3));
        };
        List<Integer> hidden = new ArrayList<>();
        for (int i = r.nextInt(3); i > 0; i--) hidden.add(1 + r.nextInt(512));
        // A valid topology section of the registry: kind, n, d and parameters of that kind.
        Map<String, Object> params = new TreeMap<>();
        String kind = List.of("ring", "random-regular", "near-optimal", "watts-strogatz").get(r.nextInt(4));
        int n = 2 * (5 + r.nextInt(500));
        Integer degree = kind.equals("ring") ? (r.nextBoolean() ? null : Integer.valueOf(2)) : Integer.valueOf(4 + 2 * r.nextInt(3));
        switch (kind) {
            case "random-regular" -> { if (r.nextBoolean()) params.put("connected", r.nextBoolean()); }
            case "near-optimal" -> {
                if (r.nextBoolean()) params.put("swaps", (long) r.nextInt(1000));
                if (r.nextBoolean()) params.put("budget", (1 + r.nextInt(999)) + "ms");
            }
            case "watts-strogatz" -> params.put("beta", r.nextDouble());
            default -> { }
        }
        TreeMap<Integer, Double> at = new TreeMap<>();
        for (int i = r.nextInt(3); i > 0; i--) at.put(1 + r.nextInt(100), r.nextDouble());
        boolean gt = r.nextInt(4) == 0;
        String hex = "0123456789abcdef";
        StringBuilder sha = new StringBuilder();
        for (int i = 0; i < 64; i++) sha.append(hex.charAt(r.nextInt(16)));
        return RunConfig.builder().topology(kind).clients(n)
                .degree(degree).topologyParams(params)
                .weights(List.of("uniform", "mh", "lazy", "best-constant").get(r.nextInt(4)))
                .dataset(r.nextBoolean() ? "fashion-mnist" : "gaussian-mixture").dataPath(r.nextBoolean() ? null : "/data/x y")
                .partition(partition)
                .dataIdentity(r.nextBoolean() ? null : new DataIdentity("files", "/p", r.nextInt(70000), r.nextInt(10000), sha.toString()))
                .model(r.nextInt(3) == 0 ? new ModelConfig(hidden.isEmpty() ? List.of(1 + r.nextInt(64)) : hidden, 1 + r.nextInt(40))
                        : new ModelConfig(hidden)).algorithm(gt ? AlgorithmConfig.Kind.GRADIENT_TRACKING : AlgorithmConfig.Kind.DSGD)
                .learningRate(r.nextDouble(1e-6, 1)).momentum(gt ? 0 : r.nextDouble(0, 0.99)).weightDecay(r.nextDouble() * 1e-3)
                .localSteps(gt ? 1 : 1 + r.nextInt(4)).gossipEvery(gt ? 1 : 1 + r.nextInt(4)).batchSize(1 + r.nextInt(128))
                .failures(r.nextBoolean() ? new ChurnSchedule(at, 0) : new ChurnSchedule(new TreeMap<>(), r.nextDouble(0, 0.5)))
                .joins(ChurnSchedule.NONE).repair(r.nextBoolean() ? "pairing" : "none").rounds(1 + r.nextInt(10000))
                .engine("cpu").seed(r.nextLong()).evalEvery(1 + r.nextInt(50)).targetAccuracy(r.nextBoolean() ? null : r.nextDouble())
                .adversary(r.nextInt(3) == 0 ? null : randomAdversary(r)).build();
    }

    /** A random adversary: every attack and aggregator, sometimes with parameters, sometimes with a seed. */
    static AdversaryConfig randomAdversary(SplittableRandom r) {
        List<String> attacks = io.dfloverlay.sim.adversary.Attacks.names();
        List<String> aggregators = io.dfloverlay.sim.adversary.Aggregators.names();
        String attack = attacks.get(r.nextInt(attacks.size())), aggregator = aggregators.get(r.nextInt(aggregators.size()));
        Map<String, Object> ap = new TreeMap<>(), gp = new TreeMap<>();
        if (attack.equals("gaussian") && r.nextBoolean()) ap.put("sigma", r.nextDouble(0.01, 5));
        if (attack.equals("alie") && r.nextBoolean()) ap.put("z", r.nextDouble(0, 3));
        if (aggregator.equals("trimmed-mean") && r.nextBoolean()) gp.put("b", (long) r.nextInt(4));
        if (aggregator.equals("clipped-gossip") && r.nextBoolean()) gp.put("delta", r.nextDouble(0, 0.9));
        return new AdversaryConfig(r.nextDouble(0, 0.5), attack, ap, aggregator, gp, r.nextBoolean() ? null : r.nextLong());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void roundTripsExactly(long seed) {
        RunConfig c = random(seed);
        String json = RunConfigJson.toJson(c);
        assertEquals(c, RunConfigJson.fromJson(json), "seed " + seed + ":\n" + json);
        assertEquals(json, RunConfigJson.toJson(RunConfigJson.fromJson(json)), "seed " + seed);
    }

    static final String GOOD = RunConfigJson.toJson(RunConfig.builder().topology("ring").clients(8).degree(2)
            .dataset("gaussian-mixture").partition(new PartitionConfig.Dirichlet(0.5)).rounds(10).build());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"n\" : 8             | \"n\" : 0                 | topology.n: must be at least 1",
        "\"d\" : 2             | \"d\" : 0                 | topology.d: must be at least 1",
        "\"learningRate\" : 0.05 | \"learningRate\" : -1   | algorithm.learningRate: must be > 0",
        "\"momentum\" : 0.0    | \"momentum\" : 1.5        | algorithm.momentum: must be in [0, 1)",
        "\"every\" : 10        | \"every\" : 0             | execution.evaluation.every: must be at least 1",
        "\"alpha\" : 0.5       | \"alpha\" : 0             | data.partition.alpha: must be > 0",
        "\"rounds\" : 10       | \"rounds\" : \"ten\"      | execution.rounds: expected an integer",
        "\"rounds\" : 10       | \"rounds\" : 10.5         | execution.rounds: expected an integer",
        "\"rounds\" : 10       | \"rounds\" : 1e30         | execution.rounds: expected an integer",
        "\"seed\" : 1          | \"seed\" : true           | execution.seed: expected an integer",
        "\"learningRate\" : 0.05 | \"learningRate\" : \"0.05\" | algorithm.learningRate: expected a number",
        "\"kind\" : \"dsgd\"   | \"kind\" : \"adam\"       | algorithm.kind: expected one of dsgd, clique-averaging, gradient-tracking",
        "\"kind\" : \"dirichlet\" | \"kind\" : \"zipf\"    | data.partition.kind: unknown kind 'zipf' (known: iid, dirichlet, shards, unequal, by-book, by-chapter)",
        "\"hidden\" : [ 256 ]  | \"hidden\" : [ 256 ], \"context\" : 0 | model.context: must be at least 1, got 0",
        "\"hidden\" : [ 256 ]  | \"hidden\" : [ ], \"context\" : 8 | model.hidden: the character model needs at least one hidden layer",
        "\"rounds\" : 10       | \"rounds\" : 10, \"round\" : 3 | execution.round: unknown key",
        "\"seed\" : 1          | \"seed\" : 1, \"seed\" : 2 | malformed JSON at line",
        "\"rounds\" : 10       | \"rounds\" : null         | execution.rounds: missing",
        "\"weights\" : \"uniform\" | \"weights\" : [1]     | topology.weights: expected a string",
        "\"hidden\" : [ 256 ]  | \"hidden\" : [ 0 ]        | model.hidden: widths must be at least 1",
        "\"n\" : 8             | \"n\" : 8,               | malformed JSON at line",
    })
    void badValuesNameTheirKeyPath(String from, String to, String expected) {
        String json = GOOD.replaceAll("\\s*:\\s*", " : ").replace("[ 256 ]", "[ 256 ]");
        json = json.replaceAll("\\[\\s*256\\s*\\]", "[ 256 ]");
        if (!json.contains(from)) throw new AssertionError("fixture lacks " + from + ":\n" + json);
        String bad = json.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        var e = assertThrows(ConfigException.class, () -> RunConfigJson.fromJson(bad));
        if (!e.getMessage().startsWith(expected)) throw new AssertionError("expected '" + expected + "...', got '" + e.getMessage() + "'");
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''            | the document is empty",
        "[]            | expected an object",
        "{}            | topology: missing",
        "{\"topology\": {\"kind\": \"ring\", \"n\": 4, \"weights\": \"uniform\"}} | data: missing",
    })
    void incompleteDocumentsAreRejected(String json, String expected) {
        var e = assertThrows(ConfigException.class, () -> RunConfigJson.fromJson(json));
        if (!e.getMessage().contains(expected)) throw new AssertionError("expected '" + expected + "', got '" + e.getMessage() + "'");
    }
}
