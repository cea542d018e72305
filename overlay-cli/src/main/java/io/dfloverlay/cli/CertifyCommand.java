package io.dfloverlay.cli;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.spectral.SpectralCertificate;
import io.dfloverlay.spectral.SpectralCertificates;
import io.dfloverlay.spectral.SpectralMethod;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code overlay certify}: Certify (exit 0) or refute (exit 1) that a graph is Ramanujan. */
@Command(name = "certify", mixinStandardHelpOptions = true, header = "Certify (exit 0) or refute (exit 1) that a graph is Ramanujan.")
public final class CertifyCommand implements Callable<Integer> {
    @Mixin
    SpectralGraphInput graph;

    @Option(names = "--tolerance", paramLabel = "EPS", defaultValue = "1e-9",
            description = "Accept λ + errorBound <= 2√(d−1) + EPS (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance))
            throw new IllegalArgumentException("--tolerance must be finite and >= 0, got " + tolerance);
        Graph g = graph.read();
        return certify(g, tolerance, graph.method(), graph.json, spec.commandLine().getOut());
    }

    /**
     * Prints the certificate of {@code g} and returns 0 if Ramanujan within {@code tolerance}, else 1.
     * Lanczos runs only until the verdict is decided (see
     * {@link SpectralCertificates#certify(Graph, SpectralMethod, double, double)}).
     *
     * @param g         the graph
     * @param tolerance accepted excess over the bound
     * @param method    solver
     * @param json      JSON instead of text
     * @param out       where to print
     * @return the exit code
     */
    static int certify(Graph g, double tolerance, SpectralMethod method, boolean json, PrintWriter out) {
        SpectralCertificate c = SpectralCertificates.certify(g, method, Math.min(1e-10, Math.max(tolerance, 1e-14)), tolerance);
        boolean ok = c.isRamanujan(tolerance);
        ReportOutput r = new ReportOutput();
        r.put("ramanujan", "Ramanujan (two-sided)", ok);
        r.put("tolerance", "tolerance", tolerance);
        r.put("nodes", "nodes", c.n());
        r.put("d", "d", c.d());
        r.put("regular", "regular", c.regular());
        r.put("connected", "connected", c.connected());
        r.put("bipartite", "bipartite", c.bipartite());
        r.put("mu2", "μ2", c.mu2());
        r.put("mu_n", "μn", c.muN());
        r.put("lambda_A", "λ(A)", c.lambda());
        r.put("ramanujan_bound", "2√(d−1)", c.ramanujanBound());
        r.put("margin", "margin", c.margin());
        r.put("error_bound", "error bound", c.errorBound());
        r.put("method", "method", c.method());
        r.put("converged", "converged", c.converged());
        if (c.bipartite() && c.regular()) {
            r.put("bipartite_ramanujan", "bipartite Ramanujan", c.isBipartiteRamanujan(tolerance));
            r.put("rho_W_random_walk", "ρ(W) for A/d", c.rhoRandomWalk());
            r.put("rho_W_uniform", "ρ(W) uniform", c.rhoUniform());
            r.put("rho_W_lazy", "ρ(W) lazy", c.rhoLazy());
            r.put("note", "note", bipartiteNote(c));
        }
        out.print(r.render(json));
        out.flush();
        return ok ? 0 : 1;
    }

    /** Why a bipartite graph is not certified for gossip, with its numbers. */
    static String bipartiteNote(SpectralCertificate c) {
        int d = c.d();
        return String.format(java.util.Locale.ROOT,
                "bipartite: μn = −%d, so the random walk A/%d has eigenvalue −1 (ρ = %.4g: gossip oscillates);"
                        + " uniform weights (A+I)/%d keep the mode at −%d/%d (ρ = %.4g) whatever μ2 = %.4g is;"
                        + " lazy weights (I+W)/2 give ρ = %.4g. %s",
                d, d, c.rhoRandomWalk(), d + 1, d - 1, d + 1, c.rhoUniform(), c.mu2(), c.rhoLazy(),
                c.isBipartiteRamanujan(Math.max(c.ramanujanBound() * 1e-12, 1e-12))
                        ? "The spectrum without ±d meets the bipartite Ramanujan bound |μ| <= 2√(d−1)."
                        : "The spectrum without ±d exceeds the bipartite Ramanujan bound 2√(d−1).");
    }
}
