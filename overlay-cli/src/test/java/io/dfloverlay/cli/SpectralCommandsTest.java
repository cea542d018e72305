package io.dfloverlay.cli;

import static io.dfloverlay.cli.CliHarness.assertOneLineError;
import static io.dfloverlay.cli.CliHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.HypercubeGenerator;
import io.dfloverlay.core.generate.LpsGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.io.GraphMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpectralCommandsTest {
    @TempDir
    Path dir;

    private Path write(String name, Graph g) throws Exception {
        Path p = dir.resolve(name);
        GraphFiles.write(p, g, GraphMetadata.EMPTY);
        return p;
    }

    @Test
    void certifyLpsExitsZeroAndHypercubeOne() throws Exception {
        Path lps = write("lps.mtx", new LpsGenerator(13, 17).generate(new SplittableRandom(0)));
        CliHarness.Run ok = run("certify", lps.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("ramanujan        true"), ok.out());
        Path cube = write("cube.mtx", new HypercubeGenerator(5).generate(new SplittableRandom(0)));
        CliHarness.Run no = run("certify", cube.toString(), "--json");
        assertEquals(1, no.exit(), no.err());
        assertTrue(no.out().contains("\"bipartite\": true"), no.out());
    }

    @Test
    void certifyBadFileIsOneLineExitTwo() throws Exception {
        CliHarness.Run missing = run("certify", dir.resolve("nope.mtx").toString());
        assertEquals(2, missing.exit());
        assertOneLineError(missing);
        Path bad = dir.resolve("bad.mtx");
        Files.writeString(bad, "not a matrix market file\n");
        CliHarness.Run garbage = run("certify", bad.toString());
        assertEquals(2, garbage.exit());
        assertOneLineError(garbage);
        assertEquals(2, run("certify", bad.toString(), "--tolerance", "-1").exit());
    }

    @Test
    void spectrumReportsAllScalars() throws Exception {
        Path cube = write("cube.mtx", new HypercubeGenerator(4).generate(new SplittableRandom(0)));
        CliHarness.Run text = run("spectrum", cube.toString(), "--weights", "lazy");
        assertEquals(0, text.exit(), text.err());
        for (String key : new String[] {"mu2", "mu_n", "lambda_A", "ramanujan_bound", "rho_W", "spectral_gap", "lambda2_L",
                "diameter", "vertex_connectivity", "method", "error_bound"})
            assertTrue(text.out().contains(key), key + " missing in " + text.out());
        CliHarness.Run json = run("spectrum", cube.toString(), "--json", "--method", "lanczos", "--weights", "best-constant");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().contains("\"lambda_A\": 4.0") || json.out().contains("\"lambda_A\": 3.99999"), json.out());
        assertTrue(json.out().contains("\"diameter\": 4"), json.out());
        assertTrue(json.out().contains("\"vertex_connectivity\": 4"), json.out());
        assertEquals(2, run("spectrum", cube.toString(), "--method", "magic").exit());
        assertEquals(2, run("spectrum", cube.toString(), "--weights", "magic").exit());
    }
}
