package io.dfloverlay.cli;

import static io.dfloverlay.cli.report.JsonWriter.quote;

import io.dfloverlay.core.io.AnnotatedGraph;
import io.dfloverlay.core.io.GraphMetadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
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
        description = {"Prints nodes, edges, degree range, regularity, connectivity, components, the exact diameter"
                + " (n <= " + GraphFacts.MAX_DIAMETER_NODES + ") and the generator metadata of the file header."})
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
        out.print(json ? json(format, f, ag.metadata()) + "\n" : text(format, f, ag.metadata()));
        out.flush();
        return 0;
    }

    private String text(String format, GraphFacts f, GraphMetadata m) {
        StringBuilder sb = new StringBuilder();
        line(sb, "file", file.toString());
        line(sb, "format", format);
        line(sb, "nodes", String.valueOf(f.nodes()));
        line(sb, "edges", String.valueOf(f.edges()));
        line(sb, "degree", String.format(Locale.ROOT, "min %d, max %d, mean %.3f", f.minDegree(), f.maxDegree(), f.meanDegree()));
        line(sb, "regular", f.regular() ? "yes (" + f.maxDegree() + "-regular)" : "no");
        line(sb, "connected", f.connected() ? "yes" : "no");
        line(sb, "components", String.valueOf(f.components()));
        String diameter = f.diameter() == null ? "not computed (n > " + GraphFacts.MAX_DIAMETER_NODES + ")"
                : f.diameter() < 0 ? "infinite (disconnected)" : String.valueOf(f.diameter());
        line(sb, "diameter", diameter);
        if (m.generator() != null) line(sb, "generator", m.generator());
        for (Map.Entry<String, String> e : m.parameters().entrySet()) line(sb, "param " + e.getKey(), e.getValue());
        if (m.seed() != null) line(sb, "seed", String.valueOf(m.seed()));
        return sb.toString();
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(String.format(Locale.ROOT, "%-11s %s%n", key + ":", value));
    }

    private String json(String format, GraphFacts f, GraphMetadata m) {
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"file\":").append(quote(file.toString()));
        sb.append(",\"format\":").append(quote(format));
        sb.append(",\"nodes\":").append(f.nodes());
        sb.append(",\"edges\":").append(f.edges());
        sb.append(",\"degree\":{\"min\":").append(f.minDegree()).append(",\"max\":").append(f.maxDegree())
                .append(",\"mean\":").append(f.meanDegree()).append('}');
        sb.append(",\"regular\":").append(f.regular());
        sb.append(",\"connected\":").append(f.connected());
        sb.append(",\"components\":").append(f.components());
        sb.append(",\"diameter\":").append(f.diameter() == null || f.diameter() < 0 ? "null" : f.diameter().toString());
        sb.append(",\"metadata\":{\"generator\":").append(m.generator() == null ? "null" : quote(m.generator()));
        sb.append(",\"parameters\":{");
        boolean first = true;
        for (Map.Entry<String, String> e : m.parameters().entrySet()) {
            if (!first) sb.append(',');
            first = false;
            sb.append(quote(e.getKey())).append(':').append(quote(e.getValue()));
        }
        sb.append("},\"seed\":").append(m.seed() == null ? "null" : m.seed().toString()).append("}}");
        return sb.toString();
    }
}
