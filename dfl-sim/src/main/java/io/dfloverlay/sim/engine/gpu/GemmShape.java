package io.dfloverlay.sim.engine.gpu;

/**
 * Shape of a strided-batched SGEMM in cuBLAS's column-major convention:
 * {@code C_q = alpha·op(A_q)·op(B_q) + beta·C_q} for {@code q < batch}, with {@code op(A)} m × k,
 * {@code op(B)} k × n and C m × n.
 *
 * @param transA whether A is transposed
 * @param transB whether B is transposed
 * @param m      rows of op(A) and C
 * @param n      columns of op(B) and C
 * @param k      inner dimension
 * @param batch  number of products
 */
public record GemmShape(boolean transA, boolean transB, int m, int n, int k, int batch) {
    /** Checks the dimensions are positive. */
    public GemmShape {
        if (m < 1 || n < 1 || k < 1 || batch < 1)
            throw new IllegalArgumentException("GEMM dimensions must be >= 1, got m=" + m + " n=" + n + " k=" + k + " batch=" + batch);
    }
}
