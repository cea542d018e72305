package io.dfloverlay.cli;

import static io.dfloverlay.cli.CliHarness.assertOneLineError;
import static io.dfloverlay.cli.CliHarness.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dfloverlay.core.generate.CompleteGraphGenerator;
import io.dfloverlay.core.generate.HypercubeGenerator;
import io.dfloverlay.core.generate.LpsGenerator;
import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.io.GraphMetadata;
import io.dfloverlay.core.io.MatrixMarketMixingFormat;
import io.dfloverlay.core.mixing.MixingMatrix;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spectrum} and {@code certify} print the right numbers: checked against exact known spectra
 * (hypercube, complete graph) and against EJML eigenvalues of explicitly built A, L and W.
 */
class SpectralCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, Graph g) throws Exception {
        Path p = dir.resolve(name);
        GraphFiles.write(p, g, GraphMetadata.EMPTY);
        return p;
    }

    private static JsonNode json(CliHarness.Run r) throws Exception {
        assertEquals(0, r.exit(), r.err());
        return JSON.readTree(r.out());
    }

    /** EJML eigenvalues, ascending. */
    private static double[] ejml(double[][] m) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m.length, false, true);
        assertTrue(eig.decompose(new DMatrixRMaj(m)));
        double[] ev = new double[m.length];
        for (int i = 0; i < ev.length; i++) ev[i] = eig.getEigenvalue(i).getReal();
        Arrays.sort(ev);
        return ev;
    }

    @Test
    void certifyLpsExitsZeroAndHypercubeOneWithBipartiteFacts() throws Exception {
        Path lps = write("lps.mtx", new LpsGenerator(13, 17).generate(new SplittableRandom(0)));
        CliHarness.Run ok = run("certify", lps.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("Ramanujan (two-sided): yes"), ok.out());
        Path cube = write("cube.mtx", new HypercubeGenerator(5).generate(new SplittableRandom(0)));
        CliHarness.Run no = run("certify", cube.toString(), "--json");
        assertEquals(1, no.exit(), no.err());
        JsonNode j = JSON.readTree(no.out());
        // Q_5: eigenvalues 5 - 2k, so μ2 = 3 <= 2√4 = 4 and μn = -5.
        assertTrue(j.get("bipartite").asBoolean());
        assertFalse(j.get("ramanujan").asBoolean());
        assertTrue(j.get("bipartite_ramanujan").asBoolean());
        assertEquals(-5, j.get("mu_n").asDouble(), 1e-8);
        assertEquals(1.0, j.get("rho_W_random_walk").asDouble(), 1e-8);
        assertEquals(4.0 / 6, j.get("rho_W_uniform").asDouble(), 1e-8);
        assertEquals((1 + 4.0 / 6) / 2, j.get("rho_W_lazy").asDouble(), 1e-8);
        assertTrue(j.get("note").asText().contains("bipartite"), j.toString());
        CliHarness.Run text = run("certify", cube.toString());
        assertTrue(text.out().contains("bipartite Ramanujan:") && text.out().contains("ρ(W) uniform:"), text.out());
    }

    @Test
    void certifyLpsBipartite() throws Exception {
        Path lps = write("pgl.mtx", new LpsGenerator(5, 13).generate(new SplittableRandom(0))); // PGL(2,13), 6-regular
        JsonNode j = JSON.readTree(run("certify", lps.toString(), "--json").out());
        assertTrue(j.get("bipartite").asBoolean());
        assertFalse(j.get("ramanujan").asBoolean());
        assertTrue(j.get("bipartite_ramanujan").asBoolean(), j.toString());
        // Uniform (A + I)/7: the −6 mode gives 5/7, μ2 gives (μ2 + 1)/7.
        assertEquals(Math.max(5.0 / 7, (j.get("mu2").asDouble() + 1) / 7), j.get("rho_W_uniform").asDouble(), 1e-8);
        assertEquals(-6, j.get("mu_n").asDouble(), 0);
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
    void spectrumOfTheHypercubeMatchesItsKnownSpectrum() throws Exception {
        // Q_4: adjacency eigenvalues 4 - 2k (k = 0..4); L = 4I - A; W = (A + I)/5.
        Path cube = write("cube.mtx", new HypercubeGenerator(4).generate(new SplittableRandom(0)));
        for (String method : new String[] {"dense", "ejml", "lanczos"}) {
            JsonNode j = json(run("spectrum", cube.toString(), "--json", "--method", method));
            String what = method + " " + j;
            assertEquals(4, j.get("mu1").asDouble(), 1e-9, what);
            assertEquals(2, j.get("mu2").asDouble(), 1e-9, what);
            assertEquals(-4, j.get("mu_n").asDouble(), 1e-9, what);
            assertEquals(4, j.get("lambda_A").asDouble(), 1e-9, what);
            assertEquals(2 * Math.sqrt(3), j.get("ramanujan_bound").asDouble(), 1e-12, what);
            assertEquals(3.0 / 5, j.get("rho_W").asDouble(), 1e-9, what);
            assertEquals(2, j.get("lambda2_L").asDouble(), 1e-9, what);
            assertEquals(8, j.get("lambda_n_L").asDouble(), 1e-9, what);
            assertEquals(2.0 / 10, j.get("best_constant_alpha").asDouble(), 1e-9, what);
            assertEquals(4, j.get("diameter").asInt(), what);
            assertEquals(4, j.get("vertex_connectivity").asInt(), what);
            assertTrue(j.get("converged").asBoolean(), what);
        }
        CliHarness.Run text = run("spectrum", cube.toString(), "--weights", "lazy");
        assertEquals(0, text.exit(), text.err());
        // Lazy: (I + W)/2 maps 3/5 to 4/5 and -3/5 to 1/5.
        assertTrue(text.out().contains("ρ(W):") && text.out().contains("0.8000000000"), text.out());
        assertEquals(2, run("spectrum", cube.toString(), "--method", "magic").exit());
        assertEquals(2, run("spectrum", cube.toString(), "--weights", "magic").exit());
    }

    @Test
    void completeGraphPrintsRhoZero() throws Exception {
        Path k = write("k9.mtx", new CompleteGraphGenerator(9).generate(new SplittableRandom(0)));
        JsonNode j = json(run("spectrum", k.toString(), "--json"));
        assertEquals(0.0, j.get("rho_W").asDouble());
        assertEquals(9.0, j.get("effective_neighbors").asDouble(), 1e-9); // W = J/n averages exactly
        assertTrue(run("spectrum", k.toString()).out().contains("ρ(W):"));
    }

    @Test
    void spectrumOfRandomGraphsMatchesEjmlForEveryScheme() throws Exception {
        for (long seed = 0; seed < 4; seed++) {
            Graph g = new RandomRegularGenerator(60 + 2 * (int) seed, 3 + (int) seed, true).generate(new SplittableRandom(seed));
            Path f = write("g" + seed + ".mtx", g);
            int n = g.numNodes();
            double[][] a = new double[n][n], l = new double[n][n];
            g.forEachEdge((u, v) -> {
                a[u][v] = a[v][u] = 1;
                l[u][v] = l[v][u] = -1;
            });
            for (int i = 0; i < n; i++) l[i][i] = g.degree(i);
            double[] evA = ejml(a), evL = ejml(l);
            for (String scheme : new String[] {"uniform", "mh", "lazy", "best-constant", "lazy-mh"}) {
                Path wFile = dir.resolve("w" + seed + scheme + ".mtx");
                JsonNode j = json(run("spectrum", f.toString(), "--json", "--method", "lanczos", "--weights", scheme,
                        "--tolerance", "1e-12", "--write-mixing", wFile.toString()));
                String what = "seed=" + seed + " " + scheme + " " + j;
                assertEquals(evA[n - 2], j.get("mu2").asDouble(), 1e-8, what);
                assertEquals(evA[0], j.get("mu_n").asDouble(), 1e-8, what);
                assertEquals(evL[1], j.get("lambda2_L").asDouble(), 1e-8, what);
                assertEquals(evL[n - 1], j.get("lambda_n_L").asDouble(), 1e-8, what);
                // ρ(W) against EJML on the matrix the command wrote (an independent path through the file).
                MixingMatrix w = MatrixMarketMixingFormat.read(wFile);
                double[] evW = ejml(w.toDense());
                assertEquals(Math.max(Math.abs(evW[n - 2]), Math.abs(evW[0])), j.get("rho_W").asDouble(), 1e-8, what);
                assertEquals(1.0, evW[n - 1], 1e-9, what);
            }
        }
    }
}
