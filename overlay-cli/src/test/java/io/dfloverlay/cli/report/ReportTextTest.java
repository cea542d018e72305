package io.dfloverlay.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.sim.RoundMetrics;
import io.dfloverlay.sim.RunHeader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTextTest {
    static RunResult result(String topology, double rho, int rounds, boolean completed) {
        List<RoundMetrics> ms = new java.util.ArrayList<>();
        for (int r = 2; r <= rounds; r += 2) ms.add(MetricsCsvTest.metrics(r));
        RunHeader h = new RunHeader(topology + "(n=8), uniform weights", 8, 8, rho, 2.0, "synthetic-logistic", 800, 200, "iid, 100 per client", 1234, "cpu");
        return new RunResult(ConfigJsonTest.randomConfig(new Random(3), topology), h, ms, rounds, completed, 1.5);
    }

    @Test
    void roundsToTargetIsTheFirstEvalRoundReachingIt() {
        RunResult r = result("ring", 0.9, 10, true);
        assertEquals(4, r.roundsToTarget(0.503));
        assertEquals(-1, r.roundsToTarget(0.9));
        assertEquals(0.51, r.bestTestAccuracy(), 1e-15);
        assertEquals(10, r.last().round());
    }

    @Test
    void comparisonCsvAndMarkdownHaveOneRowPerRun() {
        List<RunResult> runs = List.of(result("ring", 0.9, 10, true), result("complete", Double.NaN, 4, false));
        List<String> csv = ComparisonTable.csv(runs, 0.504).lines().toList();
        assertEquals(3, csv.size());
        assertEquals("ring,0.9,2.0,4,0.51,0.01,0.3486784401000001,10000,1.5,10", csv.get(1));
        assertTrue(csv.get(2).startsWith("complete,,2.0,4,"), csv.get(2));
        List<String> md = ComparisonTable.markdown(runs, 0.504).lines().toList();
        assertEquals(4, md.size());
        assertTrue(md.get(0).contains("rounds to 0.504"), md.get(0));
        assertTrue(md.get(3).contains("| — |") && md.get(3).contains("4 (interrupted)"), md.get(3));
    }

    @Test
    void summaryJsonHoldsHeaderFinalTargetAndConfig() {
        RunResult r = result("ring", 0.9, 10, false);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) JsonReader.parse(SummaryJson.toJson(r, 0.505));
        assertEquals(false, m.get("completed"));
        assertEquals(10L, m.get("rounds_done"));
        assertEquals(6L, m.get("rounds_to_target"));
        assertEquals("ring(n=8), uniform weights", ((Map<?, ?>) m.get("header")).get("topology"));
        assertEquals(10L, ((Map<?, ?>) m.get("final")).get("round"));
        assertEquals(r.config(), ConfigJson.fromJson(JsonWriter.write(m.get("config"))));
        Map<?, ?> noTarget = (Map<?, ?>) JsonReader.parse(SummaryJson.toJson(r, Double.NaN));
        assertTrue(!noTarget.containsKey("rounds_to_target"));
    }

    @Test
    void csvCellsAreQuotedOnlyWhenNeeded() {
        assertEquals("ring", ComparisonTable.csvCell("ring"));
        assertEquals("\"a,b \"\"c\"\"\"", ComparisonTable.csvCell("a,b \"c\""));
    }

    @Test
    void logPlotsDropNonPositivePoints() {
        var s = new io.dfloverlay.cli.plot.Series("c", new double[] {1, 2, 3, 4}, new double[] {0.5, 0, -1, 2});
        var p = RunPlots.positive(s);
        assertEquals(List.of(1.0, 4.0), java.util.Arrays.stream(p.x()).boxed().toList());
        assertEquals(List.of(0.5, 2.0), java.util.Arrays.stream(p.y()).boxed().toList());
        assertEquals(0.0, s.y()[1], "input unchanged");
    }

    @Test
    void textFormatting() {
        assertEquals("0.7", RunText.fmt(0.7));
        assertEquals("0.6931", RunText.fmt(0.693147));
        assertEquals("1.000e-05", RunText.fmt(1e-5));
        assertEquals("nan", RunText.fmt(Double.NaN));
        RunResult r = result("ring", 0.9, 10, false);
        String line = RunText.summaryLine(r);
        assertTrue(line.startsWith("interrupted: 10/") && line.contains("test accuracy 0.51"), line);
        String header = RunText.header(r.header(), r.config());
        assertTrue(header.contains("rho(W)=0.9") && header.contains("1,234 parameters"), header);
    }

    @Test
    void plotsAreWrittenAsPngAndSvg(@TempDir Path dir) throws Exception {
        RunPlots.writeRun(dir.resolve("one"), result("ring", 0.9, 10, true));
        RunPlots.writeCombined(dir.resolve("all"), List.of(result("ring", 0.9, 10, true), result("complete", 0.1, 6, true)));
        for (String sub : List.of("one", "all")) {
            for (String stem : List.of("loss", "accuracy", "consensus")) {
                for (String suffix : List.of("", "-vs-bytes")) {
                    Path png = dir.resolve(sub).resolve(stem + suffix + ".png");
                    Path svg = dir.resolve(sub).resolve(stem + suffix + ".svg");
                    byte[] head = Files.readAllBytes(png);
                    assertEquals((byte) 0x89, head[0], png.toString());
                    assertEquals('P', head[1], png.toString());
                    assertTrue(Files.readString(svg).contains("<svg"), svg.toString());
                }
            }
            try (var files = Files.list(dir.resolve(sub))) {
                assertEquals(12, files.count(), "12 plot files in " + sub);
            }
        }
    }
}
