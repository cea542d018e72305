package io.dfloverlay.core.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** Test helpers: bipartiteness, dense adjacency spectra (EJML) and mixing-matrix properties. */
public final class GraphTestSupport {
    private GraphTestSupport() {}

    /** Whether the graph is 2-colourable (BFS). */
    static boolean isBipartite(Graph g) {
        int n = g.numNodes();
        int[] colour = new int[n];
        Arrays.fill(colour, -1);
        int[] queue = new int[n];
        for (int s = 0; s < n; s++) {
            if (colour[s] >= 0) continue;
            colour[s] = 0;
            int head = 0, tail = 0;
            queue[tail++] = s;
            while (head < tail) {
                int u = queue[head++];
                for (int k = 0; k < g.degree(u); k++) {
                    int v = g.neighbor(u, k);
                    if (colour[v] < 0) {
                        colour[v] = 1 - colour[u];
                        queue[tail++] = v;
                    } else if (colour[v] == colour[u]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** All adjacency eigenvalues, ascending (dense symmetric EJML solver; small graphs only). */
    static double[] adjacencyEigenvalues(Graph g) {
        int n = g.numNodes();
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        g.forEachEdge((u, v) -> {
            a.set(u, v, 1.0);
            a.set(v, u, 1.0);
        });
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        assertTrue(eig.decompose(a), "EJML eigen decomposition failed");
        double[] values = new double[n];
        for (int i = 0; i < n; i++) values[i] = eig.getEigenvalue(i).real;
        Arrays.sort(values);
        return values;
    }

    /** Entries non-negative, every row and column summing to 1 within {@code tol}. */
    public static void assertDoublyStochastic(MixingMatrix w, double tol, String ctx) {
        int n = w.size();
        double[] colSums = new double[n];
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int k = w.rowStart(i); k < w.rowStart(i + 1); k++) {
                assertTrue(w.value(k) >= 0, ctx + ": negative entry in row " + i);
                row += w.value(k);
                colSums[w.column(k)] += w.value(k);
            }
            assertTrue(Math.abs(row - 1) <= tol, ctx + ": row " + i + " sums to " + row);
        }
        for (int j = 0; j < n; j++) assertTrue(Math.abs(colSums[j] - 1) <= tol, ctx + ": column " + j + " sums to " + colSums[j]);
    }

    /** Whether every off-diagonal non-zero of W is an edge of g and every edge of g is non-zero in W or Wᵀ. */
    static void assertSupportIs(MixingMatrix w, Graph g, String ctx) {
        int n = w.size();
        for (int i = 0; i < n; i++) {
            for (int k = w.rowStart(i); k < w.rowStart(i + 1); k++) {
                int j = w.column(k);
                if (j != i && w.value(k) != 0) assertTrue(g.hasEdge(i, j), ctx + ": W[" + i + "][" + j + "] off the graph");
            }
        }
        g.forEachEdge((u, v) -> assertTrue(w.get(u, v) != 0 || w.get(v, u) != 0, ctx + ": edge {" + u + "," + v + "} has no weight"));
    }

    /** {@code max |(W_{T−1}⋯W_0)_ij − 1/n|} over one period starting at round 0. */
    static double distanceOfPeriodProductFromAverage(TimeVaryingTopology topo) {
        int n = topo.numNodes();
        double[][] p = new double[n][n]; // columns of the running product, p[c] = product · e_c
        for (int c = 0; c < n; c++) p[c][c] = 1.0;
        double[] tmp = new double[n];
        for (int t = 0; t < topo.period(); t++) {
            MixingMatrix w = topo.mixing(t);
            for (int c = 0; c < n; c++) {
                w.multiply(p[c], tmp);
                System.arraycopy(tmp, 0, p[c], 0, n);
            }
        }
        double worst = 0;
        for (int c = 0; c < n; c++) {
            for (int r = 0; r < n; r++) worst = Math.max(worst, Math.abs(p[c][r] - 1.0 / n));
        }
        return worst;
    }
}
