package io.dfloverlay.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.sim.RoundMetrics;
import io.dfloverlay.sim.RunHeader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import io.dfloverlay.sim.config.PartitionConfig;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.config.RunConfigJson;
import io.dfloverlay.sim.data.DataIdentity;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTextTest {
    static final DataIdentity DATA = new DataIdentity(DataIdentity.FILES, "/data/a,b", 800, 200, "ab".repeat(32));

    static RunResult result(String topology, double rho, int rounds, boolean completed, Double target) {
        List<RoundMetrics> ms = new java.util.ArrayList<>();
        for (int r = 2; r <= rounds; r += 2) ms.add(MetricsCsvTest.metrics(r));
        RunHeader h = new RunHeader(topology + "(n=8), uniform weights", 8, 8, rho, 2.0, "synthetic-logistic", 800, 200, "iid, 100 per client", 1234, "cpu");
        RunConfig c = RunConfig.builder().topology(topology).clients(8).degree(2).dataset("synthetic-logistic")
                .partition(new PartitionConfig.Dirichlet(0.1)).seed(3).rounds(rounds).targetAccuracy(target).dataIdentity(DATA).build();
        return new RunResult(c, h, ms, rounds, completed, 1.5);
    }

    static RunResult result(String topology, double rho, int rounds, boolean completed) {
        return result(topology, rho, rounds, completed, null);
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
    void comparisonCsvAndMarkdownHaveOneRowPerRunAndTheRunContext(@TempDir Path dir) throws Exception {
        List<RunResult> runs = List.of(result("ring", 0.9, 10, true, 0.504), result("complete", Double.NaN, 4, false, 0.504));
        Path file = dir.resolve("comparison.csv");
        ComparisonTable.writeCsv(file, runs);
        List<CSVRecord> csv = MetricsCsvTest.read(file);
        assertEquals(2, csv.size());
        CSVRecord ring = csv.get(0);
        assertEquals("ring", ring.get("topology"));
        assertEquals("0.9", ring.get("rho_W"));
        assertEquals("4", ring.get("rounds_to_target"), "metrics(4) has accuracy 0.504");
        assertEquals(Math.pow(0.9, 10), Double.parseDouble(ring.get("consensus_distance")), 1e-15);
        assertEquals("10000", ring.get("bytes_sent"));
        assertEquals("8", ring.get("n"));
        assertEquals("2", ring.get("d"));
        assertEquals("dirichlet:0.1", ring.get("partition"));
        assertEquals("3", ring.get("seed"));
        assertEquals("synthetic-logistic files /data/a,b 800/200", ring.get("data"));
        assertEquals("ab".repeat(32), ring.get("data_sha256"));
        assertEquals("0.504", ring.get("target_accuracy"));
        assertTrue(Files.readAllLines(file).get(1).contains("\"synthetic-logistic files /data/a,b 800/200\""), "quoted cell");
        assertEquals("", csv.get(1).get("rho_W"));
        List<String> md = ComparisonTable.markdown(runs).lines().toList();
        assertEquals(6, md.size(), md.toString());
        assertEquals("n = 8, d = 2, partition dirichlet:0.1, seed 3, data synthetic-logistic files /data/a,b 800/200 "
                + "(sha256 abababababab…), target accuracy 0.504", md.get(0));
        assertTrue(md.get(2).contains("rounds to 0.504") && md.get(2).contains("ρ(W)"), md.get(2));
        assertTrue(md.get(5).contains("| — |") && md.get(5).contains("4 (interrupted)"), md.get(5));
    }

    @Test
    void summaryJsonHoldsHeaderFinalTargetAndConfig() {
        RunResult r = result("ring", 0.9, 10, false, 0.505);
        JsonNode m = ReportJson.read(RunSummary.toJson(r));
        assertEquals(false, m.get("completed").asBoolean());
        assertEquals(10, m.get("rounds_done").asInt());
        assertEquals(6, m.get("rounds_to_target").asInt());
        assertEquals("ring(n=8), uniform weights", m.get("header").get("topology").asText());
        assertEquals(0.9, m.get("header").get("rho_W").asDouble());
        assertEquals(10, m.get("final").get("round").asInt());
        assertEquals(r.config(), RunConfigJson.fromJson(m.get("config").toString()));
        JsonNode noTarget = ReportJson.read(RunSummary.toJson(result("complete", Double.NaN, 4, true)));
        assertTrue(!noTarget.has("rounds_to_target"));
        assertTrue(noTarget.get("header").get("rho_W").isNull(), "NaN is written as null");
    }

    @Test
    void logAxesSpanSeveralLabelledDecades() {
        // consensus distances within one decade: XChart labels decades only, so the axis must reach past them
        var s = new io.dfloverlay.cli.plot.Series("c", new double[] {1, 2, 3}, new double[] {0.3, 0.4, 0.5});
        var chart = io.dfloverlay.cli.plot.ChartsAccess.lineChart(List.of(s), true);
        double lo = chart.getStyler().getYAxisMin(), hi = chart.getStyler().getYAxisMax();
        assertEquals(Math.rint(Math.log10(lo)), Math.log10(lo), 1e-12, "bottom is a decade: " + lo);
        assertEquals(Math.rint(Math.log10(hi)), Math.log10(hi), 1e-12, "top is a decade: " + hi);
        assertTrue(lo <= 0.3 && hi >= 0.5, lo + ".." + hi);
        assertTrue(Math.log10(hi / lo) >= 2 - 1e-9, "at least 3 decade labels: " + lo + ".." + hi);
        var wide = new io.dfloverlay.cli.plot.Series("w", new double[] {1, 2}, new double[] {2e-7, 30});
        var c2 = io.dfloverlay.cli.plot.ChartsAccess.lineChart(List.of(wide), true);
        assertEquals(1e-7, c2.getStyler().getYAxisMin(), 1e-20);
        assertEquals(100, c2.getStyler().getYAxisMax(), 1e-9);
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
        assertTrue(header.contains("ρ(W)=0.9") && header.contains("1,234 parameters"), header);
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
