package io.dfloverlay.core.mixing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.FixtureGraphs;
import io.dfloverlay.core.graph.Graph;
import java.util.List;
import org.junit.jupiter.api.Test;

class MixingMatrixValidatorTest {
    private final MixingMatrixValidator validator = new MixingMatrixValidator();
    private final Graph path3 = FixtureGraphs.path(3); // 0 - 1 - 2

    private static MixingMatrix dense(double[][] a) {
        int n = a.length;
        int[] rows = new int[n + 1];
        int nnz = 0;
        for (double[] r : a) for (double x : r) if (x != 0) nnz++;
        int[] cols = new int[nnz];
        double[] vals = new double[nnz];
        int k = 0;
        for (int i = 0; i < n; i++) {
            rows[i] = k;
            for (int j = 0; j < n; j++) if (a[i][j] != 0) { cols[k] = j; vals[k++] = a[i][j]; }
        }
        rows[n] = k;
        return new MixingMatrix(rows, cols, vals);
    }

    private static boolean mentions(MixingValidation v, MixingValidation.Severity s, String text) {
        return v.problems().stream().anyMatch(p -> p.severity() == s && p.message().contains(text));
    }

    @Test
    void validMatrixIsClean() {
        MixingValidation v = validator.validate(new MetropolisHastingsWeights().of(path3), path3);
        assertTrue(v.isClean(), v.problems().toString());
    }

    @Test
    void asymmetryIsAnError() {
        MixingMatrix w = dense(new double[][] {{0.5, 0.5, 0}, {0.25, 0.5, 0.25}, {0, 0.5, 0.5}});
        MixingValidation v = validator.validate(w, path3);
        assertFalse(v.isValid());
        assertTrue(mentions(v, MixingValidation.Severity.ERROR, "W[0][1] = 0.5 but W[1][0] = 0.25"), v.problems().toString());
        assertTrue(mentions(v, MixingValidation.Severity.ERROR, "column 0 sums to 0.75"), v.problems().toString());
    }

    @Test
    void rowSumIsAnError() {
        MixingMatrix w = dense(new double[][] {{0.4, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0.5}});
        MixingValidation v = validator.validate(w, path3);
        assertTrue(mentions(v, MixingValidation.Severity.ERROR, "row 0 sums to 0.9"), v.problems().toString());
    }

    @Test
    void entryOffTheGraphIsAnError() {
        MixingMatrix w = dense(new double[][] {{0.5, 0.25, 0.25}, {0.25, 0.5, 0.25}, {0.25, 0.25, 0.5}});
        MixingValidation v = validator.validate(w, path3);
        assertTrue(mentions(v, MixingValidation.Severity.ERROR, "{0, 2} is not an edge"), v.problems().toString());
        assertEquals(2, v.errors().size(), v.problems().toString());
    }

    @Test
    void negativeEntryIsOnlyAWarning() {
        MixingMatrix w = dense(new double[][] {{-0.2, 1.2, 0}, {1.2, -0.4, 0.2}, {0, 0.2, 0.8}});
        MixingValidation v = validator.validate(w, path3);
        assertTrue(v.isValid(), v.problems().toString());
        assertFalse(v.isClean());
        assertTrue(mentions(v, MixingValidation.Severity.WARNING, "W[0][0] = -0.2"), v.problems().toString());
    }

    @Test
    void sizeMismatchAndLongReportsAreShort() {
        assertFalse(validator.validate(new UniformWeights().of(FixtureGraphs.ring(5)), path3).isValid());
        Graph ring = FixtureGraphs.ring(40);
        MixingMatrix w = new MixingMatrix(new int[41], new int[0], new double[0]); // all rows sum to 0
        List<MixingValidation.Problem> p = validator.validate(w, ring).problems();
        assertEquals(2 * (MixingMatrixValidator.MAX_REPORTED + 1), p.size(), p.toString());
        assertTrue(p.get(MixingMatrixValidator.MAX_REPORTED).message().startsWith("35 more rows"), p.toString());
    }

    @Test
    void rejectsBadTolerance() {
        assertThrows(IllegalArgumentException.class, () -> new MixingMatrixValidator(-1));
        assertThrows(IllegalArgumentException.class, () -> new MixingMatrixValidator(Double.NaN));
    }
}
