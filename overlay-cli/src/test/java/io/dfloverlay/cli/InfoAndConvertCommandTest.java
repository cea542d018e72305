package io.dfloverlay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import static io.dfloverlay.cli.CliHarness.assertOneLineError;
import static io.dfloverlay.cli.CliHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.cli.CliHarness.Run;
import io.dfloverlay.core.graph.FixtureGraphs;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.AnnotatedGraph;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.io.GraphFormat;
import io.dfloverlay.core.io.GraphMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfoAndConvertCommandTest {
    @TempDir
    Path dir;

    private Path petersen;
    private GraphMetadata meta;

    @BeforeEach
    void writeSample() throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("n", "10");
        params.put("d", "3");
        meta = new GraphMetadata("petersen", params, 1L);
        petersen = dir.resolve("p.mtx");
        GraphFiles.write(petersen, FixtureGraphs.petersen(), meta);
    }

    @Test
    void infoPrintsFactsAndMetadata() {
        Run r = run("info", petersen.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        String o = r.out();
        for (String expected : new String[] {"format:     mtx", "nodes:      10", "edges:      15", "degree:     min 3, max 3, mean 3.000",
                "regular:    yes (3-regular)", "connected:  yes", "components: 1", "diameter:   2", "generator:  petersen",
                "param n:    10", "param d:    3", "seed:       1"}) {
            assertTrue(o.contains(expected + System.lineSeparator()), "missing '" + expected + "' in\n" + o);
        }
    }

    @Test
    void emptyFilesAndDirectoriesAreOneLineErrorsNamingThePath() throws IOException {
        for (String name : new String[] {"empty.edges", "empty.mtx", "empty.json", "empty.dot", "empty.graphml", "empty.dpy"}) {
            Path empty = Files.writeString(dir.resolve(name), "");
            for (String command : new String[] {"info", "spectrum"}) {
                Run r = run(command, empty.toString());
                String line = assertOneLineError(r);
                assertEquals(2, r.exit(), line);
                assertTrue(line.startsWith("overlay " + command + ": " + empty), line);
            }
        }
        Path d = Files.createDirectory(dir.resolve("graphs.mtx"));
        Run r = run("info", d.toString());
        assertEquals("overlay info: " + d + ": is a directory, not a file", assertOneLineError(r));
        assertEquals(2, r.exit());
    }

    @Test
    void infoJson() throws IOException {
        Run r = run("info", petersen.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(petersen.toString(), j.get("file").asText());
        assertEquals("mtx", j.get("format").asText());
        assertEquals(10, j.get("nodes").asInt());
        assertEquals(15, j.get("edges").asInt());
        assertEquals(3, j.get("degree_min").asInt());
        assertEquals(3, j.get("degree_max").asInt());
        assertEquals(3.0, j.get("degree_mean").asDouble());
        assertTrue(j.get("regular").asBoolean() && j.get("connected").asBoolean());
        assertEquals(1, j.get("components").asInt());
        assertEquals(2, j.get("diameter").asInt());
        // Petersen: adjacency eigenvalues 3, 1, -2, so λ(A) = 2 and uniform ρ(W) = max(|1+1|, |-2+1|)/4 = 1/2.
        assertEquals(2.0, j.get("lambda_A").asDouble(), 1e-12);
        assertEquals(0.5, j.get("rho_W").asDouble(), 1e-12);
        assertEquals("petersen", j.get("metadata").get("generator").asText());
        assertEquals("10", j.get("metadata").get("parameters").get("n").asText());
        assertEquals(1, j.get("metadata").get("seed").asInt());
    }

    @Test
    void infoOnDisconnectedIrregularGraphWithExplicitFormat() throws IOException {
        Path f = dir.resolve("g.data");
        Files.writeString(f, "# nodes: 6\n0 1\n1 2\n3 4\n");
        Run r = run("info", f.toString(), "--format", "edgelist");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("regular:    no"), r.out());
        assertTrue(r.out().contains("connected:  no"), r.out());
        assertTrue(r.out().contains("components: 3"), r.out());
        assertTrue(r.out().contains("diameter:   infinite (disconnected)"), r.out());
        assertTrue(r.out().contains("degree:     min 0, max 2, mean 1.000"), r.out());
    }

    @Test
    void convertKeepsGraphAndMetadata() throws IOException {
        Path el = dir.resolve("p.edges");
        Run r = run("convert", petersen.toString(), el.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("wrote " + el + " (edgelist): 10 nodes, 15 edges" + System.lineSeparator(), r.out());
        AnnotatedGraph back = GraphFiles.readAnnotated(el, null);
        assertEquals(FixtureGraphs.petersen(), back.graph());
        assertEquals(meta, back.metadata());

        Path dpy = dir.resolve("p.out");
        r = run("convert", el.toString(), dpy.toString(), "--to", "decentralizepy");
        assertEquals(0, r.exit(), r.err());
        assertEquals(FixtureGraphs.petersen(), GraphFiles.read(dpy, GraphFormat.DECENTRALIZEPY));

        Path json = dir.resolve("p.json");
        r = run("convert", dpy.toString(), json.toString(), "--from", "dpy");
        assertEquals(0, r.exit(), r.err());
        assertEquals(FixtureGraphs.petersen(), GraphFiles.read(json));
    }

    /** A bad invocation: non-zero exit, exactly one line on stderr, no stack trace, nothing half-written. */
    private Run bad(String... args) {
        Run r = run(args);
        assertOneLineError(r);
        return r;
    }

    @Test
    void badInputsGiveOneLine() throws IOException {
        Path malformed = dir.resolve("bad.mtx");
        Files.writeString(malformed, "%%MatrixMarket matrix coordinate pattern symmetric\n3 3 2\nx y z\n2 3\n");
        assertEquals("overlay info: " + malformed + ":3: expected 2 integers, got 'x y z'",
                bad("info", malformed.toString()).err().strip());
        assertTrue(bad("convert", malformed.toString(), dir.resolve("o.mtx").toString()).err().contains(":3: expected 2 integers"));
        assertFalse(Files.exists(dir.resolve("o.mtx")));

        Run missing = bad("info", dir.resolve("none.mtx").toString());
        assertEquals("overlay info: no such file: " + dir.resolve("none.mtx"), missing.err().strip());

        Run ext = bad("info", dir.resolve("g.xyz").toString());
        assertEquals(2, ext.exit());
        assertTrue(ext.err().startsWith("overlay info: cannot tell the format of"), ext.err());

        Run fmt = bad("info", petersen.toString(), "--format", "gml");
        assertEquals(2, fmt.exit());
        assertTrue(fmt.err().contains("unknown graph format 'gml' (known: edgelist, decentralizepy, mtx, graphml, dot, json)"), fmt.err());

        Run outExt = bad("convert", petersen.toString(), dir.resolve("o.xyz").toString());
        assertTrue(outExt.err().contains("cannot tell the format of"), outExt.err());
        Run to = bad("convert", petersen.toString(), dir.resolve("o.mtx").toString(), "--to", "png");
        assertTrue(to.err().contains("unknown graph format 'png'"), to.err());
        Run noDir = bad("convert", petersen.toString(), dir.resolve("nodir/o.mtx").toString());
        assertTrue(noDir.err().contains("no such file: ") && noDir.err().contains("directory does not exist"), noDir.err());

        bad("info");
        bad("convert", petersen.toString());
    }
}
