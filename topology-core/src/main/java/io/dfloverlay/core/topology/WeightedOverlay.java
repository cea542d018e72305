package io.dfloverlay.core.topology;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import java.util.Objects;

/**
 * A static overlay with its own mixing matrix and, optionally, a grouping of its nodes (the
 * cliques of D-Cliques, which Clique Averaging averages gradients over). Immutable.
 *
 * @param graph  the overlay
 * @param mixing its gossip matrix; every off-diagonal stored entry is an edge of {@code graph}
 * @param groups disjoint groups of nodes (each a clique of {@code graph}), or an empty array
 */
public record WeightedOverlay(Graph graph, MixingMatrix mixing, int[][] groups) {
    /**
     * Checks sizes, the support and the groups, and copies the groups.
     *
     * @throws IllegalArgumentException if the sizes differ, W has an off-diagonal entry off the
     *     graph, or a group holds a node out of range or twice
     */
    public WeightedOverlay {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(mixing, "mixing");
        int n = graph.numNodes();
        if (mixing.size() != n) throw new IllegalArgumentException("mixing matrix is " + mixing.size() + " x " + mixing.size() + ", graph has " + n + " nodes");
        for (int i = 0; i < n; i++)
            for (int k = mixing.rowStart(i); k < mixing.rowStart(i + 1); k++) {
                int j = mixing.column(k);
                if (j != i && mixing.value(k) != 0 && !graph.hasEdge(i, j))
                    throw new IllegalArgumentException("mixing weight W[" + i + "][" + j + "] is not on an edge");
            }
        groups = groups == null ? new int[0][] : groups.clone();
        boolean[] seen = new boolean[n];
        for (int g = 0; g < groups.length; g++) {
            groups[g] = groups[g].clone();
            for (int v : groups[g]) {
                if (v < 0 || v >= n) throw new IllegalArgumentException("group " + g + " holds node " + v + ", out of range [0, " + n + ")");
                if (seen[v]) throw new IllegalArgumentException("node " + v + " is in two groups");
                seen[v] = true;
            }
        }
    }

    /**
     * The groups (copies).
     *
     * @return one array of nodes per group
     */
    @Override
    public int[][] groups() {
        int[][] copy = groups.clone();
        for (int g = 0; g < copy.length; g++) copy[g] = copy[g].clone();
        return copy;
    }
}
