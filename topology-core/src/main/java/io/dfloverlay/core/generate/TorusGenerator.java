package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GrowableEdgeList;
import java.util.random.RandomGenerator;

/**
 * The 2-D torus {@code C_rows × C_cols}: node {@code (r, c)} has id {@code r·cols + c} and is
 * joined to {@code (r ± 1 mod rows, c)} and {@code (r, c ± 1 mod cols)}. 4-regular with
 * {@code 2·rows·cols} edges when both sides are {@code >= 3}; a side of length 2 contributes one
 * neighbour instead of two (parallel edges are merged), so a 2 × k torus is 3-regular and
 * 2 × 2 is the 4-cycle. Deterministic, {@code O(rows·cols)} time.
 */
public final class TorusGenerator implements GraphGenerator {
    private final int rows;
    private final int cols;

    /**
     * A generator of the {@code rows × cols} torus.
     *
     * @param rows number of rows, {@code >= 2}
     * @param cols number of columns, {@code >= 2}
     * @throws IllegalArgumentException if a side is below 2 or {@code rows·cols} exceeds
     *     {@code 2^28} (so the 4 neighbours per node fit one {@code int[]})
     */
    public TorusGenerator(int rows, int cols) {
        if (rows < 2 || cols < 2)
            throw new IllegalArgumentException("torus needs rows >= 2 and cols >= 2, got rows=" + rows + ", cols=" + cols);
        if ((long) rows * cols > (1L << 28))
            throw new IllegalArgumentException("torus rows*cols must be <= 2^28, got rows=" + rows + ", cols=" + cols);
        this.rows = rows;
        this.cols = cols;
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        int n = rows * cols;
        var edges = new GrowableEdgeList(2L * n, MultigraphSimplifier.MAX_EDGES);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int v = r * cols + c;
                edges.add(v, ((r + 1) % rows) * cols + c);
                edges.add(v, r * cols + (c + 1) % cols);
            }
        }
        return MultigraphSimplifier.simplify(n, edges);
    }

    @Override
    public String toString() {
        return "torus(rows=" + rows + ", cols=" + cols + ")";
    }
}
