package io.dfloverlay.cli;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.spectral.SpectralCertificate;
import io.dfloverlay.spectral.SpectralCertificates;
import io.dfloverlay.spectral.SpectralMethod;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** Prints the certificate of {@code g} and returns 0 if Ramanujan within {@code tolerance}, else 1. */
    static int certify(Graph g, double tolerance, SpectralMethod method, boolean json, PrintWriter out) {
        SpectralCertificate c = SpectralCertificates.certify(g, method, Math.min(1e-10, Math.max(tolerance, 1e-14)));
        boolean ok = c.isRamanujan(tolerance);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ramanujan", ok);
        r.put("tolerance", tolerance);
        r.put("n", c.n());
        r.put("d", c.d());
        r.put("regular", c.regular());
        r.put("connected", c.connected());
        r.put("bipartite", c.bipartite());
        r.put("mu2", c.mu2());
        r.put("mu_n", c.muN());
        r.put("lambda", c.lambda());
        r.put("ramanujan_bound", c.ramanujanBound());
        r.put("margin", c.margin());
        r.put("error_bound", c.errorBound());
        r.put("method", c.method());
        r.put("converged", c.converged());
        if (json) {
            out.print(SpectrumCommand.Json.object(r));
        } else {
            for (Map.Entry<String, Object> e : r.entrySet()) out.printf("%-16s %s%n", e.getKey(), e.getValue());
        }
        out.flush();
        return ok ? 0 : 1;
    }
}
