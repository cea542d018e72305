package io.dfloverlay.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.MixingSchemes;
import io.dfloverlay.spectral.solver.SpectrumEnds;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over seeded random graphs (connected, disconnected, bipartite): the eigenvalues of W lie in
 * [−1, 1], and ρ(W) < 1 iff the graph is connected, for every scheme (all put positive weight on
 * the diagonal, so bipartiteness does not matter); for the zero-diagonal random walk {@code A/d} of
 * a regular graph, ρ < 1 iff connected and non-bipartite. Connectivity and bipartiteness are
 * decided combinatorially (BFS), independently of the solver.
 */
class MixingSpectrumPropertyTest {
    static LongStream seeds() {
        return LongStream.range(0, 200);
    }

    private static Graph graph(long seed) {
        int kind = (int) (seed % 4);
        int n = 16 + (int) (seed % 23) * 2;
        Graph base = TestGraphs.randomRegular(n, 3 + (int) (seed % 2), seed);
        return switch (kind) {
            case 0 -> base;                          // connected, almost surely non-bipartite
            case 1 -> TestGraphs.twoCopies(base);    // disconnected
            case 2 -> TestGraphs.doubleCover(base);  // bipartite
            default -> TestGraphs.gnp(n, 3.0 / n, seed); // anything
        };
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void eigenvaluesInUnitIntervalAndGapIffConnected(long seed) {
        Graph g = graph(seed);
        if (g.minDegree() == 0 && g.maxDegree() == 0) return;
        boolean connected = Connectivity.isConnected(g);
        boolean bipartite = SpectralCertificates.isBipartite(g);
        for (String scheme : new String[] {"uniform", "mh", "lazy", "best-constant"}) {
            if (scheme.equals("best-constant") && !connected) continue; // α needs λ2(L) > 0
            MixingMatrix w = MixingSchemes.byName(scheme, new SparseLaplacianExtremes()).of(g);
            SpectrumEnds e = Spectra.mixing(w);
            String what = "seed=" + seed + " " + g + " " + scheme + " " + e;
            double[] ones = new double[w.size()], rowSums = new double[w.size()];
            java.util.Arrays.fill(ones, 1.0);
            w.multiply(ones, rowSums);
            for (double r : rowSums) assertEquals(1.0, r, 1e-12, what + " row sum");
            assertTrue(e.largest() <= 1 + 1e-9, what);
            assertTrue(e.smallest() >= -1 - 1e-9, what);
            if (!scheme.equals("best-constant")) // I − αL may have a negative diagonal; its spectrum is still in (−1, 1]
                for (int i = 0; i < w.size(); i++) assertTrue(w.get(i, i) > 0, what + " diagonal " + i);
            assertEquals(connected, e.twoSided() < 1 - 1e-9, what);
        }
        if (g.isRegular()) {
            SpectrumEnds walk = Spectra.mixing(randomWalk(g));
            String what = "seed=" + seed + " " + g + " A/d " + walk;
            assertTrue(walk.largest() <= 1 + 1e-9 && walk.smallest() >= -1 - 1e-9, what);
            assertEquals(connected && !bipartite, walk.twoSided() < 1 - 1e-9, what);
        }
    }

    /** {@code A/d} of a d-regular graph as a mixing matrix (zero diagonal). */
    private static MixingMatrix randomWalk(Graph g) {
        int n = g.numNodes(), d = g.maxDegree();
        int[] rows = new int[n + 1];
        int[] cols = new int[n * d];
        double[] vals = new double[n * d];
        for (int v = 0, k = 0; v < n; v++) {
            rows[v] = k;
            for (int j = 0; j < d; j++, k++) {
                cols[k] = g.neighbor(v, j);
                vals[k] = 1.0 / d;
            }
        }
        rows[n] = n * d;
        return new MixingMatrix(rows, cols, vals);
    }
}
