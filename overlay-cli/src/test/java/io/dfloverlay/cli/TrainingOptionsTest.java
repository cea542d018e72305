package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.sim.SimulationConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The shared training options map one to one onto {@link SimulationConfig}. */
class TrainingOptionsTest {
    @Test
    void everyOptionLandsInItsComponent() {
        SimulateCommand cmd = new SimulateCommand();
        new CommandLine(cmd).parseArgs("--topology", "ring", "--n", "12", "--d", "4", "--param", "swaps=7", "--param", "a=b",
                "--weights", "mh", "--dataset", "gaussian-mixture", "--data-dir", "/d", "--partition", "shards:2",
                "--model", "mlp:16", "--algorithm", "gradient-tracking", "--rounds", "9", "--local-steps", "2",
                "--gossip-every", "3", "--batch", "5", "--lr", "0.25", "--momentum", "0.5", "--weight-decay", "0.001",
                "--eval-every", "4", "--engine", "cpu", "--seed", "-7", "--failures", "at:3:0.25", "--joins", "rate:0.1",
                "--repair", "none");
        SimulationConfig expected = new SimulationConfig("ring", 12, 4, Map.of("swaps", "7", "a", "b"), "mh",
                "gaussian-mixture", "/d", "shards:2", "mlp:16", "gradient-tracking", 9, 2, 3, 5, 0.25, 0.5, 0.001, 4, "cpu",
                -7, "at:3:0.25", "rate:0.1", "none");
        assertEquals(expected, cmd.training.toConfig(cmd.topology));
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        SimulateCommand cmd = new SimulateCommand();
        new CommandLine(cmd).parseArgs();
        SimulationConfig expected = new SimulationConfig("random-regular", 100, 8, Map.of(), "uniform", "fashion-mnist",
                null, "iid", "mlp", "dsgd", 100, 1, 1, 32, 0.05, 0, 0, 10, "auto", 1, "", "", "pairing");
        assertEquals(expected, cmd.training.toConfig(cmd.topology));
    }

    @Test
    void compareSharesTheSameOptionsAndHelpShowsDefaults() {
        var sim = new CommandLine(new SimulateCommand()).getCommandSpec();
        var cmp = new CommandLine(new CompareCommand()).getCommandSpec();
        for (var o : sim.mixins().get("training").options())
            assertTrue(cmp.findOption(o.longestName()) != null, "compare lacks " + o.longestName());
        String help = new CommandLine(new CompareCommand()).getUsageMessage();
        assertTrue(help.contains("(default: 100)") && help.contains("(default: 0.7)"), help);
    }
}
