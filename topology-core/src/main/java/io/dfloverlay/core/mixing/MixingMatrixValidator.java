package io.dfloverlay.core.mixing;

import io.dfloverlay.core.graph.Graph;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a mixing matrix is a valid gossip matrix for an overlay: symmetric, rows and columns
 * summing to 1, supported on the graph's edges plus the diagonal (errors), and non-negative (a
 * warning: best-constant weights may have negative diagonal entries and still converge).
 * {@code O(nnz log d)} time; reports at most {@value #MAX_REPORTED} problems of each kind so a
 * broken large matrix gives a short report. Thread-safe.
 */
public final class MixingMatrixValidator {
    /** Problems of one kind listed before the rest are only counted. */
    public static final int MAX_REPORTED = 5;

    private final double tolerance;

    /** A validator with absolute tolerance {@code 1e-9} on sums and symmetry. */
    public MixingMatrixValidator() {
        this(1e-9);
    }

    /**
     * A validator with the given absolute tolerance on row/column sums and {@code |W_ij − W_ji|}.
     *
     * @param tolerance the absolute tolerance, finite and {@code >= 0}
     * @throws IllegalArgumentException if {@code tolerance} is negative or not finite
     */
    public MixingMatrixValidator(double tolerance) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance))
            throw new IllegalArgumentException("tolerance must be finite and >= 0, got " + tolerance);
        this.tolerance = tolerance;
    }

    /**
     * Validates {@code w} against the overlay {@code g}; a size mismatch is reported as an error.
     *
     * @param w the mixing matrix
     * @param g the overlay it should be supported on
     * @return the problems found (empty if {@code w} is a valid non-negative gossip matrix for {@code g})
     */
    public MixingValidation validate(MixingMatrix w, Graph g) {
        int n = w.size();
        List<MixingValidation.Problem> out = new ArrayList<>();
        if (g.numNodes() != n) {
            out.add(MixingValidation.Problem.error("size " + n + " differs from the graph's " + g.numNodes() + " nodes"));
            return new MixingValidation(out);
        }
        Counter asym = new Counter("asymmetric entries", out, MixingValidation.Severity.ERROR);
        Counter rows = new Counter("rows not summing to 1", out, MixingValidation.Severity.ERROR);
        Counter cols = new Counter("columns not summing to 1", out, MixingValidation.Severity.ERROR);
        Counter support = new Counter("entries outside edges and diagonal", out, MixingValidation.Severity.ERROR);
        Counter negative = new Counter("negative entries", out, MixingValidation.Severity.WARNING);
        double[] colSum = new double[n];
        for (int i = 0; i < n; i++) {
            double rowSum = 0;
            for (int k = w.rowStart(i), end = w.rowStart(i + 1); k < end; k++) {
                int j = w.column(k);
                double x = w.value(k);
                rowSum += x;
                colSum[j] += x;
                if (x != 0 && j != i && !g.hasEdge(i, j)) support.add("W[" + i + "][" + j + "] = " + x + " but {" + i + ", " + j + "} is not an edge");
                if (x < 0) negative.add("W[" + i + "][" + j + "] = " + x);
                double t = w.get(j, i);
                if (Math.abs(x - t) > tolerance) asym.add("W[" + i + "][" + j + "] = " + x + " but W[" + j + "][" + i + "] = " + t);
            }
            if (Math.abs(rowSum - 1) > tolerance) rows.add("row " + i + " sums to " + rowSum);
        }
        for (int j = 0; j < n; j++) if (Math.abs(colSum[j] - 1) > tolerance) cols.add("column " + j + " sums to " + colSum[j]);
        for (Counter c : List.of(asym, rows, cols, support, negative)) c.finish();
        return new MixingValidation(out);
    }

    /** Collects the first few problems of one kind and counts the rest. */
    private static final class Counter {
        private final String kind;
        private final List<MixingValidation.Problem> out;
        private final MixingValidation.Severity severity;
        private final List<MixingValidation.Problem> listed = new ArrayList<>();
        private int count;

        Counter(String kind, List<MixingValidation.Problem> out, MixingValidation.Severity severity) {
            this.kind = kind;
            this.out = out;
            this.severity = severity;
        }

        void add(String message) {
            if (count++ < MAX_REPORTED) listed.add(new MixingValidation.Problem(severity, message));
        }

        /** Appends the collected problems, and a count of the unlisted ones, to the shared list. */
        void finish() {
            out.addAll(listed);
            if (count > MAX_REPORTED) out.add(new MixingValidation.Problem(severity, (count - MAX_REPORTED) + " more " + kind));
        }
    }
}
