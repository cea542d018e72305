package io.dfloverlay.spectral;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.MixingSchemes;
import io.dfloverlay.spectral.measure.EffectiveNeighbors;
import io.dfloverlay.spectral.solver.GraphOperators;
import io.dfloverlay.spectral.solver.SpectrumEnds;
import io.dfloverlay.spectral.solver.SymmetricOperator;

/**
 * Everything {@code overlay spectrum} prints about the spectra of a graph, from as few solves as
 * possible. For a d-regular graph one Lanczos run (both ends, all-ones deflated) gives μ2 and μn
 * of A, and the rest follows in closed form: λ(A) = max(|μ2|, |μn|); {@code L = dI − A} has
 * λ2 = d − μ2, λn = d − μn; uniform and Metropolis–Hastings weights coincide,
 * {@code W = (A + I)/(d + 1)}, lazy weights are {@code (I + W)/2}, and best-constant weights
 * {@code W = I − αL} with {@code α = 2/(λ2 + λn)}: all affine in A, so their ends are the images of
 * μ2 and μn (error bounds scale alike). An irregular graph needs A (top eigenvector first) and L;
 * uniform, lazy and best-constant W still follow from L ({@code W = I − L/(d_max + 1)}); only
 * Metropolis–Hastings (and unknown schemes) need a solve of their own. The effective number of
 * neighbours is exact for dense solves and a Hutchinson estimate otherwise.
 *
 * @param maxDegree  the largest degree d
 * @param regular    whether every node has degree d
 * @param mu1        the largest adjacency eigenvalue (d for a regular graph)
 * @param adjacency  μ2 (largest) and μn (smallest) of A
 * @param laplacian  λn(L) (largest) and λ2(L) (smallest) of L = D − A
 * @param mixing     the spectrum of the requested mixing matrix
 */
public record SpectralReport(int maxDegree, boolean regular, double mu1, SpectrumEnds adjacency, SpectrumEnds laplacian,
        MixingSpectrum mixing) {
    /**
     * Default relative accuracy of a report: every eigenvalue's rigorous residual bound is at most
     * {@code 1e-8 × |eigenvalue|} (in practice the Ritz values are far closer: their error is
     * quadratic in the residual). Certificates ask for what their margin needs instead.
     */
    public static final double DEFAULT_TOLERANCE = 1e-8;

    /** Default discount of the effective number of neighbours. */
    public static final double DEFAULT_GAMMA = 0.9;

    /** Validates the fields. */
    public SpectralReport {
        if (maxDegree < 0) throw new IllegalArgumentException("maxDegree must be >= 0, got " + maxDegree);
        if (adjacency == null || laplacian == null || mixing == null)
            throw new IllegalArgumentException("spectra must not be null");
    }

    /**
     * The report of {@code g} with uniform weights, the automatic method and {@link #DEFAULT_TOLERANCE}.
     *
     * @param g a graph with at least 2 nodes and an edge
     * @return the report
     * @throws IllegalArgumentException if {@code g} has fewer than 2 nodes or no edge
     */
    public static SpectralReport of(Graph g) {
        return of(g, "uniform", SpectralMethod.AUTO, DEFAULT_TOLERANCE);
    }

    /**
     * The report of {@code g} for the mixing scheme {@code weights}.
     *
     * @param g         a graph with at least 2 nodes and an edge
     * @param weights   a scheme name of {@link MixingSchemes}
     * @param method    the solver
     * @param tolerance relative accuracy asked of Lanczos (bounds on the residuals), in (0, 1)
     * @return the report
     * @throws IllegalArgumentException if {@code g} has fewer than 2 nodes or no edge, the scheme is
     *                                  unknown, best-constant weights meet a disconnected graph, or
     *                                  the tolerance is not in (0, 1)
     */
    public static SpectralReport of(Graph g, String weights, SpectralMethod method, double tolerance) {
        int n = g.numNodes();
        if (n < 2) throw new IllegalArgumentException("need at least 2 nodes, got " + n);
        if (g.numEdges() == 0) throw new IllegalArgumentException("graph has no edges");
        if (!(tolerance > 0 && tolerance < 1)) throw new IllegalArgumentException("tolerance must be in (0, 1), got " + tolerance);
        String scheme = canonical(weights);
        int d = g.maxDegree();
        boolean regular = g.isRegular();
        double[] top = new double[1];
        SymmetricOperator adjacency = GraphOperators.adjacency(g);
        SpectrumEnds a = Spectra.adjacency(g, adjacency, method, tolerance, null, top);
        SpectrumEnds l = regular ? a.reflect(d, a.method()) : Spectra.laplacian(g, method, tolerance);
        SpectrumEnds w = mixingEnds(g, scheme, regular, d, a, l, method, tolerance);
        double gamma = DEFAULT_GAMMA;
        double neighbours = method.dense(n) ? EffectiveNeighbors.exact(matrix(g, scheme, l), gamma, method.denseSolver(n))
                : EffectiveNeighbors.estimate(mixingOperator(g, adjacency, scheme, regular, d, l), gamma, w.twoSided(), probes(n), 1L);
        return new SpectralReport(d, regular, top[0], a, l, new MixingSpectrum(scheme, w, gamma, neighbours));
    }

    /** The scheme's matrix, best-constant weights from the known Laplacian ends (no further solve). */
    private static MixingMatrix matrix(Graph g, String scheme, SpectrumEnds l) {
        return MixingSchemes.byName(scheme, ignored -> new double[] {l.smallest(), l.largest()}).of(g);
    }

    /**
     * W as an operator: for a regular graph every known scheme is {@code c0 I + c1 A}, applied
     * through {@code a}, A's CSR product, without building W; otherwise the built matrix.
     */
    private static SymmetricOperator mixingOperator(Graph g, SymmetricOperator a, String scheme, boolean regular, int d, SpectrumEnds l) {
        double s = 1.0 / (d + 1);
        double[] c = !regular ? null : switch (scheme) {
            case "uniform", "metropolis-hastings" -> new double[] {s, s};
            case "lazy-uniform", "lazy-mh" -> new double[] {0.5 + 0.5 * s, 0.5 * s};
            case "best-constant" -> {
                double alpha = 2.0 / (l.smallest() + l.largest());
                yield new double[] {1 - alpha * d, alpha};
            }
            default -> null;
        };
        if (c == null) return GraphOperators.mixing(matrix(g, scheme, l));
        double c0 = c[0], c1 = c[1];
        return new SymmetricOperator() {
            @Override
            public int dimension() {
                return a.dimension();
            }

            @Override
            public void apply(double[] x, double[] y) {
                a.apply(x, y);
                for (int i = 0; i < y.length; i++) y[i] = c0 * x[i] + c1 * y[i];
            }
        };
    }

    private static SpectrumEnds mixingEnds(Graph g, String scheme, boolean regular, int d, SpectrumEnds a, SpectrumEnds l,
            SpectralMethod method, double tolerance) {
        double s = 1.0 / (d + 1);
        SpectrumEnds uniform = regular ? a.map(s, s, a.method()) : l.reflect(d + 1, l.method()).map(0, s, l.method());
        return switch (scheme) {
            case "uniform" -> uniform;
            case "lazy-uniform" -> uniform.map(0.5, 0.5, uniform.method());
            case "best-constant" -> bestConstant(l);
            case "metropolis-hastings" -> regular ? uniform : Spectra.mixing(MixingSchemes.byName(scheme, new SparseLaplacianExtremes()).of(g), method, tolerance);
            case "lazy-mh" -> (regular ? uniform : Spectra.mixing(MixingSchemes.byName("mh", new SparseLaplacianExtremes()).of(g), method, tolerance))
                    .map(0.5, 0.5, uniform.method());
            default -> Spectra.mixing(MixingSchemes.byName(scheme, new SparseLaplacianExtremes()).of(g), method, tolerance);
        };
    }

    /** The scheme's own name ({@code uniform}, {@code metropolis-hastings}, {@code lazy-mh}, ...), also a name {@link MixingSchemes} accepts. */
    private static String canonical(String weights) {
        String name = MixingSchemes.byName(weights, new SparseLaplacianExtremes()).toString();
        return name.equals("lazy-metropolis-hastings") ? "lazy-mh" : name;
    }

    /** {@code W = I − αL = α(1/α − L)}: the ends of L reflected and scaled. */
    private static SpectrumEnds bestConstant(SpectrumEnds l) {
        if (!(l.smallest() > 1e-12 * Math.max(1.0, l.largest())))
            throw new IllegalArgumentException("best-constant weights need a connected graph (λ2(L) = " + l.smallest() + ")");
        double alpha = 2.0 / (l.smallest() + l.largest());
        return l.reflect(1 / alpha, l.method()).map(0, alpha, l.method());
    }

    /**
     * Hutchinson probes: the estimate's relative spread falls like {@code 1/sqrt(n · probes)}, so
     * one probe is enough from 10^5 nodes and small graphs get up to 64.
     */
    private static int probes(int n) {
        return (int) Math.max(1, Math.min(64, Math.ceil(1e5 / n)));
    }

    /**
     * Two-sided {@code λ(A) = max(|μ2|, |μn|)}.
     *
     * @return λ(A)
     */
    public double lambda() {
        return adjacency.twoSided();
    }

    /**
     * The Ramanujan bound {@code 2√(d−1)} of the largest degree.
     *
     * @return {@code 2√(d−1)}, NaN for {@code d = 0}
     */
    public double ramanujanBound() {
        return maxDegree >= 1 ? SpectralCertificate.ramanujanBound(maxDegree) : Double.NaN;
    }

    /**
     * ρ(W) of the requested weights (0 within its error bound).
     *
     * @return ρ(W)
     */
    public double rhoW() {
        return mixing.rho();
    }

    /**
     * Best-constant weights' step {@code α = 2/(λ2(L) + λn(L))} (Xiao and Boyd 2004).
     *
     * @return α, NaN when the graph is disconnected
     */
    public double bestConstantAlpha() {
        return laplacian.smallest() > 0 ? 2.0 / (laplacian.smallest() + laplacian.largest()) : Double.NaN;
    }

    /**
     * The largest error bound of the reported eigenvalues.
     *
     * @return a bound on the absolute error of μ2, μn, λ2(L), λn(L) and the ends of W
     */
    public double errorBound() {
        return Math.max(adjacency.errorBound(), Math.max(laplacian.errorBound(), mixing.ends().errorBound()));
    }

    /**
     * Whether every solve reached its tolerance.
     *
     * @return true if all converged
     */
    public boolean converged() {
        return adjacency.converged() && laplacian.converged() && mixing.ends().converged();
    }
}
