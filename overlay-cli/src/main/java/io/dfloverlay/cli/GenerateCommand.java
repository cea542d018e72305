package io.dfloverlay.cli;

import io.dfloverlay.core.generate.GraphGenerator;
import io.dfloverlay.core.generate.TopologyCatalog;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.io.GraphFormat;
import io.dfloverlay.core.io.GraphMetadata;
import io.dfloverlay.spectral.search.NearOptimalSearch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code overlay generate}: builds a topology from the catalog (or the near-optimal search) and writes it. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Generate an overlay graph and write it to a file.",
        description = {"Kinds: the topology catalog (see 'overlay generate --list') plus near-optimal.",
                "The format follows the output extension (.mtx .edges .txt .dpy .graphml .dot .json) unless --format is given."})
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--kind", paramLabel = "KIND", description = "Topology kind, e.g. random-regular, lps, ring, near-optimal.")
    String kind;

    @Option(names = "--n", paramLabel = "N", description = "Number of nodes.")
    Integer n;

    @Option(names = "--d", paramLabel = "D", description = "Degree.")
    Integer d;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Further generator parameter (repeatable), e.g. --param p=5 --param q=13.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--round", paramLabel = "T", defaultValue = "0", description = "Round to write for time-varying kinds (default: ${DEFAULT-VALUE}).")
    int round;

    @Option(names = "--budget", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Time budget of the near-optimal search, e.g. 30s, 2m (default: ${DEFAULT-VALUE}).")
    Duration budget;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", converter = GraphFormatConverter.class,
            description = "Output format: edgelist, decentralizepy, mtx, graphml, dot or json (default: from the extension).")
    GraphFormat format;

    @Option(names = "--list", description = "List the kinds and their parameters, then exit.")
    boolean list;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var outWriter = spec.commandLine().getOut();
        if (list) {
            for (TopologyCatalog.KindInfo k : TopologyCatalog.kinds())
                outWriter.printf("%-22s %s (params: %s)%n", k.name(), k.description(), String.join(", ", k.params()));
            outWriter.printf("%-22s %s (params: n, d; --budget)%n", "near-optimal", "connected d-regular graph with λ lowered by search");
            return 0;
        }
        if (kind == null) throw new IllegalArgumentException("missing --kind (see 'overlay generate --list')");
        if (out == null) throw new IllegalArgumentException("missing --out FILE");
        GraphFormat fmt = format != null ? format : GraphFormat.fromPath(out);
        Map<String, String> all = new LinkedHashMap<>();
        if (n != null) all.put("n", Integer.toString(n));
        if (d != null) all.put("d", Integer.toString(d));
        all.putAll(params);
        Map<String, String> recorded = new LinkedHashMap<>(all);
        Graph g;
        if (kind.equals("near-optimal")) {
            if (n == null || d == null) throw new IllegalArgumentException("near-optimal needs --n and --d");
            recorded.put("budget", budget.toString());
            NearOptimalSearch search = new NearOptimalSearch(n, d, budget);
            if (!quiet) search = search.withProgress(System.err::println);
            g = search.generate(new SplittableRandom(seed));
        } else if (TopologyCatalog.isTimeVarying(kind)) {
            recorded.put("round", Integer.toString(round));
            g = TopologyCatalog.createTimeVarying(kind, all).graph(round);
        } else {
            GraphGenerator gen = TopologyCatalog.create(kind, all);
            g = gen.generate(new SplittableRandom(seed));
        }
        GraphFiles.write(out, g, new GraphMetadata(kind, recorded, seed), fmt);
        outWriter.printf("wrote %s: n=%d, m=%d, degree %d..%d%n", out, g.numNodes(), g.numEdges(), g.minDegree(), g.maxDegree());
        return 0;
    }
}
