package io.dfloverlay.spectral;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.spectral.solver.DenseEigenSolver;
import io.dfloverlay.spectral.solver.EigenSolvers;
import io.dfloverlay.spectral.solver.GraphOperators;
import io.dfloverlay.spectral.solver.LanczosEigenSolver;
import io.dfloverlay.spectral.solver.LanczosEigenSolver.EarlyStop;
import io.dfloverlay.spectral.solver.RitzPairs;
import io.dfloverlay.spectral.solver.SpectrumEnds;
import io.dfloverlay.spectral.solver.SymmetricOperator;
import java.util.Arrays;

/**
 * The ends of the non-trivial spectrum of the matrices of an overlay, one operator at a time:
 * adjacency A (without its top eigenvalue: μ2 and μn), Laplacian L = D − A (without 0: λ2 and λn)
 * and a symmetric mixing matrix W (without its top eigenvalue, 1 when doubly stochastic). For
 * everything {@code overlay spectrum} prints from as few solves as possible use
 * {@link SpectralReport}. {@link SpectralMethod#AUTO} is dense up to
 * {@link EigenSolvers#DENSE_MAX_AUTO} nodes and Lanczos above. Lanczos deflates the known top
 * eigenvector (all-ones for a regular A, for L and for a doubly stochastic W) and gets both ends in
 * one Krylov run; for an irregular A it first finds the top eigenvector (a run with vectors) and
 * deflates that. A non-converged Lanczos result is replaced by the dense one up to
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

    /**
     * μ2 (largest) and μn (smallest) of the adjacency matrix, automatic method, Lanczos' default
     * tolerance; {@code twoSided()} is λ(A).
     *
     * @param g a graph with at least 2 nodes
     * @return the ends of the adjacency spectrum without μ1
     * @throws IllegalArgumentException if the graph has fewer than 2 nodes
     */
    public static SpectrumEnds adjacency(Graph g) {
        return adjacency(g, SpectralMethod.AUTO, LanczosEigenSolver.DEFAULT_TOLERANCE);
    }

    /**
     * μ2 and μn of the adjacency matrix with the given method and relative tolerance (Lanczos).
     *
     * @param g         a graph with at least 2 nodes
     * @param method    the solver
     * @param tolerance relative accuracy of Lanczos, in (0, 1)
     * @return the ends of the adjacency spectrum without μ1
     * @throws IllegalArgumentException if the graph has fewer than 2 nodes or the tolerance is not in (0, 1)
     */
    public static SpectrumEnds adjacency(Graph g, SpectralMethod method, double tolerance) {
        return adjacency(g, method, tolerance, null, new double[1]);
    }

    /**
     * μ2 and μn as {@link #adjacency(Graph, SpectralMethod, double)}, stopping early when
     * {@code stop} decides, and μ1 written to {@code top[0]} (d for a regular graph).
     */
    static SpectrumEnds adjacency(Graph g, SpectralMethod method, double tolerance, EarlyStop stop, double[] top) {
        return adjacency(g, GraphOperators.adjacency(g), method, tolerance, stop, top);
    }

    /** As {@link #adjacency(Graph, SpectralMethod, double, EarlyStop, double[])} with the caller's operator {@code op} of A. */
    static SpectrumEnds adjacency(Graph g, SymmetricOperator op, SpectralMethod method, double tolerance, EarlyStop stop, double[] top) {
        if (g.isRegular()) {
            top[0] = g.maxDegree();
            return known(op, method, tolerance, stop);
        }
        return computedTop(op, method, tolerance, top);
    }

    /**
     * λn(L) (largest) and λ2(L) (smallest) of the Laplacian, automatic method.
     *
     * @param g a graph with at least 2 nodes
     * @return the ends of the Laplacian spectrum without its 0
     * @throws IllegalArgumentException if the graph has fewer than 2 nodes
     */
    public static SpectrumEnds laplacian(Graph g) {
        return laplacian(g, SpectralMethod.AUTO, LanczosEigenSolver.DEFAULT_TOLERANCE);
    }

    /**
     * λn(L) and λ2(L) with the given method and relative tolerance. λ2 is clamped at 0 (it is 0
     * exactly when the graph is disconnected).
     *
     * @param g         a graph with at least 2 nodes
     * @param method    the solver
     * @param tolerance relative accuracy of Lanczos, in (0, 1)
     * @return the ends of the Laplacian spectrum without its 0
     * @throws IllegalArgumentException if the graph has fewer than 2 nodes or the tolerance is not in (0, 1)
     */
    public static SpectrumEnds laplacian(Graph g, SpectralMethod method, double tolerance) {
        SpectrumEnds e = known(GraphOperators.laplacian(g), method, tolerance, null);
        return new SpectrumEnds(e.largest(), Math.min(Math.max(e.smallest(), 0), e.largest()), e.errorBound(),
                e.converged(), e.iterations(), e.method());
    }

    /**
     * The second and last eigenvalue of a symmetric mixing matrix, automatic method;
     * {@code twoSided()} is ρ(W).
     *
     * @param w a symmetric mixing matrix of size at least 2
     * @return the ends of its spectrum without the top eigenvalue
     * @throws IllegalArgumentException if {@code w} is not symmetric or smaller than 2
     */
    public static SpectrumEnds mixing(MixingMatrix w) {
        return mixing(w, SpectralMethod.AUTO, LanczosEigenSolver.DEFAULT_TOLERANCE);
    }

    /**
     * As {@link #mixing(MixingMatrix)} with the given method and tolerance. When the rows sum to
     * 1 the all-ones eigenvector (eigenvalue 1) is deflated, otherwise the top eigenvector is
     * computed first.
     *
     * @param w         a symmetric mixing matrix of size at least 2
     * @param method    the solver
     * @param tolerance relative accuracy of Lanczos, in (0, 1)
     * @return the ends of its spectrum without the top eigenvalue
     * @throws IllegalArgumentException if {@code w} is not symmetric, smaller than 2, or the tolerance is bad
     */
    public static SpectrumEnds mixing(MixingMatrix w, SpectralMethod method, double tolerance) {
        SymmetricOperator op = GraphOperators.mixing(w);
        checkSize(op);
        if (rowsSumToOne(op)) {
            SpectrumEnds e = known(op, method, tolerance, null);
            if (e.largest() <= 1 + e.errorBound()) return e;
        }
        return computedTop(op, method, tolerance, new double[1]);
    }

    /**
     * Ends of {@code op} on the complement of the all-ones vector, a known eigenvector: dense when
     * {@code method} says so (or Lanczos missed its tolerance on a small operator), else Lanczos.
     */
    static SpectrumEnds known(SymmetricOperator op, SpectralMethod method, double tolerance, EarlyStop stop) {
        int n = checkSize(op);
        double[] ones = ones(n);
        if (method.dense(n)) return method.denseSolver(n).extremes(op, ones);
        LanczosEigenSolver solver = EigenSolvers.lanczos(tolerance);
        SpectrumEnds e = stop == null ? solver.extremes(op, ones) : solver.extremes(op, ones, stop);
        return e.converged() || n > DENSE_FALLBACK_MAX ? e : EigenSolvers.fastestDense(n).extremes(op, ones);
    }

    /** Ends of {@code op} without its top eigenvalue, which is written to {@code top[0]}. */
    private static SpectrumEnds computedTop(SymmetricOperator op, SpectralMethod method, double tolerance, double[] top) {
        int n = checkSize(op);
        if (method.dense(n)) return denseWithoutTop(op, method.denseSolver(n), top);
        LanczosEigenSolver solver = EigenSolvers.lanczos(tolerance);
        RitzPairs first = solver.extremesWithVectors(op, null, null);
        SpectrumEnds rest = solver.extremes(op, first.largestVector());
        boolean converged = first.ends().converged() && rest.converged();
        if (!converged && n <= DENSE_FALLBACK_MAX) return denseWithoutTop(op, EigenSolvers.fastestDense(n), top);
        top[0] = first.ends().largest();
        double second = Math.min(top[0], rest.largest());
        double last = Math.min(second, Math.min(first.ends().smallest(), rest.smallest()));
        double err = Math.max(first.ends().errorBound(), rest.errorBound()) + first.ends().errorBound();
        return new SpectrumEnds(second, last, err, converged, first.ends().iterations() + rest.iterations(),
                LanczosEigenSolver.METHOD);
    }

    private static SpectrumEnds denseWithoutTop(SymmetricOperator op, DenseEigenSolver solver, double[] top) {
        double[] ev = solver.eigenvalues(op);
        int n = ev.length;
        top[0] = ev[n - 1];
        return new SpectrumEnds(ev[n - 2], ev[0], DenseEigenSolver.errorBound(ev), true, 0, solver.method());
    }

    static int checkSize(SymmetricOperator op) {
        int n = op.dimension();
        if (n < 2) throw new IllegalArgumentException("need at least 2 nodes, got " + n);
        return n;
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
