package io.dfloverlay.sim.adversary;

import java.util.Arrays;

/**
 * The clipping radius {@code τ_i} of {@link ClippedGossip} at one node, from the distances
 * {@code ‖m_j − x_i‖} of its neighbours' messages.
 */
@FunctionalInterface
public interface ClippingRadius {
    /**
     * The radius at one node.
     *
     * @param distances {@code ‖m_j − x_i‖} per neighbour
     * @param weights   {@code W_ij} per neighbour, aligned
     * @return {@code τ_i ≥ 0} (infinite: no clipping)
     */
    double radius(double[] distances, double[] weights);

    /**
     * A fixed radius, the same at every node and round (self-centred clipping with a constant τ).
     *
     * @param tau the radius, positive
     * @return the rule
     * @throws IllegalArgumentException if {@code tau} is not positive
     */
    static ClippingRadius fixed(double tau) {
        if (!(tau > 0)) throw new IllegalArgumentException("clipping radius must be > 0, got " + tau);
        return (distances, weights) -> tau;
    }

    /**
     * The adaptive radius of ClippedGossip (He, Karimireddy and Jaggi 2022): node i assumes at most a
     * share {@code delta} of its neighbour weight is Byzantine and picks the smallest τ_i such that
     * the neighbours beyond it (‖m_j − x_i‖ {@code >} τ_i) carry at most that share: the farthest
     * neighbours are clipped, greedily from the farthest, while their total weight stays within
     * {@code delta · Σ_j W_ij}; τ_i is then the distance of the farthest neighbour kept. With
     * {@code delta = 0} nothing is clipped (plain gossip).
     *
     * @param delta the assumed Byzantine share of each node's neighbour weight, in [0, 1)
     * @return the rule
     * @throws IllegalArgumentException if {@code delta} is outside [0, 1)
     */
    static ClippingRadius adaptive(double delta) {
        if (!(delta >= 0 && delta < 1)) throw new IllegalArgumentException("delta must be in [0, 1), got " + delta);
        return (distances, weights) -> {
            int m = distances.length;
            if (m == 0) return Double.POSITIVE_INFINITY;
            Integer[] order = new Integer[m];
            double total = 0;
            for (int k = 0; k < m; k++) {
                order[k] = k;
                total += weights[k];
            }
            Arrays.sort(order, (a, b) -> Double.compare(distances[b], distances[a]));
            double budget = delta * total, clipped = 0;
            for (int r = 0; r < m; r++) {
                int k = order[r];
                if (clipped + weights[k] > budget * (1 + 1e-12)) return distances[k];
                clipped += weights[k];
            }
            return 0;
        };
    }
}
