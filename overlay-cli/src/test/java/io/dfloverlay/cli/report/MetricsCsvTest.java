package io.dfloverlay.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.sim.RoundMetrics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCsvTest {
    static RoundMetrics metrics(int round) {
        return new RoundMetrics(round, 1.0 / round, 1.1 / round, 0.5 + round * 1e-3, 0.4, 0.3, 0.6,
                Math.pow(0.9, round), 0.1 / round, 1000L * round, 0.25 * round, 8);
    }

    @Test
    void targetAppearsOnlyWhenClosedAndHoldsEveryRow(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("metrics.csv");
        MetricsCsv csv = new MetricsCsv(target);
        csv.append(metrics(1));
        csv.append(metrics(2));
        assertFalse(Files.exists(target), "target must not exist before close");
        csv.close();
        csv.close();
        List<String> lines = Files.readAllLines(target);
        assertEquals(List.of(MetricsCsv.HEADER, MetricsCsv.row(metrics(1)), MetricsCsv.row(metrics(2))), lines);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temp file may be left");
        }
    }

    @Test
    void rowHasOneCellPerColumnAndExactNumbers() {
        RoundMetrics m = new RoundMetrics(7, 0.1, Double.NaN, 1.0 / 3, 0, 0, 1, 1e-12, -0.5, 123456789012L, 2.5, 99);
        String[] cells = MetricsCsv.row(m).split(",", -1);
        assertEquals(MetricsCsv.HEADER.split(",").length, cells.length);
        assertEquals("7", cells[0]);
        assertEquals("", cells[2], "NaN is an empty cell");
        assertEquals(1.0 / 3, Double.parseDouble(cells[3]));
        assertEquals(1e-12, Double.parseDouble(cells[7]));
        assertEquals("123456789012", cells[9]);
        assertTrue(cells[11].equals("99"));
    }
}
