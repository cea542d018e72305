package io.dfloverlay.cli;

import static io.dfloverlay.cli.report.JsonWriter.quote;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.MixingSchemes;
import io.dfloverlay.spectral.ExtremeEigenvalues;
import io.dfloverlay.spectral.LaplacianEigenvalues;
import io.dfloverlay.spectral.SparseLaplacianExtremes;
import io.dfloverlay.spectral.SpectralCertificate;
import io.dfloverlay.spectral.Spectra;
import io.dfloverlay.spectral.SpectralMethod;
import io.dfloverlay.spectral.measure.Diameter;
import io.dfloverlay.spectral.measure.DiameterBounds;
import io.dfloverlay.spectral.measure.VertexConnectivity;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code overlay spectrum}: Print the spectral report of a graph. */
@Command(name = "spectrum", mixinStandardHelpOptions = true, header = "Print the spectral report of a graph.")
public final class SpectrumCommand implements Callable<Integer> {
    @Mixin
    SpectralGraphInput graph;

    @Option(names = "--weights", paramLabel = "SCHEME", defaultValue = "uniform", completionCandidates = RegistryNames.WeightNames.class,
            description = "Mixing weights: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String weights;

    @Option(names = "--tolerance", paramLabel = "TOL", defaultValue = "1e-10",
            description = "Relative tolerance of Lanczos (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws java.io.IOException {
        Graph g = graph.read();
        spec.commandLine().getOut().print(report(g, weights, graph.method(), tolerance, graph.json));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The report of {@code g} as text or JSON (ordered keys). */
    static String report(Graph g, String weights, SpectralMethod method, double tolerance, boolean json) {
        if (g.numNodes() < 2) throw new IllegalArgumentException("need at least 2 nodes, got " + g.numNodes());
        if (g.numEdges() == 0) throw new IllegalArgumentException("graph has no edges");
        Map<String, Object> r = new LinkedHashMap<>();
        ExtremeEigenvalues a = Spectra.adjacency(g, method, tolerance);
        MixingMatrix w = MixingSchemes.byName(weights, new SparseLaplacianExtremes()).of(g);
        ExtremeEigenvalues mw = Spectra.mixing(w, method, tolerance);
        LaplacianEigenvalues l = Spectra.laplacian(g, method, tolerance);
        int d = g.maxDegree();
        r.put("n", g.numNodes());
        r.put("m", g.numEdges());
        r.put("d_min", g.minDegree());
        r.put("d_max", d);
        r.put("mu1", a.first());
        r.put("mu2", a.second());
        r.put("mu_n", a.last());
        r.put("lambda_A", a.twoSided());
        r.put("ramanujan_bound", SpectralCertificate.ramanujanBound(d));
        r.put("weights", weights);
        r.put("rho_W", mw.twoSided());
        r.put("spectral_gap", 1 - mw.twoSided());
        r.put("lambda2_L", l.algebraicConnectivity());
        r.put("lambda_n_L", l.largest());
        DiameterBounds diam = Diameter.of(g);
        r.put("diameter", diam.finite() ? (diam.exact() ? (Object) diam.lower() : diam.toString()) : "infinite");
        if (g.numNodes() <= VertexConnectivity.MAX_NODES) r.put("vertex_connectivity", VertexConnectivity.of(g));
        r.put("method", a.method());
        r.put("error_bound", Math.max(a.errorBound(), Math.max(mw.errorBound(), l.errorBound())));
        r.put("converged", a.converged() && mw.converged() && l.converged());
        return json ? Json.object(r) : text(r);
    }

    private static String text(Map<String, Object> r) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : r.entrySet()) {
            Object v = e.getValue();
            String s = v instanceof Double x ? String.format(Locale.ROOT, "%.10g", x) : String.valueOf(v);
            sb.append(String.format(Locale.ROOT, "%-20s %s%n", e.getKey(), s));
        }
        return sb.toString();
    }

    /**
     * Minimal one-line JSON for flat maps of numbers, booleans and strings (quoted by
     * {@link io.dfloverlay.cli.report.JsonWriter#quote}).
     */
    static final class Json {
        private Json() {}

        static String object(Map<String, Object> r) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<String, Object> e : r.entrySet()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(quote(e.getKey())).append(": ").append(value(e.getValue()));
            }
            return sb.append("}\n").toString();
        }

        private static String value(Object v) {
            if (v instanceof Double x) return Double.isFinite(x) ? Double.toString(x) : "null";
            if (v instanceof Number || v instanceof Boolean) return String.valueOf(v);
            return quote(String.valueOf(v));
        }
    }
}
