package io.dfloverlay.spectral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.MixingSchemes;
import io.dfloverlay.spectral.solver.SpectrumEnds;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our dense solver, EJML and Lanczos agree with EJML eigenvalues of the explicitly built matrices,
 * and {@link SpectralReport}'s closed forms agree with EJML eigenvalues of the mixing matrix the
 * scheme builds, to 1e-8 on 240 seeded random graphs: every seed runs (two in three regular, one in
 * three irregular Erdős–Rényi; the scheme rotates with the seed).
 */
class DenseLanczosAgreementTest {
    private static final double TOL = 1e-8;
    private static final String[] SCHEMES = {"uniform", "mh", "lazy", "best-constant", "lazy-mh"};

    static LongStream seeds() {
        return LongStream.range(0, 240);
    }

    /** All eigenvalues of a dense symmetric matrix by EJML directly, ascending. */
    static double[] ejml(double[][] m) {
        int n = m.length;
        DMatrixRMaj a = new DMatrixRMaj(m);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        assertTrue(eig.decompose(a), "EJML failed");
        double[] ev = new double[n];
        for (int i = 0; i < n; i++) ev[i] = eig.getEigenvalue(i).getReal();
        Arrays.sort(ev);
        return ev;
    }

    static double[][] adjacency(Graph g) {
        int n = g.numNodes();
        double[][] a = new double[n][n];
        g.forEachEdge((u, v) -> {
            a[u][v] = 1;
            a[v][u] = 1;
        });
        return a;
    }

    private static void agree(double largest, double smallest, SpectrumEnds e, String what) {
        assertTrue(e.converged(), what + " not converged");
        assertEquals(largest, e.largest(), TOL, what + " largest");
        assertEquals(smallest, e.smallest(), TOL, what + " smallest");
        assertTrue(e.errorBound() <= TOL, what + " error bound " + e.errorBound());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void solversAndReportAgreeWithEjml(long seed) {
        boolean regular = seed % 3 != 0;
        Graph g;
        if (regular) {
            int n = 20 + (int) (seed * 7 % 120);
            int d = 3 + (int) (seed % 6);
            g = TestGraphs.randomRegular(n * d % 2 != 0 ? n + 1 : n, d, seed);
        } else {
            g = TestGraphs.gnp(40 + (int) (seed % 90), 0.12, seed);
        }
        int n = g.numNodes();
        String what = "seed=" + seed + " " + g;
        double[][] a = adjacency(g);
        double[] evA = ejml(a);
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) l[i][j] = -a[i][j];
            l[i][i] = g.degree(i);
        }
        double[] evL = ejml(l);
        for (SpectralMethod m : new SpectralMethod[] {SpectralMethod.DENSE, SpectralMethod.EJML, SpectralMethod.LANCZOS}) {
            agree(evA[n - 2], evA[0], Spectra.adjacency(g, m, 1e-12), what + " A " + m);
            agree(evL[n - 1], Math.max(evL[1], 0), Spectra.laplacian(g, m, 1e-12), what + " L " + m);
        }
        String scheme = SCHEMES[(int) (seed / 3 % SCHEMES.length)];
        if (scheme.equals("best-constant") && !Connectivity.isConnected(g)) scheme = "uniform";
        // The scheme's matrix as the core module builds it, with λ2(L), λn(L) from EJML.
        MixingMatrix w = MixingSchemes.byName(scheme, ignored -> new double[] {evL[1], evL[n - 1]}).of(g);
        double[] evW = ejml(w.toDense());
        SpectralReport r = SpectralReport.of(g, scheme, SpectralMethod.LANCZOS, 1e-12);
        String rw = what + " report " + scheme;
        assertEquals(evA[n - 1], r.mu1(), TOL, rw + " μ1");
        agree(evA[n - 2], evA[0], r.adjacency(), rw + " A");
        agree(evL[n - 1], Math.max(evL[1], 0), r.laplacian(), rw + " L");
        agree(evW[n - 2], evW[0], r.mixing().ends(), rw + " W");
        double rho = Math.max(Math.abs(evW[n - 2]), Math.abs(evW[0]));
        assertEquals(rho, r.rhoW(), TOL, rw + " ρ(W)");
        if (evL[1] > 1e-9) assertEquals(2 / (evL[1] + evL[n - 1]), r.bestConstantAlpha(), TOL, rw + " α");
    }
}
