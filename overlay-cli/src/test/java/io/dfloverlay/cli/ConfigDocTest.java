package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.sim.config.PartitionConfig;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.config.RunConfigJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/examples/config.json, shown in docs/config.md, is a valid config. */
class ConfigDocTest {
    @Test
    void theDocumentedExampleParses() throws Exception {
        Path example = Path.of("..", "docs", "examples", "config.json");
        RunConfig c = RunConfigJson.read(example);
        assertEquals(new PartitionConfig.Dirichlet(0.1), c.data().partition());
        assertEquals(0.3, c.churn().failures().atRounds().get(50));
        assertEquals(0.7, c.execution().evaluation().targetAccuracy());
        String doc = Files.readString(Path.of("..", "docs", "config.md"));
        assertTrue(doc.contains("\"alpha\" : 0.1") && doc.contains("examples/config.json"), "docs/config.md shows the example");
    }
}
