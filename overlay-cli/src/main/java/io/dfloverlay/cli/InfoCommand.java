package io.dfloverlay.cli;

import io.dfloverlay.core.io.AnnotatedGraph;
import io.dfloverlay.core.io.GraphMetadata;
import io.dfloverlay.spectral.SpectralReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code overlay info}: Print basic facts about a graph file. */
@Command(name = "info", mixinStandardHelpOptions = true, header = "Print basic facts about a graph file.",
        description = {"Prints nodes, edges, degree range, regularity, connectivity, components, the exact diameter,"
                + " λ(A), ρ(W) of uniform weights and the effective number of neighbours (n <= " + GraphFacts.MAX_DIAMETER_NODES
                + ", from the spectral report) and the generator metadata of the file header."})
public final class InfoCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GRAPH", description = "Graph file (.mtx, .edges/.txt/.el, .dpy, .graphml, .dot/.gv, .json).")
    Path file;

    @Mixin
    GraphFormatOption input;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String format = input.formatOf(file).cliName();
        AnnotatedGraph ag = input.readAnnotated(file);
        GraphFacts f = GraphFacts.of(ag.graph());
        PrintWriter out = spec.commandLine().getOut();
        out.print(render(format, f, ag.metadata(), json));
        out.flush();
        return 0;
    }

    private String render(String format, GraphFacts f, GraphMetadata m, boolean asJson) {
        ReportOutput r = new ReportOutput();
        r.put("file", "file", file.toString());
        r.put("format", "format", format);
        r.put("nodes", "nodes", f.nodes());
        r.put("edges", "edges", f.edges());
        r.putJsonOnly("degree_min", f.minDegree());
        r.putJsonOnly("degree_max", f.maxDegree());
        r.putJsonOnly("degree_mean", f.meanDegree());
        r.putTextOnly("degree", String.format(Locale.ROOT, "min %d, max %d, mean %.3f", f.minDegree(), f.maxDegree(), f.meanDegree()));
        r.putJsonOnly("regular", f.regular());
        r.putTextOnly("regular", f.regular() ? "yes (" + f.maxDegree() + "-regular)" : "no");
        r.put("connected", "connected", f.connected());
        r.put("components", "components", f.components());
        r.putJsonOnly("diameter", f.diameter() == null || f.diameter() < 0 ? null : f.diameter());
        r.putTextOnly("diameter", f.diameter() == null ? "not computed (n > " + GraphFacts.MAX_DIAMETER_NODES + ")"
                : f.diameter() < 0 ? "infinite (disconnected)" : String.valueOf(f.diameter()));
        if (f.spectrum() != null) {
            SpectralReport s = f.spectrum();
            r.put("lambda_A", "λ(A)", s.lambda());
            r.putJsonOnly("rho_W", s.rhoW());
            r.putTextOnly("ρ(W)", String.format(Locale.ROOT, "%.10g (uniform weights)", s.rhoW()));
            r.putJsonOnly("effective_neighbors", s.mixing().effectiveNeighbors());
            r.putTextOnly("neighbours", String.format(Locale.ROOT, "%.4g effective (uniform weights, γ = %s)",
                    s.mixing().effectiveNeighbors(), s.mixing().gamma()));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("generator", m.generator());
        meta.put("parameters", m.parameters());
        meta.put("seed", m.seed());
        r.putJsonOnly("metadata", meta);
        if (m.generator() != null) r.putTextOnly("generator", m.generator());
        for (Map.Entry<String, String> e : m.parameters().entrySet()) r.putTextOnly("param " + e.getKey(), e.getValue());
        if (m.seed() != null) r.putTextOnly("seed", String.valueOf(m.seed()));
        return r.render(asJson);
    }
}
