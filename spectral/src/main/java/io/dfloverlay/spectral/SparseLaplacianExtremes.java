package io.dfloverlay.spectral;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.LaplacianExtremes;
import io.dfloverlay.spectral.solver.SpectrumEnds;

/**
 * {@link LaplacianExtremes} through {@link Spectra#laplacian(Graph)}: dense for small graphs,
 * Lanczos (deflating the all-ones vector) for large ones, so best-constant weights scale to
 * millions of nodes. Stateless and thread-safe.
 */
public final class SparseLaplacianExtremes implements LaplacianExtremes {
    @Override
    public double[] algebraicConnectivityAndLargest(Graph g) {
        SpectrumEnds l = Spectra.laplacian(g);
        return new double[] {l.smallest(), l.largest()};
    }

    @Override
    public String toString() {
        return "laplacian-extremes(" + SpectralMethod.AUTO + ")";
    }
}
