package io.dfloverlay.core.mixing;

import io.dfloverlay.core.graph.Graph;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * {@link LaplacianExtremes} by a full dense symmetric eigen-decomposition of {@code L = D − A}
 * with EJML ({@code DecompositionFactory_DDRM.eig(n, false, true)}, symmetric QR algorithm).
 * Exact to machine precision; {@code O(n^3)} time and {@code 8n^2} bytes, so refused above
 * {@link #MAX_NODES} nodes. Deterministic and thread-safe. A test fixture: the library's scalable
 * solver is the spectral module's {@code SparseLaplacianExtremes}.
 */
public final class DenseLaplacianExtremes implements LaplacianExtremes {
    /** Largest graph accepted (a 5000 × 5000 dense matrix takes 200 MB). */
    public static final int MAX_NODES = 5000;

    /** A solver; it holds no state. */
    public DenseLaplacianExtremes() {}

    @Override
    public double[] algebraicConnectivityAndLargest(Graph g) {
        int n = g.numNodes();
        if (n < 2) throw new IllegalArgumentException("Laplacian extremes need at least 2 nodes, got " + n);
        if (n > MAX_NODES)
            throw new IllegalArgumentException("dense Laplacian eigen-decomposition is limited to n <= " + MAX_NODES
                    + ", got n=" + n + "; use the spectral module's scalable LaplacianExtremes solver");
        DMatrixRMaj l = new DMatrixRMaj(n, n);
        for (int v = 0; v < n; v++) {
            l.unsafe_set(v, v, g.degree(v));
            for (int i = g.offset(v), end = g.offset(v + 1); i < end; i++) l.unsafe_set(v, g.neighborAt(i), -1.0);
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(l)) throw new ArithmeticException("EJML eigen-decomposition did not converge (n=" + n + ")");
        double[] values = new double[n];
        for (int i = 0; i < n; i++) values[i] = eig.getEigenvalue(i).getReal();
        Arrays.sort(values);
        return new double[] {values[1], values[n - 1]};
    }

    @Override
    public String toString() {
        return "dense-ejml";
    }
}
