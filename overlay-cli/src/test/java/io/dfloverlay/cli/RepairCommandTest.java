package io.dfloverlay.cli;

import static io.dfloverlay.cli.CliHarness.assertOneLineError;
import static io.dfloverlay.cli.CliHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.io.GraphMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepairCommandTest {
    @TempDir
    Path dir;

    /** Writes a seeded random connected {@code d}-regular graph on {@code n} nodes to {@code name}. */
    private Path randomRegular(String name, int n, int d) throws java.io.IOException {
        Path g = dir.resolve(name);
        GraphFiles.write(g, new RandomRegularGenerator(n, d, true).generate(new SplittableRandom(3)), GraphMetadata.EMPTY);
        return g;
    }

    /** Exit 2 with one error line containing {@code expected}. */
    private static void assertUsageError(String expected, String... args) {
        var r = run(args);
        assertEquals(2, r.exit(), r.err());
        String err = assertOneLineError(r);
        assertTrue(err.contains(expected), err);
    }

    @Test
    void repairsListedFailuresAndWritesRegularConnectedGraph() throws Exception {
        Path g = randomRegular("g.mtx", 50, 4);
        Path fail = dir.resolve("nodes.txt");
        Files.writeString(fail, "# region A\n1 2 3\n10,11\n");
        Path out = dir.resolve("g2.mtx");
        Path map = dir.resolve("map.txt");
        var r = run("repair", g.toString(), "--fail", fail.toString(), "--out", out.toString(), "--map", map.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("50 -> 45 nodes"), r.out());
        Graph after = GraphFiles.read(out);
        assertEquals(45, after.numNodes());
        assertTrue(after.isRegular() && after.maxDegree() == 4);
        assertTrue(Connectivity.isConnected(after));
        assertEquals(45, Files.readAllLines(map).size());
        assertFalse(Files.readAllLines(map).contains("10"));
    }

    @Test
    void badNodeListGivesOneLineError() throws Exception {
        Path g = randomRegular("g.mtx", 20, 4);
        Path fail = dir.resolve("nodes.txt");
        String o = dir.resolve("o.mtx").toString();
        Files.writeString(fail, "3\n99\n");
        assertUsageError("node 99 is out of range [0, 20)", "repair", g.toString(), "--fail", fail.toString(), "--out", o);
        Files.writeString(fail, "3 3\n");
        assertUsageError("listed twice", "repair", g.toString(), "--fail", fail.toString(), "--out", o);
        assertUsageError("initial graph has degree 4 > d=3", "repair", g.toString(), "--fail", fail.toString(), "--out", o, "--d", "3");
        Path odd = randomRegular("odd.mtx", 20, 3);
        Files.writeString(fail, "3\n");
        assertUsageError("the cycle strategy needs even d, got d=3",
                "repair", odd.toString(), "--fail", fail.toString(), "--out", o, "--strategy", "cycle");
    }

    @Test
    void underlayIsConvertedReportingReuseAndAddedEdges() throws Exception {
        io.dfloverlay.core.graph.GraphBuilder b = new io.dfloverlay.core.graph.GraphBuilder(30);
        for (int i = 0; i < 30; i++) b.addEdge(i, (i + 1) % 30); // a ring underlay
        Path g = dir.resolve("ring.txt");
        GraphFiles.write(g, b.build(), GraphMetadata.EMPTY);
        Path out = dir.resolve("overlay.mtx");
        Path added = dir.resolve("added.txt");
        var r = run("repair", g.toString(), "--from-underlay", "--d", "4", "--out", out.toString(), "--added", added.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("underlay: 30 nodes, 30 edges -> 4-regular overlay with 60 edges"), r.out());
        Graph after = GraphFiles.read(out);
        assertTrue(after.isRegular() && after.maxDegree() == 4 && Connectivity.isConnected(after));
        int reused = 0;
        for (int i = 0; i < 30; i++) if (after.hasEdge(i, (i + 1) % 30)) reused++;
        assertEquals(60 - reused, Files.readAllLines(added).size());
        assertUsageError("--from-underlay needs --d", "repair", g.toString(), "--from-underlay", "--out", out.toString());
    }
}
