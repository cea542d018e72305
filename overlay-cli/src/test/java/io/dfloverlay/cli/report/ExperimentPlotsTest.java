package io.dfloverlay.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dfloverlay.sim.experiment.ExperimentCell;
import io.dfloverlay.sim.experiment.ExperimentGrid;
import io.dfloverlay.sim.experiment.ExperimentSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which cells a plot shows: the compared axis in full, the others held where asked. */
class ExperimentPlotsTest {
    private static final Path CHURN = Path.of("..", "docs", "results", "churn.json");

    @Test
    void otherAxesHeldAtTheFirstCellUnlessNamed() throws Exception {
        ExperimentSpec spec = ExperimentSpec.read(CHURN);
        List<ExperimentCell> cells = ExperimentGrid.cells(spec, false);
        List<String> repairs = List.of("none", "pairing", "cycle", "spectral", "rebalance");
        List<ExperimentCell> first = ExperimentPlots.shown(spec, cells, Map.of());
        assertEquals(repairs, first.stream().map(c -> c.labels().get("repair")).toList());
        first.forEach(c -> assertEquals("30%", c.labels().get("failures"), c.id()));
        List<ExperimentCell> held = ExperimentPlots.shown(spec, cells, Map.of("failures", "50%"));
        assertEquals(repairs, held.stream().map(c -> c.labels().get("repair")).toList());
        held.forEach(c -> assertEquals("50%", c.labels().get("failures"), c.id()));
    }
}
