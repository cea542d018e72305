package io.dfloverlay.spectral;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import java.util.Arrays;

/**
 * Entry point for the extreme eigenvalues of the matrices of an overlay: adjacency A, Laplacian
 * L = D − A and a symmetric mixing matrix W.
 */
public final class Spectra {
    private Spectra() {}

    /** μ1 ≥ μ2 ≥ … ≥ μn of the adjacency matrix; {@code twoSided()} is λ(A). */
    public static ExtremeEigenvalues adjacency(Graph g) {
        int n = g.numNodes();
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        g.forEachEdge((u, v) -> {
            a.set(u, v, 1);
            a.set(v, u, 1);
        });
        return dense(a);
    }

    /** Extreme eigenvalues of a symmetric mixing matrix; {@code twoSided()} is ρ(W). */
    public static ExtremeEigenvalues mixing(MixingMatrix w) {
        if (!w.isSymmetric()) throw new IllegalArgumentException("mixing matrix is not symmetric");
        int n = w.size();
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int k = w.rowStart(i); k < w.rowStart(i + 1); k++) a.set(i, w.column(k), w.value(k));
        }
        return dense(a);
    }

    private static ExtremeEigenvalues dense(DMatrixRMaj a) {
        int n = a.numRows;
        if (n < 2) throw new IllegalArgumentException("need at least 2 nodes, got " + n);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(a)) throw new ArithmeticException("EJML eigen-decomposition did not converge");
        double[] ev = new double[n];
        for (int i = 0; i < n; i++) ev[i] = eig.getEigenvalue(i).getReal();
        Arrays.sort(ev);
        return new ExtremeEigenvalues(ev[n - 1], ev[n - 2], ev[0], "dense-ejml", 0.0);
    }
}
