package io.dfloverlay.spectral.search;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.spectral.solver.SymmetricOperator;

/**
 * A mutable simple d-regular graph as {@code n × d} neighbour slots, which is also its adjacency
 * operator; double-edge switches keep every degree. Not thread-safe.
 */
final class RegularSlots implements SymmetricOperator {
    private final int n, d;
    private final int[] slot;

    RegularSlots(Graph g, int d) {
        this.n = g.numNodes();
        this.d = d;
        this.slot = new int[n * d];
        for (int v = 0; v < n; v++) for (int k = 0; k < d; k++) slot[v * d + k] = g.neighbor(v, k);
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public void apply(double[] x, double[] y) {
        for (int v = 0; v < n; v++) {
            double s = 0;
            for (int p = v * d, end = p + d; p < end; p++) s += x[slot[p]];
            y[v] = s;
        }
    }

    /** The k-th neighbour of v. */
    int neighbor(int v, int k) {
        return slot[v * d + k];
    }

    boolean adjacent(int u, int v) {
        for (int p = u * d, end = p + d; p < end; p++) if (slot[p] == v) return true;
        return false;
    }

    /** Whether {@code {a,b},{c,e} → {a,c},{b,e}} is a valid switch of two present edges into two absent ones. */
    boolean canSwitch(int a, int b, int c, int e) {
        return a != c && a != e && b != c && b != e && !adjacent(a, c) && !adjacent(b, e);
    }

    /** {@code {a,b},{c,e} → {a,c},{b,e}}; the inverse is {@code switchEdges(a, c, b, e)}. */
    void switchEdges(int a, int b, int c, int e) {
        redirect(a, b, c);
        redirect(b, a, e);
        redirect(c, e, a);
        redirect(e, c, b);
    }

    private void redirect(int u, int from, int to) {
        for (int p = u * d, end = p + d; p < end; p++)
            if (slot[p] == from) {
                slot[p] = to;
                return;
            }
        throw new IllegalStateException("no edge " + u + "-" + from);
    }

    Graph toGraph() {
        return io.dfloverlay.core.graph.GraphBuilder.fromRegularSlots(n, d, slot.clone());
    }
}
