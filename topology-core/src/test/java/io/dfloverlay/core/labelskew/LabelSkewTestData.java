package io.dfloverlay.core.labelskew;

import java.util.random.RandomGenerator;

/** Histograms for the label-skew tests. */
final class LabelSkewTestData {
    private LabelSkewTestData() {}

    /** n nodes, node i holds {@code size} examples of class i mod k only (one class per client). */
    static LabelHistograms oneClassEach(int n, int k, int size) {
        double[][] h = new double[n][k];
        for (int i = 0; i < n; i++) h[i][i % k] = size;
        return new LabelHistograms(h);
    }

    /** n nodes with random counts over k classes, most mass on one or two classes (Dirichlet-like skew). */
    static LabelHistograms skewed(int n, int k, RandomGenerator rng) {
        double[][] h = new double[n][k];
        for (int i = 0; i < n; i++) {
            h[i][rng.nextInt(k)] += 50 + rng.nextInt(50);
            h[i][rng.nextInt(k)] += rng.nextInt(20);
            h[i][rng.nextInt(k)] += 1;
        }
        return new LabelHistograms(h);
    }
}
