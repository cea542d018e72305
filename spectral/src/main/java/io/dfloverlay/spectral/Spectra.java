package io.dfloverlay.spectral;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.spectral.solver.DenseSymmetricEigenSolver;
import io.dfloverlay.spectral.solver.EigenSolvers;
import io.dfloverlay.spectral.solver.GraphOperators;
import io.dfloverlay.spectral.solver.LanczosEigenSolver;
import io.dfloverlay.spectral.solver.RitzPairs;
import io.dfloverlay.spectral.solver.SpectrumEnds;
import io.dfloverlay.spectral.solver.SymmetricOperator;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Entry point for the extreme eigenvalues of the matrices of an overlay: adjacency A, Laplacian
 * L = D − A and a symmetric mixing matrix W. {@link SpectralMethod#AUTO} uses the dense solver
 * up to {@link EigenSolvers#DENSE_MAX_AUTO} nodes and Lanczos above. Lanczos deflates the known
 * extreme eigenvector (all-ones for a regular A, for L and for a doubly stochastic W) and gets both
 * remaining ends in one Krylov run; for an irregular A it first finds the top eigenvector (two-pass
 * Lanczos) and deflates that. A non-converged Lanczos result is replaced by the dense one up to
 * {@link #DENSE_FALLBACK_MAX} nodes and returned with {@code converged = false} above. Stateless
 * and thread-safe; deterministic.
 */
public final class Spectra {
    /**
     * Up to this size a Lanczos run that misses its tolerance (seen only on tiny irregular graphs,
     * where rounding dominates the Krylov space) is replaced by the dense solve.
     */
    public static final int DENSE_FALLBACK_MAX = 2000;

    private Spectra() {}

    /** μ1 ≥ μ2 ≥ … ≥ μn of the adjacency matrix; {@code twoSided()} is λ(A). Automatic method. */
    public static ExtremeEigenvalues adjacency(Graph g) {
        return adjacency(g, SpectralMethod.AUTO, LanczosEigenSolver.DEFAULT_TOLERANCE);
    }

    /**
     * μ1, μ2, μn of the adjacency matrix with the given method and relative tolerance (Lanczos).
     *
     * @throws IllegalArgumentException if the graph has fewer than 2 nodes or the tolerance is not in (0, 1)
     */
    public static ExtremeEigenvalues adjacency(Graph g, SpectralMethod method, double tolerance) {
        SymmetricOperator op = GraphOperators.adjacency(g);
        return extremes(op, method, tolerance, solver -> g.isRegular()
                ? withKnownTop(g.maxDegree(), solver.extremes(op, ones(op.dimension())))
                : withComputedTop(op, solver));
    }

    /** λ2(L) and λn(L) of the Laplacian, automatic method. */
    public static LaplacianEigenvalues laplacian(Graph g) {
        return laplacian(g, SpectralMethod.AUTO, LanczosEigenSolver.DEFAULT_TOLERANCE);
    }

    /**
     * λ2(L) and λn(L) of the Laplacian with the given method and relative tolerance.
     *
     * @throws IllegalArgumentException if the graph has fewer than 2 nodes or the tolerance is not in (0, 1)
     */
    public static LaplacianEigenvalues laplacian(Graph g, SpectralMethod method, double tolerance) {
        SymmetricOperator op = GraphOperators.laplacian(g);
        int n = checkSize(op);
        if (dense(method, n)) {
            double[] ev = new DenseSymmetricEigenSolver().eigenvalues(op);
            return new LaplacianEigenvalues(Math.max(ev[1], 0), ev[n - 1], DenseSymmetricEigenSolver.METHOD,
                    denseError(ev), true);
        }
        SpectrumEnds e = EigenSolvers.lanczos(tolerance).extremes(op, ones(n));
        if (!e.converged() && n <= DENSE_FALLBACK_MAX) return laplacian(g, SpectralMethod.DENSE, tolerance);
        return new LaplacianEigenvalues(Math.max(e.smallest(), 0), e.largest(), e.method(), e.errorBound(), e.converged());
    }

    /** Extreme eigenvalues of a symmetric mixing matrix; {@code twoSided()} is ρ(W). Automatic method. */
    public static ExtremeEigenvalues mixing(MixingMatrix w) {
        return mixing(w, SpectralMethod.AUTO, LanczosEigenSolver.DEFAULT_TOLERANCE);
    }

    /**
     * Extreme eigenvalues of a symmetric mixing matrix with the given method and tolerance. When the
     * rows sum to 1 the all-ones eigenvector (eigenvalue 1) is deflated.
     *
     * @throws IllegalArgumentException if {@code w} is not symmetric, smaller than 2, or the tolerance is bad
     */
    public static ExtremeEigenvalues mixing(MixingMatrix w, SpectralMethod method, double tolerance) {
        SymmetricOperator op = GraphOperators.mixing(w);
        return extremes(op, method, tolerance, solver -> {
            if (rowsSumToOne(op)) {
                SpectrumEnds e = solver.extremes(op, ones(op.dimension()));
                if (e.largest() <= 1 + e.errorBound()) return withKnownTop(1.0, e);
            }
            return withComputedTop(op, solver);
        });
    }

    /**
     * Extreme eigenvalues of {@code op}: dense when {@code method} asks for it, else the given Lanczos
     * strategy, whose non-converged result is replaced by the dense one up to {@link #DENSE_FALLBACK_MAX}.
     */
    private static ExtremeEigenvalues extremes(SymmetricOperator op, SpectralMethod method, double tolerance,
            Function<LanczosEigenSolver, ExtremeEigenvalues> lanczos) {
        int n = checkSize(op);
        if (dense(method, n)) return denseExtremes(op);
        ExtremeEigenvalues e = lanczos.apply(EigenSolvers.lanczos(tolerance));
        return e.converged() || n > DENSE_FALLBACK_MAX ? e : denseExtremes(op);
    }

    private static int checkSize(SymmetricOperator op) {
        int n = op.dimension();
        if (n < 2) throw new IllegalArgumentException("need at least 2 nodes, got " + n);
        return n;
    }

    private static boolean dense(SpectralMethod method, int n) {
        return method == SpectralMethod.DENSE || (method == SpectralMethod.AUTO && EigenSolvers.useDense(n));
    }

    private static ExtremeEigenvalues denseExtremes(SymmetricOperator op) {
        double[] ev = new DenseSymmetricEigenSolver().eigenvalues(op);
        int n = ev.length;
        return new ExtremeEigenvalues(ev[n - 1], ev[n - 2], ev[0], DenseSymmetricEigenSolver.METHOD, denseError(ev), true);
    }

    private static double denseError(double[] ev) {
        double norm = Math.max(Math.abs(ev[0]), Math.abs(ev[ev.length - 1]));
        return 4.0 * ev.length * Math.ulp(Math.max(norm, Double.MIN_NORMAL));
    }

    private static ExtremeEigenvalues withKnownTop(double top, SpectrumEnds e) {
        double first = Math.max(top, e.largest());
        double second = Math.min(top, e.largest());
        return new ExtremeEigenvalues(first, second, Math.min(e.smallest(), second), e.method(), e.errorBound(), e.converged());
    }

    private static ExtremeEigenvalues withComputedTop(SymmetricOperator op, LanczosEigenSolver solver) {
        RitzPairs top = solver.extremesWithVectors(op, null, null);
        SpectrumEnds rest = solver.extremes(op, top.largestVector());
        double first = top.ends().largest();
        double second = Math.min(first, rest.largest());
        double last = Math.min(second, Math.min(top.ends().smallest(), rest.smallest()));
        double err = Math.max(top.ends().errorBound(), rest.errorBound()) + top.ends().errorBound();
        return new ExtremeEigenvalues(first, second, last, LanczosEigenSolver.METHOD, err,
                top.ends().converged() && rest.converged());
    }

    private static boolean rowsSumToOne(SymmetricOperator op) {
        int n = op.dimension();
        double[] y = new double[n];
        op.apply(ones(n), y);
        for (double v : y) if (Math.abs(v - 1) > 1e-12) return false;
        return true;
    }

    static double[] ones(int n) {
        double[] o = new double[n];
        Arrays.fill(o, 1.0);
        return o;
    }
}
