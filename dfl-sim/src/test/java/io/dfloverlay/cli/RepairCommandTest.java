package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.io.GraphMetadata;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepairCommandTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = OverlayCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(rc), out.toString(), err.toString()};
    }

    @Test
    void repairsListedFailuresAndWritesRegularConnectedGraph() throws Exception {
        Path g = dir.resolve("g.mtx");
        GraphFiles.write(g, new RandomRegularGenerator(50, 4, true).generate(new SplittableRandom(3)), GraphMetadata.EMPTY);
        Path fail = dir.resolve("nodes.txt");
        Files.writeString(fail, "# region A\n1 2 3\n10,11\n");
        Path out = dir.resolve("g2.mtx");
        Path map = dir.resolve("map.txt");
        String[] r = run("repair", g.toString(), "--fail", fail.toString(), "--out", out.toString(), "--map", map.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("50 -> 45 nodes"), r[1]);
        Graph after = GraphFiles.read(out);
        assertEquals(45, after.numNodes());
        assertTrue(after.isRegular() && after.maxDegree() == 4);
        assertTrue(Connectivity.isConnected(after));
        assertEquals(45, Files.readAllLines(map).size());
        assertFalse(Files.readAllLines(map).contains("10"));
    }

    @Test
    void badNodeListGivesOneLineError() throws Exception {
        Path g = dir.resolve("g.mtx");
        GraphFiles.write(g, new RandomRegularGenerator(20, 4, true).generate(new SplittableRandom(3)), GraphMetadata.EMPTY);
        Path fail = dir.resolve("nodes.txt");
        Files.writeString(fail, "3\n99\n");
        String[] r = run("repair", g.toString(), "--fail", fail.toString(), "--out", dir.resolve("o.mtx").toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("node 99 is out of range [0, 20)") && r[2].strip().lines().count() == 1, r[2]);
        Files.writeString(fail, "3 3\n");
        r = run("repair", g.toString(), "--fail", fail.toString(), "--out", dir.resolve("o.mtx").toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("listed twice"), r[2]);
        r = run("repair", g.toString(), "--fail", fail.toString(), "--out", dir.resolve("o.mtx").toString(), "--d", "3");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("initial graph has degree 4 > d=3"), r[2]);
        Path odd = dir.resolve("odd.mtx");
        GraphFiles.write(odd, new RandomRegularGenerator(20, 3, true).generate(new SplittableRandom(3)), GraphMetadata.EMPTY);
        Files.writeString(fail, "3\n");
        r = run("repair", odd.toString(), "--fail", fail.toString(), "--out", dir.resolve("o.mtx").toString(), "--strategy", "cycle");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("the cycle strategy needs even d, got d=3"), r[2]);
    }

    @Test
    void underlayIsConvertedReportingReuseAndAddedEdges() throws Exception {
        io.dfloverlay.core.graph.GraphBuilder b = new io.dfloverlay.core.graph.GraphBuilder(30);
        for (int i = 0; i < 30; i++) b.addEdge(i, (i + 1) % 30); // a ring underlay
        Path g = dir.resolve("ring.txt");
        GraphFiles.write(g, b.build(), GraphMetadata.EMPTY);
        Path out = dir.resolve("overlay.mtx");
        Path added = dir.resolve("added.txt");
        String[] r = run("repair", g.toString(), "--from-underlay", "--d", "4", "--out", out.toString(), "--added", added.toString());
        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].contains("underlay: 30 nodes, 30 edges -> 4-regular overlay with 60 edges"), r[1]);
        Graph after = GraphFiles.read(out);
        assertTrue(after.isRegular() && after.maxDegree() == 4 && Connectivity.isConnected(after));
        int reused = 0;
        for (int i = 0; i < 30; i++) if (after.hasEdge(i, (i + 1) % 30)) reused++;
        assertEquals(60 - reused, Files.readAllLines(added).size());
        r = run("repair", g.toString(), "--from-underlay", "--out", out.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--from-underlay needs --d"), r[2]);
    }
}
