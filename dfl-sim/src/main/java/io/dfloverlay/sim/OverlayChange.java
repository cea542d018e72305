package io.dfloverlay.sim;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.spectral.SpectralMethod;
import io.dfloverlay.spectral.SpectralReport;
import java.util.Objects;

/**
 * The overlay right after a round's churn events (failures, joins) and the repair strategy's
 * changes, as passed to {@link MetricsListener#onOverlayChange}. Its spectra are computed only when
 * asked for ({@link #spectra()}), so a listener that ignores them costs nothing.
 *
 * @param round   the round whose start the events happened at, from 1
 * @param overlay the repaired overlay over the live clients (node i is the i-th live client)
 * @param weights the run's mixing-weight scheme, as configured ({@code topology.weights})
 */
public record OverlayChange(int round, Graph overlay, String weights) {
    /** Validates presence. */
    public OverlayChange {
        Objects.requireNonNull(overlay, "overlay");
        Objects.requireNonNull(weights, "weights");
    }

    /**
     * The live clients.
     *
     * @return the overlay's number of nodes
     */
    public int survivors() {
        return overlay.numNodes();
    }

    /**
     * The overlay's edges.
     *
     * @return the number of undirected edges
     */
    public long edges() {
        return overlay.numEdges();
    }

    /**
     * The repaired overlay's spectra (λ(A), ρ(W) of the configured weights), computed on each call.
     *
     * @return the spectral report
     */
    public SpectralReport spectra() {
        return SpectralReport.of(overlay, weights, SpectralMethod.AUTO, SpectralReport.DEFAULT_TOLERANCE);
    }
}
