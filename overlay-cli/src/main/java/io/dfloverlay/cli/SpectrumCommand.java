package io.dfloverlay.cli;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.GraphMetadata;
import io.dfloverlay.core.io.MatrixMarketMixingFormat;
import io.dfloverlay.core.mixing.LaplacianExtremes;
import io.dfloverlay.core.mixing.MixingSchemes;
import io.dfloverlay.spectral.SpectralMethod;
import io.dfloverlay.spectral.SpectralReport;
import io.dfloverlay.spectral.measure.Diameter;
import io.dfloverlay.spectral.measure.DiameterBounds;
import io.dfloverlay.spectral.measure.VertexConnectivity;
import io.dfloverlay.spectral.solver.GraphOperators;
import io.dfloverlay.spectral.solver.SpectrumEnds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code overlay spectrum}: Print the spectral report of a graph. */
@Command(name = "spectrum", mixinStandardHelpOptions = true, header = "Print the spectral report of a graph.",
        description = {"For a regular graph everything comes from one two-sided Lanczos run on A (closed forms for L and W);"
                + " irregular graphs also solve L, Metropolis-Hastings weights their own W."})
public final class SpectrumCommand implements Callable<Integer> {
    @Mixin
    SpectralGraphInput graph;

    @Option(names = "--weights", paramLabel = "SCHEME", defaultValue = "uniform", completionCandidates = RegistryNames.WeightNames.class,
            description = "Mixing weights: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String weights;

    @Option(names = "--tolerance", paramLabel = "TOL", defaultValue = "1e-8",
            description = "Relative accuracy asked of Lanczos: rigorous residual bound over |eigenvalue| (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--write-mixing", paramLabel = "FILE",
            description = "Also write the mixing matrix W to FILE (Matrix Market, real symmetric).")
    Path writeMixing;

    @Option(names = "--timings", description = "Print the wall and CPU time of each phase (read, report, diameter, output) on stderr.")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!(tolerance > 0 && tolerance < 1)) throw new IllegalArgumentException("--tolerance must be in (0, 1), got " + tolerance);
        PhaseTimer timer = new PhaseTimer();
        Graph g = graph.read();
        timer.lap("read");
        FutureTask<DiameterBounds> sweeps = null;
        if (g.numNodes() < GraphOperators.PARALLEL_MIN) {
            // The solve runs on one thread below PARALLEL_MIN: the BFS sweeps take the other core.
            sweeps = new FutureTask<>(() -> Diameter.of(g));
            Thread worker = new Thread(sweeps, "diameter-bounds");
            worker.setDaemon(true);
            worker.start();
        }
        SpectralReport r = SpectralReport.of(g, weights, graph.method(), tolerance);
        timer.lap(reportPhase(r));
        DiameterBounds diam = sweeps != null ? await(sweeps) : Diameter.of(g);
        timer.lap(sweeps != null ? "diameter bounds (rest, run beside)" : "diameter bounds");
        spec.commandLine().getOut().print(render(g, r, diam, graph.json));
        spec.commandLine().getOut().flush();
        timer.lap("output");
        if (timings) timer.print(spec.commandLine().getErr());
        if (writeMixing != null) {
            // Best-constant weights reuse the report's λ2(L) and λn(L): no further solve.
            LaplacianExtremes known = ignored -> new double[] {r.laplacian().smallest(), r.laplacian().largest()};
            MatrixMarketMixingFormat.write(writeMixing, MixingSchemes.byName(weights, known).of(g),
                    new GraphMetadata(r.mixing().weights(), Map.of(), null));
        }
        return 0;
    }

    /** The report phase's name, with the products (or dense solve) behind A's ends. */
    private static String reportPhase(SpectralReport r) {
        SpectrumEnds a = r.adjacency();
        return "report (" + a.method() + (a.method().equals("lanczos") ? ", " + a.iterations() + " products" : "") + "; effective neighbours)";
    }

    private static DiameterBounds await(FutureTask<DiameterBounds> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The report of {@code g} as text or one JSON line.
     *
     * @param g         the graph
     * @param weights   mixing scheme name
     * @param method    solver
     * @param tolerance relative accuracy of Lanczos
     * @param json      JSON instead of text
     * @return the rendered report
     */
    static String report(Graph g, String weights, SpectralMethod method, double tolerance, boolean json) {
        return render(g, SpectralReport.of(g, weights, method, tolerance), Diameter.of(g), json);
    }

    private static String render(Graph g, SpectralReport r, DiameterBounds diam, boolean json) {
        ReportOutput out = new ReportOutput();
        out.put("nodes", "nodes", g.numNodes());
        out.put("edges", "edges", g.numEdges());
        out.put("degree_min", "degree min", g.minDegree());
        out.put("degree_max", "degree max", g.maxDegree());
        out.put("mu1", "μ1", r.mu1());
        out.put("mu2", "μ2", r.adjacency().largest());
        out.put("mu_n", "μn", r.adjacency().smallest());
        out.put("lambda_A", "λ(A)", r.lambda());
        out.put("ramanujan_bound", "2√(d−1)", r.ramanujanBound());
        out.put("weights", "weights", r.mixing().weights());
        out.put("rho_W", "ρ(W)", r.rhoW());
        out.put("spectral_gap", "1 − ρ(W)", r.mixing().spectralGap());
        out.put("effective_neighbors", "effective neighbours (γ=" + r.mixing().gamma() + ")", r.mixing().effectiveNeighbors());
        out.put("lambda2_L", "λ2(L)", r.laplacian().smallest());
        out.put("lambda_n_L", "λn(L)", r.laplacian().largest());
        out.put("best_constant_alpha", "best-constant α", r.bestConstantAlpha());
        out.put("diameter", "diameter", diam.finite() ? (diam.exact() ? (Object) diam.lower() : diam.toString()) : "infinite");
        if (g.numNodes() <= VertexConnectivity.MAX_NODES) out.put("vertex_connectivity", "vertex connectivity", VertexConnectivity.of(g));
        out.put("method", "method", r.adjacency().method());
        out.put("error_bound", "error bound", r.errorBound());
        out.put("converged", "converged", r.converged());
        return out.render(json);
    }
}
