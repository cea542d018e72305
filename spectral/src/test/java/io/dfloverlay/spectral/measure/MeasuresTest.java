package io.dfloverlay.spectral.measure;

import io.dfloverlay.spectral.Spectra;
import io.dfloverlay.spectral.solver.EjmlEigenSolver;
import io.dfloverlay.spectral.solver.GraphOperators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.CompleteGraphGenerator;
import io.dfloverlay.core.generate.HypercubeGenerator;
import io.dfloverlay.core.generate.RingGenerator;
import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.FixtureGraphs;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.UniformWeights;
import io.dfloverlay.spectral.TestGraphs;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MeasuresTest {
    private static Graph ring(int n) {
        return new RingGenerator(n).generate(new SplittableRandom(0));
    }

    @Test
    void diameterOfKnownGraphs() {
        assertEquals(new DiameterBounds(10, 10), Diameter.of(ring(20)));
        assertEquals(new DiameterBounds(10, 10), Diameter.of(ring(21)));
        assertEquals(new DiameterBounds(2, 2), Diameter.of(FixtureGraphs.petersen()));
        assertEquals(new DiameterBounds(7, 7), Diameter.of(new HypercubeGenerator(7).generate(new SplittableRandom(0))));
        assertFalse(Diameter.of(TestGraphs.twoCopies(ring(5))).finite());
        assertFalse(Diameter.bounds(TestGraphs.twoCopies(ring(5))).finite());
    }

    static LongStream seeds() {
        return LongStream.range(0, 60);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void diameterBoundsBracketExact(long seed) {
        Graph g = seed % 2 == 0 ? TestGraphs.randomRegular(100 + (int) seed, 3, seed) : ring(50 + (int) seed);
        DiameterBounds exact = Diameter.exact(g), b = Diameter.bounds(g);
        assertTrue(exact.exact());
        assertTrue(b.lower() <= exact.lower() && exact.upper() <= b.upper(), "seed=" + seed + " " + b + " vs " + exact);
    }

    @Test
    void vertexConnectivityOfKnownGraphs() {
        assertEquals(7, VertexConnectivity.of(new CompleteGraphGenerator(8).generate(new SplittableRandom(0))));
        assertEquals(2, VertexConnectivity.of(ring(30)));
        assertEquals(3, VertexConnectivity.of(FixtureGraphs.petersen()));
        assertEquals(6, VertexConnectivity.of(new HypercubeGenerator(6).generate(new SplittableRandom(0))));
        assertEquals(0, VertexConnectivity.of(TestGraphs.twoCopies(FixtureGraphs.petersen())));
        assertEquals(1, VertexConnectivity.of(TestGraphs.completeBipartite(1, 6)));
        assertEquals(3, VertexConnectivity.of(TestGraphs.completeBipartite(3, 5)));
        assertThrows(IllegalArgumentException.class, () -> VertexConnectivity.of(ring(2001)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void vertexConnectivityMatchesBruteForce(long seed) {
        Graph g = TestGraphs.gnp(9, 0.35 + 0.01 * (seed % 40), seed);
        assertEquals(bruteForce(g), VertexConnectivity.of(g), "seed=" + seed + " " + g);
    }

    /** Smallest set of nodes whose removal disconnects g (or leaves one node), by enumeration. */
    private static int bruteForce(Graph g) {
        int n = g.numNodes();
        int best = n - 1;
        for (int mask = 0; mask < (1 << n); mask++) {
            int k = Integer.bitCount(mask);
            if (k >= best || n - k < 2) continue;
            int[] keep = new int[n];
            int m = 0;
            for (int v = 0; v < n; v++) keep[v] = (mask >> v & 1) == 0 ? m++ : -1;
            GraphBuilder b = new GraphBuilder(m);
            g.forEachEdge((u, v) -> {
                if (keep[u] >= 0 && keep[v] >= 0) b.addEdge(keep[u], keep[v]);
            });
            if (!Connectivity.isConnected(b.build())) best = k;
        }
        return best;
    }

    @Test
    void effectiveNeighboursLimits() {
        int n = 12;
        MixingMatrix identity = new UniformWeights().of(new GraphBuilder(n).build());
        assertEquals(1.0, EffectiveNeighbors.exact(identity, 0.9), 1e-9);
        MixingMatrix complete = new UniformWeights().of(new CompleteGraphGenerator(n).generate(new SplittableRandom(0)));
        assertEquals(n, EffectiveNeighbors.exact(complete, 0.5), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> EffectiveNeighbors.exact(complete, 1.0));
    }

    @Test
    void effectiveNeighboursClosedFormMatchesSeries() {
        Graph g = TestGraphs.randomRegular(30, 4, 5);
        MixingMatrix w = new UniformWeights().of(g);
        double gamma = 0.8;
        // Direct series over t of (1/n)||W^t||_F^2 with dense powers.
        int n = w.size();
        double[][] wd = w.toDense(), p = w.toDense();
        double num = 0, den = 0, gt = 1;
        for (int t = 1; t < 400; t++) {
            gt *= gamma;
            double f = 0;
            for (double[] row : p) for (double x : row) f += x * x;
            num += gt;
            den += gt * f / n;
            double[][] q = new double[n][n];
            for (int i = 0; i < n; i++) for (int k = 0; k < n; k++) for (int j = 0; j < n; j++) q[i][j] += p[i][k] * wd[k][j];
            p = q;
        }
        double exact = EffectiveNeighbors.exact(w, gamma);
        assertEquals(num / den, exact, 1e-9);
        assertTrue(exact > 1 && exact < n);
        double rho = Spectra.mixing(w).twoSided();
        assertEquals(exact, EffectiveNeighbors.estimate(GraphOperators.mixing(w), gamma, rho, 400, 3), 0.05 * exact);
        assertEquals(exact, EffectiveNeighbors.exact(w, gamma, new EjmlEigenSolver()), 1e-9 * exact);
        assertTrue(EffectiveNeighbors.exact(w, 0.95) > EffectiveNeighbors.exact(w, 0.5));
    }
}
