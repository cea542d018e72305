package io.dfloverlay.maintenance.underlay;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.maintenance.Edge;
import java.util.List;

/**
 * The overlay built from an underlay by {@link UnderlayConversion}.
 *
 * @param overlay       the overlay on the underlay's nodes
 * @param underlayEdges number of edges of the underlay
 * @param reusedEdges   number of overlay edges that are underlay edges
 * @param lambda        λ(W) of the overlay's Metropolis–Hastings weights (1 if disconnected, 0 below 2 nodes)
 * @param added         overlay edges that are not underlay edges, sorted
 */
public record UnderlayOverlay(Graph overlay, long underlayEdges, long reusedEdges, double lambda, List<Edge> added) {
    /**
     * Validates the counts and copies {@code added}.
     *
     * @throws IllegalArgumentException if {@code overlay} is null or the counts are inconsistent
     *     ({@code 0 <= reusedEdges <= min(overlay edges, underlayEdges)} must hold)
     * @throws NullPointerException if {@code added} or one of its edges is null
     */
    public UnderlayOverlay {
        if (overlay == null) throw new IllegalArgumentException("overlay is null");
        if (reusedEdges < 0 || reusedEdges > overlay.numEdges() || underlayEdges < reusedEdges)
            throw new IllegalArgumentException("inconsistent edge counts: reused " + reusedEdges + ", overlay "
                    + overlay.numEdges() + ", underlay " + underlayEdges);
        added = List.copyOf(added);
    }

    /** {@return the fraction of the overlay's edges that reuse an underlay edge, in {@code [0, 1]} (0 for an overlay without edges)} */
    public double reuseFraction() {
        return overlay.numEdges() == 0 ? 0 : (double) reusedEdges / overlay.numEdges();
    }
}
