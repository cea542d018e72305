package io.dfloverlay.cli;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.io.GraphFormat;
import io.dfloverlay.core.io.GraphMetadata;
import io.dfloverlay.core.labelskew.LabelHistograms;
import io.dfloverlay.core.topology.MissingInputException;
import io.dfloverlay.core.topology.ProgressSink;
import io.dfloverlay.core.topology.TopologyInputs;
import io.dfloverlay.core.topology.TopologyKind;
import io.dfloverlay.core.topology.TopologyRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code overlay generate}: builds a topology of the registry by name (or alias) and writes it. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Generate an overlay graph and write it to a file.",
        description = {"Kinds: every kind of the topology registry, aliases included (see 'overlay generate --list').",
                "The format follows the output extension (.mtx .edges .txt .dpy .graphml .dot .json) unless --format is given."})
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--kind", paramLabel = "KIND", description = "Topology kind or alias, e.g. random-regular, lps, ring, near-optimal.")
    String kind;

    @Option(names = "--n", paramLabel = "N", description = "Number of nodes (parameter n).")
    Integer n;

    @Option(names = "--d", paramLabel = "D", description = "Degree (parameter d).")
    Integer d;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Further parameter of the kind (repeatable), e.g. --param p=5 --param q=13.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--round", paramLabel = "T", defaultValue = "0", description = "Round to write for time-varying kinds (default: ${DEFAULT-VALUE}).")
    int round;

    @Option(names = "--budget", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Wall-clock budget of a search (parameter budget of near-optimal), e.g. 30s, 2m.")
    Duration budget;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", converter = GraphFormatConverter.class,
            description = "Output format: edgelist, decentralizepy, mtx, graphml, dot or json (default: from the extension).")
    GraphFormat format;

    @Option(names = "--histograms", paramLabel = "FILE",
            description = "Label histograms for data-aware kinds (d-cliques, stl-fw, label-aware): CSV, one row per node, one column per class.")
    Path histograms;

    @Option(names = "--list", description = "List the kinds, their aliases and parameters with the flags that set them, then exit.")
    boolean list;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var outWriter = spec.commandLine().getOut();
        if (list) {
            TopologyFlags flags = new TopologyFlags(spec);
            for (TopologyKind k : TopologyRegistry.kinds()) for (String line : flags.describe(k)) outWriter.println(line);
            return 0;
        }
        if (kind == null) throw new IllegalArgumentException("missing --kind (see 'overlay generate --list')");
        if (out == null) throw new IllegalArgumentException("missing --out FILE");
        GraphFormat fmt = format != null ? format : GraphFormat.fromPath(out);
        TopologyKind k = TopologyRegistry.kind(kind);
        Map<String, Object> request = new LinkedHashMap<>();
        if (n != null) request.put("n", n);
        if (d != null) request.put("d", d);
        if (budget != null) request.put("budget", budget);
        request.putAll(params);
        TopologyInputs inputs = quiet ? TopologyInputs.NONE : TopologyInputs.NONE.with(ProgressSink.class, System.err::println);
        if (histograms != null) inputs = inputs.with(LabelHistograms.class, HistogramCsv.read(histograms));
        Map<String, String> recorded = new LinkedHashMap<>(k.parse(request, inputs).asText());
        if (k.timeVarying()) recorded.put("round", Integer.toString(round));
        Graph g;
        try {
            g = k.create(request, inputs).graph(round, new SplittableRandom(seed));
        } catch (MissingInputException e) {
            if (e.input() != LabelHistograms.class) throw e;
            throw new IllegalArgumentException(e.getMessage() + ": give --histograms FILE (CSV, one row per node, one column per class)");
        }
        GraphFiles.write(out, g, new GraphMetadata(k.name(), recorded, seed), fmt);
        outWriter.printf("wrote %s: n=%d, m=%d, degree %d..%d%n", out, g.numNodes(), g.numEdges(), g.minDegree(), g.maxDegree());
        return 0;
    }
}
