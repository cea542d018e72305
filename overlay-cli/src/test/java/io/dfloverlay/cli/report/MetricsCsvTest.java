package io.dfloverlay.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.dfloverlay.sim.RoundMetrics;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsCsvTest {
    static RoundMetrics metrics(int round) {
        return new RoundMetrics(round, 1.0 / round, 1.1 / round, 0.5 + round * 1e-3, 0.4, 0.3, 0.6,
                Math.pow(0.9, round), 0.1 / round, 1000L * round, 0.25 * round, 8);
    }

    static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader r = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void targetAppearsOnlyWhenClosedAndHoldsEveryRowExactly(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("metrics.csv");
        MetricsCsv csv = new MetricsCsv(target);
        csv.append(metrics(1));
        csv.append(metrics(2));
        assertFalse(Files.exists(target), "target must not exist before close");
        csv.close();
        csv.close();
        assertEquals("round,train_loss,test_loss,test_accuracy,mean_client_accuracy,min_client_accuracy,max_client_accuracy,"
                + "consensus_distance,generalization_gap,bytes_sent,wall_s,survivors", Files.readAllLines(target).get(0));
        List<CSVRecord> rows = read(target);
        assertEquals(2, rows.size());
        CSVRecord second = rows.get(1);
        // the values of metrics(2), written out by hand
        assertEquals("2", second.get("round"));
        assertEquals(0.5, Double.parseDouble(second.get("train_loss")));
        assertEquals(0.55, Double.parseDouble(second.get("test_loss")));
        assertEquals(0.502, Double.parseDouble(second.get("test_accuracy")));
        assertEquals(0.81, Double.parseDouble(second.get("consensus_distance")), 1e-15);
        assertEquals(0.05, Double.parseDouble(second.get("generalization_gap")));
        assertEquals("2000", second.get("bytes_sent"));
        assertEquals(0.5, Double.parseDouble(second.get("wall_s")));
        assertEquals("8", second.get("survivors"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temp file may be left");
        }
    }

    @Test
    void exactNumbersAndEmptyCellsForNaN(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("m.csv");
        try (MetricsCsv csv = new MetricsCsv(target)) {
            csv.append(new RoundMetrics(7, 0.1, Double.NaN, 1.0 / 3, 0, 0, 1, 1e-12, -0.5, 123456789012L, 2.5, 99));
        }
        CSVRecord row = read(target).get(0);
        assertEquals(12, row.size());
        assertEquals("7", row.get(0));
        assertEquals("", row.get("test_loss"), "NaN is an empty cell");
        assertEquals(1.0 / 3, Double.parseDouble(row.get("test_accuracy")), 0.0, "bit-exact");
        assertEquals(1e-12, Double.parseDouble(row.get("consensus_distance")), 0.0);
        assertEquals(-0.5, Double.parseDouble(row.get("generalization_gap")));
        assertEquals("123456789012", row.get("bytes_sent"));
        assertEquals("99", row.get("survivors"));
    }
}
