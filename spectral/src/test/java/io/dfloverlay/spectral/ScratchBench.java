package io.dfloverlay.spectral;

import io.dfloverlay.core.graph.Graph;

public class ScratchBench {
    public static void main(String[] a) {
        int n = Integer.parseInt(a[0]);
        double tol = Double.parseDouble(a[1]);
        Graph g = TestGraphs.randomRegular(n, 8, 7);
        for (int r = 0; r < 5; r++) {
            long t = System.nanoTime();
            ExtremeEigenvalues e = Spectra.adjacency(g, SpectralMethod.LANCZOS, tol);
            System.out.printf("%.3f s %s%n", (System.nanoTime() - t) / 1e9, e);
        }
        if (n <= 3000) {
            long t = System.nanoTime();
            ExtremeEigenvalues e = Spectra.adjacency(g, SpectralMethod.DENSE, tol);
            System.out.printf("dense %.3f s %s%n", (System.nanoTime() - t) / 1e9, e);
        }
    }
}
