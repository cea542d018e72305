package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.HypercubeGenerator;
import io.dfloverlay.core.generate.LpsGenerator;
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

class SpectralCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = OverlayCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, Graph g) throws Exception {
        Path p = dir.resolve(name);
        GraphFiles.write(p, g, GraphMetadata.EMPTY);
        return p;
    }

    @Test
    void certifyLpsExitsZeroAndHypercubeOne() throws Exception {
        Path lps = write("lps.mtx", new LpsGenerator(13, 17).generate(new SplittableRandom(0)));
        Run ok = run("certify", lps.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("ramanujan        true"), ok.out());
        Path cube = write("cube.mtx", new HypercubeGenerator(5).generate(new SplittableRandom(0)));
        Run no = run("certify", cube.toString(), "--json");
        assertEquals(1, no.code(), no.err());
        assertTrue(no.out().contains("\"bipartite\": true"), no.out());
    }

    @Test
    void certifyBadFileIsOneLineExitTwo() throws Exception {
        Run missing = run("certify", dir.resolve("nope.mtx").toString());
        assertEquals(2, missing.code());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        Path bad = dir.resolve("bad.mtx");
        Files.writeString(bad, "not a matrix market file\n");
        Run garbage = run("certify", bad.toString());
        assertEquals(2, garbage.code());
        assertEquals(1, garbage.err().strip().lines().count(), garbage.err());
        assertEquals(2, run("certify", bad.toString(), "--tolerance", "-1").code());
    }

    @Test
    void spectrumReportsAllScalars() throws Exception {
        Path cube = write("cube.mtx", new HypercubeGenerator(4).generate(new SplittableRandom(0)));
        Run text = run("spectrum", cube.toString(), "--weights", "lazy");
        assertEquals(0, text.code(), text.err());
        for (String key : new String[] {"mu2", "mu_n", "lambda_A", "ramanujan_bound", "rho_W", "spectral_gap", "lambda2_L",
                "diameter", "vertex_connectivity", "method", "error_bound"})
            assertTrue(text.out().contains(key), key + " missing in " + text.out());
        Run json = run("spectrum", cube.toString(), "--json", "--method", "lanczos", "--weights", "best-constant");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"lambda_A\": 4.0") || json.out().contains("\"lambda_A\": 3.99999"), json.out());
        assertTrue(json.out().contains("\"diameter\": 4"), json.out());
        assertTrue(json.out().contains("\"vertex_connectivity\": 4"), json.out());
        assertEquals(2, run("spectrum", cube.toString(), "--method", "magic").code());
        assertEquals(2, run("spectrum", cube.toString(), "--weights", "magic").code());
    }
}
