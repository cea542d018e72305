package io.dfloverlay.examples.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Replays the shipped schedule and checks every event's report and the final overlay file. */
class RepairOverlayTest {
    private static final Path SCHEDULE = Path.of("churn.txt");
    private static final int N = 100;

    @TempDir
    Path dir;

    /** What a run printed and returned. */
    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = RepairOverlay.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    /** Alive nodes after each event line of the schedule, counted from the file's text alone. */
    private static List<Integer> aliveAfterEachEvent() throws IOException {
        List<Integer> alive = new ArrayList<>();
        int now = N;
        for (String line : Files.readAllLines(SCHEDULE)) {
            String[] t = line.replaceAll("#.*", "").strip().split("\\s+");
            if (t.length < 3) continue;
            int count = t[1].equals("join") ? Integer.parseInt(t[2]) : t[2].equals("random") ? Integer.parseInt(t[3]) : t.length - 2;
            now += t[1].equals("join") ? count : -count;
            alive.add(now);
        }
        return alive;
    }

    @ParameterizedTest(name = "{0} d={1} seed={2}")
    @CsvSource({"pairing, 8, 7", "pairing, 6, 11", "cycle, 8, 3", "rebalance, 8, 5", "spectral, 6, 9", "capped-join, 8, 13"})
    void everyEventKeepsTheInvariantsAndTheFinalFileIsRegularAndConnected(String strategy, int d, long seed) throws IOException {
        Path edges = dir.resolve("repaired.edges");
        Run r = run("--strategy", strategy, "--d", Integer.toString(d), "--seed", Long.toString(seed), "--out", edges.toString());
        String context = strategy + " seed " + seed + ": " + r.out + r.err;
        assertEquals(0, r.status, context);

        List<String> events = r.out.lines().filter(l -> l.startsWith("step ")).toList();
        List<Integer> alive = aliveAfterEachEvent();
        assertEquals(alive.size(), events.size(), context);
        for (int i = 0; i < events.size(); i++) {
            String e = events.get(i);
            assertTrue(e.contains(": " + alive.get(i) + " alive,"), "alive count after event " + (i + 1) + ": " + e);
            assertTrue(e.endsWith("| invariants ok") && e.contains("connected=true") && e.contains("degrees " + d + ".." + d), e);
        }

        Map<Integer, Set<Integer>> adj = new HashMap<>();
        for (String line : Files.readAllLines(edges)) {
            String[] uv = line.split(" ");
            int u = Integer.parseInt(uv[0]), v = Integer.parseInt(uv[1]);
            assertTrue(u != v && adj.computeIfAbsent(u, k -> new HashSet<>()).add(v)
                    && adj.computeIfAbsent(v, k -> new HashSet<>()).add(u), "simple graph: " + line);
        }
        assertEquals(alive.get(alive.size() - 1), adj.size(), "survivors in the file");
        for (int dead = 0; dead < 30; dead++) assertFalse(adj.containsKey(dead), "node " + dead + " of the dark region is gone");
        assertFalse(adj.containsKey(40) || adj.containsKey(41), "the nodes that left are gone");
        adj.forEach((v, nb) -> assertEquals(d, nb.size(), "degree of " + v + "; " + context));
        int start = adj.keySet().iterator().next();
        Set<Integer> seen = new HashSet<>(List.of(start));
        ArrayDeque<Integer> queue = new ArrayDeque<>(seen);
        while (!queue.isEmpty()) for (int w : adj.get(queue.poll())) if (seen.add(w)) queue.add(w);
        assertEquals(adj.size(), seen.size(), "connected; " + context);
    }

    @Test
    void withoutRepairTheInvariantsBreakAndTheExitStatusSaysSo() {
        Run r = run("--strategy", "none");
        assertEquals(1, r.status, r.err);
        assertTrue(r.out.contains("invariants broken: "), r.out);
        assertTrue(r.err.strip().startsWith("repair-overlay: the invariants broke after "), r.err);
    }

    @Test
    void aMalformedScheduleLineIsOneLineNamingIt() throws IOException {
        Path schedule = dir.resolve("bad.txt");
        Files.writeString(schedule, "1 fail 3\n2 explode 4\n");
        Run r = run("--schedule", schedule.toString());
        assertEquals(2, r.status, r.err);
        assertEquals(1, r.err.strip().lines().count(), r.err);
        assertTrue(r.err.contains("schedule line 2: unknown action 'explode'"), r.err);
        Run unknown = run("--strategy", "magic");
        assertEquals(2, unknown.status, unknown.err);
        assertTrue(unknown.err.contains("magic") && !unknown.err.contains("Exception"), unknown.err);
    }
}
