package io.dfloverlay.core.labelskew;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.GraphTestSupport;
import io.dfloverlay.core.mixing.MixingMatrix;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StlFrankWolfeTest {
    static LongStream seeds() {
        return LongStream.range(0, 25);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void learnsASparseSymmetricDoublyStochasticMatrixWithinBudgetAndLowersTheObjective(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 10 + rng.nextInt(40), d = 2 + rng.nextInt(6);
        double lambda = rng.nextDouble() * 0.5;
        LabelHistograms h = LabelSkewTestData.skewed(n, 6, rng);
        StlFwResult r = new StlFrankWolfe(h, d, lambda, 30).learn();
        MixingMatrix w = r.overlay().mixing();
        String ctx = "seed " + seed + " n=" + n + " d=" + d;
        GraphTestSupport.assertDoublyStochastic(w, 1e-9, ctx);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) assertEquals(w.get(i, j), w.get(j, i), 0.0, ctx + ": not symmetric at " + i + "," + j);
        assertTrue(r.overlay().graph().maxDegree() <= d, ctx + ": degree " + r.overlay().graph().maxDegree());
        double[] f = r.objectives();
        for (int t = 1; t < f.length; t++) assertTrue(f[t] <= f[t - 1] + 1e-12, ctx + ": objective rose at step " + t);
        // the objective, computed here from its definition, at W = I and at the result
        double atIdentity = objective(identity(n), h, lambda), atResult = objective(w.toDense(), h, lambda);
        assertEquals(atIdentity, f[0], 1e-9, ctx);
        assertEquals(atResult, f[f.length - 1], 1e-9, ctx);
        assertTrue(atResult < atIdentity, ctx + ": " + atIdentity + " -> " + atResult);
    }

    @Test
    void budgetAndLambdaAreChecked() {
        LabelHistograms h = LabelSkewTestData.oneClassEach(5, 2, 1);
        assertEquals("d must be in [1, n-1] = [1, 4], got 5", assertThrows(IllegalArgumentException.class, () -> new StlFrankWolfe(h, 5, 0.1, 3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StlFrankWolfe(h, 2, -1, 3));
        assertThrows(IllegalArgumentException.class, () -> new StlFrankWolfe(h, 2, 0.1, 0));
    }

    /** (1/n)‖(W − J)Π‖² + (λ/n)‖W − J‖², written out. */
    private static double objective(double[][] w, LabelHistograms h, double lambda) {
        int n = w.length;
        double[][] p = h.proportions();
        double het = 0, cons = 0;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < p[0].length; k++) {
                double s = 0;
                for (int j = 0; j < n; j++) s += (w[i][j] - 1.0 / n) * p[j][k];
                het += s * s;
            }
            for (int j = 0; j < n; j++) cons += (w[i][j] - 1.0 / n) * (w[i][j] - 1.0 / n);
        }
        return (het + lambda * cons) / n;
    }

    private static double[][] identity(int n) {
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) w[i][i] = 1;
        return w;
    }
}
