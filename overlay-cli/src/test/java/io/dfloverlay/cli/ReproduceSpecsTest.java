package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every committed experiment spec ({@code docs/results/*.json}) in its smoke version through
 * {@code overlay reproduce} and checks the outputs against the spec and against statistics
 * recomputed here from {@code runs.csv}.
 */
class ReproduceSpecsTest {
    static final Path SPECS = Path.of("..", "docs", "results");

    static Stream<Path> specs() throws IOException {
        try (Stream<Path> s = Files.list(SPECS)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertTrue(files.size() >= 7, "the seven specs of issue 17");
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void smokeVersionRunsAndItsSummaryMatchesTheRuns(Path spec, @TempDir Path out) throws IOException {
        CliHarness.Run r = CliHarness.run("reproduce", spec.toString(), "--smoke", "-q", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(spec.toFile());
        int seeds = json.get("smoke").get("seeds").asInt();
        List<CSVRecord> runs = read(out.resolve("runs.csv"));
        Map<String, Integer> perCell = new LinkedHashMap<>();
        for (CSVRecord row : runs) perCell.merge(row.get("cell"), 1, Integer::sum);
        assertEquals(expectedCells(json), perCell.size(), spec + ": cells");
        perCell.forEach((cell, k) -> assertEquals(seeds, k, spec + ": seeds of " + cell));
        assertEquals(perCell.size() * seeds, runs.size());
        // mean and 95% t interval recomputed from runs.csv: mean ± t(0.975, n-1) s / sqrt(n)
        int checked = 0;
        for (CSVRecord row : read(out.resolve("summary.csv"))) {
            List<Double> v = new ArrayList<>();
            for (CSVRecord run : runs)
                if (run.get("cell").equals(row.get("cell")) && !run.get(row.get("metric")).isEmpty()) v.add(Double.parseDouble(run.get(row.get("metric"))));
            assertEquals(Integer.toString(v.size()), row.get("reached").isEmpty() ? row.get("values") : row.get("reached"));
            if (row.get("mean").isEmpty()) {
                assertTrue(v.size() < seeds, "a mean is withheld only when some run did not reach the target: " + row);
                continue;
            }
            double mean = v.stream().mapToDouble(Double::doubleValue).sum() / v.size();
            double ss = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
            double half = new TDistribution(v.size() - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (v.size() - 1) / v.size());
            double tol = 1e-9 * (1 + Math.abs(mean) + half);
            assertEquals(mean, Double.parseDouble(row.get("mean")), tol, row.toString());
            assertEquals(mean - half, Double.parseDouble(row.get("ci_low")), tol, row.toString());
            assertEquals(mean + half, Double.parseDouble(row.get("ci_high")), tol, row.toString());
            checked++;
        }
        assertTrue(checked > 0, spec + ": some summary value was checked");
        assertTrue(Files.readString(out.resolve("table.md")).contains("| --- |"));
        assertTrue(Files.size(out.resolve(json.get("kind").asText().equals("consensus") ? "consensus.png" : "accuracy.png")) > 1000);
    }

    @Test
    void badSpecIsOneLineWithExitTwo(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(SPECS.resolve("consensus.json")).replace("\"seeds\": 5", "\"seeds\": 2"));
        CliHarness.Run r = CliHarness.run("reproduce", bad.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, r.exit());
        assertEquals("overlay reproduce: " + bad + ": seeds: must be at least 5, got 2", CliHarness.assertOneLineError(r));
        assertFalse(Files.exists(dir.resolve("o")));
    }

    @Test
    void plotAtIsCheckedBeforeAnyRun(@TempDir Path dir) {
        Path spec = SPECS.resolve("churn.json");
        CliHarness.Run r = CliHarness.run("reproduce", spec.toString(), "--smoke", "--plot-at", "failures=70%", "--out", dir.resolve("o").toString());
        assertEquals(2, r.exit());
        assertEquals("overlay reproduce: --plot-at: '70%' is not a label of axis 'failures'", CliHarness.assertOneLineError(r));
        r = CliHarness.run("reproduce", spec.toString(), "--smoke", "--plot-at", "repair=none", "--out", dir.resolve("o").toString());
        assertEquals("overlay reproduce: --plot-at: 'repair' is the axis the plots compare; name another", CliHarness.assertOneLineError(r));
        assertFalse(Files.exists(dir.resolve("o")), "nothing ran");
    }

    /** The product of the axes' label counts, minus exclusions, restricted to the smoke labels: counted here, not by the grid code. */
    private static int expectedCells(JsonNode spec) {
        List<Map<String, String>> cells = new ArrayList<>();
        cells.add(new HashMap<>());
        for (JsonNode axis : spec.get("axes")) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> c : cells)
                for (JsonNode v : axis.get("values")) {
                    Map<String, String> m = new HashMap<>(c);
                    m.put(axis.get("name").asText(), v.get("label").asText());
                    next.add(m);
                }
            cells = next;
        }
        int count = 0;
        for (Map<String, String> c : cells) {
            boolean excluded = false;
            for (JsonNode rule : spec.path("exclude")) excluded |= matches(rule, c);
            JsonNode only = spec.get("smoke").path("only");
            if (!excluded && (only.isMissingNode() || matches(only, c))) count++;
        }
        return count;
    }

    private static boolean matches(JsonNode rule, Map<String, String> cell) {
        boolean all = true;
        for (var e : rule.properties()) {
            boolean any = false;
            for (JsonNode l : e.getValue()) any |= l.asText().equals(cell.get(e.getKey()));
            all &= any;
        }
        return all;
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
