package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.sim.config.AlgorithmConfig;
import io.dfloverlay.sim.config.ChurnSchedule;
import io.dfloverlay.sim.config.ModelConfig;
import io.dfloverlay.sim.config.PartitionConfig;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.config.RunConfigJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The shared training options map one to one onto {@link RunConfig} values; given flags override a --config file. */
class TrainingOptionsTest {
    static RunConfig parse(String... args) throws Exception {
        SimulateCommand cmd = new SimulateCommand();
        CommandLine cl = new CommandLine(cmd);
        cl.parseArgs(args);
        var parsed = cl.getParseResult();
        return cmd.training.toConfig(parsed, cmd.topology, parsed.hasMatchedOption("--topology"), cmd.targetAccuracy,
                parsed.hasMatchedOption("--target-acc"));
    }

    @Test
    void everyOptionLandsInItsValue() throws Exception {
        RunConfig c = parse("--topology", "near-optimal", "--n", "12", "--d", "4", "--param", "swaps=7", "--param", "budget=2s",
                "--weights", "mh", "--dataset", "gaussian-mixture", "--data-dir", "/d", "--partition", "shards:2",
                "--model", "mlp:16", "--algorithm", "dsgd", "--rounds", "9", "--local-steps", "2",
                "--gossip-every", "3", "--batch", "5", "--lr", "0.25", "--momentum", "0.5", "--weight-decay", "0.001",
                "--eval-every", "4", "--engine", "cpu", "--seed", "-7", "--failures", "at:3:0.25", "--joins", "rate:0.1",
                "--repair", "none", "--target-acc", "0.8");
        RunConfig expected = RunConfig.builder().topology("near-optimal").clients(12).degree(4).topologyParams(Map.of("swaps", 7L, "budget", "2s"))
                .weights("mh").dataset("gaussian-mixture").dataPath("/d").partition(new PartitionConfig.Shards(2))
                .model(new ModelConfig(List.of(16))).algorithm(AlgorithmConfig.Kind.DSGD).rounds(9).localSteps(2).gossipEvery(3)
                .batchSize(5).learningRate(0.25).momentum(0.5).weightDecay(0.001).evalEvery(4).engine("cpu").seed(-7)
                .failures(new ChurnSchedule(new TreeMap<>(Map.of(3, 0.25)), 0)).joins(new ChurnSchedule(new TreeMap<>(), 0.1))
                .repair("none").targetAccuracy(0.8).build();
        assertEquals(expected, c);
    }

    @Test
    void defaultsAreTheDocumentedOnes() throws Exception {
        RunConfig expected = RunConfig.builder().topology("random-regular").clients(100).degree(8).weights("uniform")
                .dataset("fashion-mnist").partition(new PartitionConfig.Iid()).model(new ModelConfig(List.of(256)))
                .rounds(100).batchSize(32).learningRate(0.05).evalEvery(10).engine("auto").seed(1).repair("pairing").build();
        assertEquals(expected, parse());
    }

    @Test
    void flagsBesideConfigOverrideOnlyTheirValues(@TempDir Path dir) throws Exception {
        RunConfig base = parse("--topology", "near-optimal", "--n", "12", "--d", "4", "--lr", "0.25", "--seed", "9", "--param", "swaps=1");
        Path file = Files.writeString(dir.resolve("config.json"), RunConfigJson.toJson(base));
        assertEquals(base, parse("--config", file.toString()), "replayed as is");
        RunConfig changed = parse("--config", file.toString(), "--lr", "0.5", "--d", "6", "--param", "budget=2s");
        assertEquals(base.toBuilder().learningRate(0.5).degree(6).topologyParams(Map.of("swaps", 1L, "budget", "2s")).build(), changed);
    }

    @Test
    void compareSharesTheSameOptionsAndHelpShowsDefaults() {
        var sim = new CommandLine(new SimulateCommand()).getCommandSpec();
        var cmp = new CommandLine(new CompareCommand()).getCommandSpec();
        for (var o : sim.mixins().get("training").options())
            assertTrue(cmp.findOption(o.longestName()) != null, "compare lacks " + o.longestName());
        String help = new CommandLine(new CompareCommand()).getUsageMessage();
        assertTrue(help.contains("(default: 100)") && help.contains("else 0.7)"), help);
    }

    @Test
    void compareHelpExampleKeepsTheTopologyListOnOneLine() {
        String help = new CommandLine(new CompareCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertTrue(help.lines().anyMatch(l -> l.contains("--topologies ring,exponential,random-regular,near-optimal,complete")), help);
        for (String l : help.lines().toList()) assertTrue(l.length() <= 80, "line wraps at 80: " + l);
    }
}
