package io.dfloverlay.spectral;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.CompleteGraphGenerator;
import io.dfloverlay.core.generate.StarGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingSchemes;
import io.dfloverlay.spectral.solver.SpectrumEnds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lanczos on operators whose deflated spectrum has very few distinct eigenvalues (complete graphs,
 * where {@code W = J/n} is zero on the complement of the all-ones vector; complete bipartite graphs;
 * stars), where the Krylov space becomes invariant after one to three steps. Every end from
 * {@link Spectra} and {@link SpectralReport} with {@link SpectralMethod#LANCZOS} (and, for n up to
 * 200, with the automatic dense choice) must lie within its
 * reported error bound of the EJML (or Commons Math) eigenvalues of the explicitly built matrix (plus the reference's
 * own rounding, {@code 4 n ulp(‖M‖)}).
 */
class LowRankSpectraTest {
    private static final int[] LANCZOS_SIZES = {201, 256, 300, 512, 1000};
    /** Sizes the automatic method solves densely (EJML, our solver where EJML's QR fails). */
    private static final int[] DENSE_SIZES = {64, 200};
    private static final String[] SCHEMES = {"uniform", "mh", "lazy", "best-constant"};
    private static final double TOL = 1e-10;
    /** Reference eigenvalues per matrix, so each graph's dense solves run once across the cases. */
    private static final Map<String, double[]> REFERENCE = new ConcurrentHashMap<>();

    /** A graph of the family, sized {@code n}. */
    record Family(String name, int n) {
        Graph graph() {
            return switch (name) {
                case "complete" -> new CompleteGraphGenerator(n).generate(new SplittableRandom(1));
                case "bipartite" -> TestGraphs.completeBipartite(n / 2, n - n / 2);
                case "star" -> new StarGenerator(n).generate(new SplittableRandom(1));
                default -> throw new IllegalArgumentException(name);
            };
        }

        @Override
        public String toString() {
            return name + "(n=" + n + ")";
        }
    }

    static Stream<Object[]> cases() {
        List<Object[]> out = new ArrayList<>();
        for (int n : LANCZOS_SIZES) addCases(out, n, SpectralMethod.LANCZOS);
        for (int n : DENSE_SIZES) addCases(out, n, SpectralMethod.AUTO);
        return out.stream();
    }

    private static void addCases(List<Object[]> out, int n, SpectralMethod method) {
        for (String family : new String[] {"complete", "bipartite", "star"}) {
            Family f = new Family(family, n);
            out.add(new Object[] {f, "adjacency", method});
            out.add(new Object[] {f, "laplacian", method});
            for (String s : SCHEMES) {
                out.add(new Object[] {f, "mixing:" + s, method});
                out.add(new Object[] {f, "report:" + s, method});
            }
        }
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void endsLieWithinTheirBoundOfTheDenseSpectrum(Family f, String what, SpectralMethod method) {
        Graph g = f.graph();
        int n = g.numNodes();
        String label = f + " " + what + " " + method;
        double[] evA = REFERENCE.computeIfAbsent(f + " A", k -> reference(DenseLanczosAgreementTest.adjacency(g)));
        double[] evL = REFERENCE.computeIfAbsent(f + " L", k -> reference(laplacian(g)));
        String[] parts = what.split(":");
        switch (parts[0]) {
            case "adjacency" -> within(evA, n - 2, 0, Spectra.adjacency(g, method, TOL), label);
            case "laplacian" -> within(evL, n - 1, 1, Spectra.laplacian(g, method, TOL), label);
            case "mixing" -> {
                var w = MixingSchemes.byName(parts[1], new SparseLaplacianExtremes()).of(g);
                double[] evW = reference(w.toDense());
                within(evW, n - 2, 0, Spectra.mixing(w, method, TOL), label);
            }
            case "report" -> {
                SpectralReport r = SpectralReport.of(g, parts[1], method, TOL);
                within(evA, n - 2, 0, r.adjacency(), label + " A");
                within(evL, n - 1, 1, r.laplacian(), label + " L");
                // The W the report describes: for best-constant, I − αL with the report's own α.
                double[][] w = parts[1].equals("best-constant") ? bestConstant(laplacian(g), r.bestConstantAlpha())
                        : MixingSchemes.byName(parts[1]).of(g).toDense();
                double[] evW = reference(w);
                within(evW, n - 2, 0, r.mixing().ends(), label + " W");
                double rho = Math.max(Math.abs(evW[n - 2]), Math.abs(evW[0]));
                double slack = slack(evW);
                assertTrue(Math.abs(r.rhoW() - rho) <= r.mixing().ends().errorBound() + slack,
                        label + ": ρ(W) " + r.rhoW() + " vs dense " + rho + ", bound " + r.mixing().ends().errorBound());
            }
            default -> throw new IllegalArgumentException(what);
        }
    }

    /**
     * All eigenvalues, ascending: EJML's symmetric QR, or Commons Math's where EJML's does not
     * converge (it fails on several of these highly degenerate matrices).
     */
    private static double[] reference(double[][] m) {
        int n = m.length;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        double[] ev = new double[n];
        if (eig.decompose(new DMatrixRMaj(m))) {
            for (int i = 0; i < n; i++) ev[i] = eig.getEigenvalue(i).getReal();
        } else {
            ev = new EigenDecomposition(new Array2DRowRealMatrix(m, false)).getRealEigenvalues();
        }
        Arrays.sort(ev);
        return ev;
    }

    /** {@code e.largest()} and {@code e.smallest()} are within the bound of {@code ev[top]} and {@code ev[bottom]}. */
    private static void within(double[] ev, int top, int bottom, SpectrumEnds e, String label) {
        double slack = slack(ev);
        String msg = label + ": " + e + " vs dense [" + ev[top] + ", " + ev[bottom] + "], slack " + slack;
        assertTrue(e.converged(), msg + " not converged");
        assertTrue(Math.abs(e.largest() - ev[top]) <= e.errorBound() + slack, msg + " largest outside its bound");
        assertTrue(Math.abs(e.smallest() - ev[bottom]) <= e.errorBound() + slack, msg + " smallest outside its bound");
    }

    /** The reference's own rounding: a backward-stable dense solve is exact to {@code 4 n ulp(‖M‖)}. */
    private static double slack(double[] ev) {
        double norm = Math.max(Math.abs(ev[0]), Math.abs(ev[ev.length - 1]));
        return 4.0 * ev.length * Math.ulp(Math.max(norm, 1.0));
    }

    private static double[][] laplacian(Graph g) {
        int n = g.numNodes();
        double[][] l = new double[n][n];
        g.forEachEdge((u, v) -> {
            l[u][v] = -1;
            l[v][u] = -1;
        });
        for (int i = 0; i < n; i++) l[i][i] = g.degree(i);
        return l;
    }

    private static double[][] bestConstant(double[][] l, double alpha) {
        int n = l.length;
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) w[i][j] = -alpha * l[i][j];
            w[i][i] += 1;
        }
        return w;
    }
}
