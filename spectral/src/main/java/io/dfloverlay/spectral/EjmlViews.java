package io.dfloverlay.spectral;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;

/**
 * EJML copies of the matrices of an overlay, for users who work in EJML: sparse
 * {@link DMatrixSparseCSC} (adjacency, Laplacian, mixing matrix) and dense {@link DMatrixRMaj}
 * (adjacency, mixing matrix). Each call builds a new matrix the caller owns ({@code O(n + m)}
 * sparse, {@code 8 n^2} bytes dense). Stateless and thread-safe.
 */
public final class EjmlViews {
    private EjmlViews() {}

    /**
     * The adjacency matrix A as sparse CSC.
     *
     * @param g the graph
     * @return A, {@code n × n}, one entry 1.0 per directed edge
     */
    public static DMatrixSparseCSC adjacency(Graph g) {
        int n = g.numNodes();
        DMatrixSparseTriplet t = new DMatrixSparseTriplet(n, n, (int) Math.min(Integer.MAX_VALUE, 2 * g.numEdges()));
        for (int v = 0; v < n; v++)
            for (int i = g.offset(v), end = g.offset(v + 1); i < end; i++) t.addItem(v, g.neighborAt(i), 1.0);
        return DConvertMatrixStruct.convert(t, (DMatrixSparseCSC) null);
    }

    /**
     * The Laplacian {@code L = D − A} as sparse CSC.
     *
     * @param g the graph
     * @return L, {@code n × n}
     */
    public static DMatrixSparseCSC laplacian(Graph g) {
        int n = g.numNodes();
        DMatrixSparseTriplet t = new DMatrixSparseTriplet(n, n, (int) Math.min(Integer.MAX_VALUE, 2 * g.numEdges() + n));
        for (int v = 0; v < n; v++) {
            t.addItem(v, v, g.degree(v));
            for (int i = g.offset(v), end = g.offset(v + 1); i < end; i++) t.addItem(v, g.neighborAt(i), -1.0);
        }
        return DConvertMatrixStruct.convert(t, (DMatrixSparseCSC) null);
    }

    /**
     * A mixing matrix as sparse CSC (every stored entry, diagonal included).
     *
     * @param w the mixing matrix
     * @return W, {@code n × n}
     */
    public static DMatrixSparseCSC sparse(MixingMatrix w) {
        int n = w.size();
        DMatrixSparseTriplet t = new DMatrixSparseTriplet(n, n, w.numStored());
        for (int i = 0; i < n; i++)
            for (int k = w.rowStart(i), end = w.rowStart(i + 1); k < end; k++) t.addItem(i, w.column(k), w.value(k));
        return DConvertMatrixStruct.convert(t, (DMatrixSparseCSC) null);
    }

    /**
     * A mixing matrix as a dense row-major matrix.
     *
     * @param w the mixing matrix
     * @return W, {@code n × n}
     * @throws IllegalArgumentException if {@code n^2} entries do not fit an array
     */
    public static DMatrixRMaj dense(MixingMatrix w) {
        return DConvertMatrixStruct.convert(sparse(w), (DMatrixRMaj) null);
    }

    /**
     * The adjacency matrix as a dense row-major matrix.
     *
     * @param g the graph
     * @return A, {@code n × n}
     * @throws IllegalArgumentException if {@code n^2} entries do not fit an array
     */
    public static DMatrixRMaj adjacencyDense(Graph g) {
        return DConvertMatrixStruct.convert(adjacency(g), (DMatrixRMaj) null);
    }
}
