package io.dfloverlay.cli;

import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.AtomicFiles;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.io.GraphMetadata;
import io.dfloverlay.core.mixing.MetropolisHastingsWeights;
import io.dfloverlay.maintenance.Edge;
import io.dfloverlay.maintenance.OverlayMaintainer;
import io.dfloverlay.maintenance.RepairResult;
import io.dfloverlay.maintenance.strategy.RepairStrategies;
import io.dfloverlay.maintenance.underlay.UnderlayConversion;
import io.dfloverlay.maintenance.underlay.UnderlayOverlay;
import io.dfloverlay.spectral.Spectra;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code overlay repair}: fails the listed nodes of a graph at once, repairs with a strategy and
 * writes the survivors' overlay (node {@code i} of the output is the {@code i}-th surviving input
 * node in increasing order; {@code --map} writes that list). With {@code --from-underlay} the input
 * is first turned into a connected {@code d}-regular overlay reusing as many of its edges as
 * possible ({@link UnderlayConversion}), reporting the reuse fraction, λ(W) and the added edges.
 */
@Command(name = "repair", mixinStandardHelpOptions = true, header = "Repair a graph after given nodes fail.")
public final class RepairCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GRAPH", description = "Input graph (any format 'overlay convert' reads).")
    Path input;

    @Option(names = "--fail", paramLabel = "FILE",
            description = "Node ids that fail (0-based, separated by spaces, commas or newlines; '#' starts a comment).")
    Path failFile;

    @Option(names = "--from-underlay",
            description = "Treat GRAPH as an underlay (physical or latency network): first build a connected d-regular "
                    + "overlay reusing as many of its edges as possible (needs --d), report the reuse, then apply --fail if given.")
    boolean fromUnderlay;

    @Option(names = "--max-reuse", paramLabel = "K",
            description = "With --from-underlay: keep at most K underlay edges per node (default: d); fewer trade reuse for a smaller lambda.")
    Integer maxReuse;

    @Option(names = "--added", paramLabel = "FILE",
            description = "With --from-underlay: write the overlay edges that are not underlay edges ('u v' per line).")
    Path addedFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output graph (format by extension).")
    Path out;

    @Option(names = "--strategy", paramLabel = "NAME", defaultValue = "pairing", completionCandidates = RegistryNames.RepairStrategyNames.class,
            description = "${COMPLETION-CANDIDATES} (or an alias; default: ${DEFAULT-VALUE}).")
    String strategy;

    @Option(names = "--d", paramLabel = "D", description = "Target degree (default: the input's maximum degree).")
    Integer d;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--map", paramLabel = "FILE", description = "Write the original id of each output node, one per line.")
    Path map;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RepairStrategies.byName(strategy);
        if (!fromUnderlay && failFile == null)
            throw new ParameterException(spec.commandLine(), "give --fail FILE, or --from-underlay to convert an underlay");
        if (fromUnderlay && d == null) throw new ParameterException(spec.commandLine(), "--from-underlay needs --d");
        if ((addedFile != null || maxReuse != null) && !fromUnderlay)
            throw new ParameterException(spec.commandLine(), "--added and --max-reuse need --from-underlay");
        PrintWriter o = spec.commandLine().getOut();
        Graph g = GraphFiles.read(input);
        int n = g.numNodes();
        if (fromUnderlay) g = convertUnderlay(g, o);
        int degree = d != null ? d : Math.max(2, n == 0 ? 2 : g.maxDegree());
        int[] failed = failFile == null ? new int[0] : readIds(failFile, n);
        OverlayMaintainer m = new OverlayMaintainer(g, degree, RepairStrategies.byName(strategy), new SplittableRandom(seed));
        RepairResult init = m.initialization();
        RepairResult r = m.failAll(failed);
        Graph after = m.snapshot();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("source", input.getFileName().toString());
        params.put("strategy", strategy);
        params.put("d", Integer.toString(degree));
        params.put("failed", Integer.toString(failed.length));
        GraphFiles.write(out, after, GraphMetadata.of("repair", params, seed));
        if (map != null) {
            int[] ids = m.aliveNodes();
            AtomicFiles.writeText(map, w -> {
                for (int id : ids) w.write(id + "\n");
            });
        }
        o.printf(Locale.ROOT, "repair: %d -> %d nodes (%d failed), strategy %s, d=%d%n", n, after.numNodes(), failed.length, strategy, degree);
        if (init.edgesChanged() > 0) o.printf(Locale.ROOT, "  strategy setup rewired %d edges%n", init.edgesChanged());
        o.printf(Locale.ROOT, "  edges removed %d, added %d, messages %d%n", r.removed().size(), r.added().size(), r.messages());
        o.printf(Locale.ROOT, "  lambda_W (Metropolis-Hastings) before %.4f, after %.4f; components after %d; degrees %d..%d%n",
                lambda(g), lambda(after), after.numNodes() == 0 ? 0 : Connectivity.componentCount(after),
                after.numNodes() == 0 ? 0 : after.minDegree(), after.numNodes() == 0 ? 0 : after.maxDegree());
        o.printf(Locale.ROOT, "  wrote %s (node i = i-th surviving id in increasing order)%n", out);
        o.flush();
        return 0;
    }

    private Graph convertUnderlay(Graph underlay, PrintWriter o) throws java.io.IOException {
        UnderlayOverlay u = UnderlayConversion.convert(underlay, d, maxReuse == null ? d : maxReuse, new SplittableRandom(seed));
        o.printf(Locale.ROOT, "underlay: %d nodes, %d edges -> %d-regular overlay with %d edges: %d reused (%.1f%% of the overlay), "
                        + "%d added, lambda_W %.4f%n", underlay.numNodes(), u.underlayEdges(), d, u.overlay().numEdges(),
                u.reusedEdges(), 100 * u.reuseFraction(), u.added().size(), u.lambda());
        if (addedFile != null) {
            AtomicFiles.writeText(addedFile, w -> {
                for (Edge e : u.added()) w.write(e.u() + " " + e.v() + "\n");
            });
        }
        return u.overlay();
    }

    private static double lambda(Graph g) {
        if (g.numNodes() < 2) return 0;
        if (!Connectivity.isConnected(g)) return 1.0;
        return Spectra.mixing(new MetropolisHastingsWeights().of(g)).twoSided();
    }

    private static int[] readIds(Path file, int n) throws java.io.IOException {
        List<Integer> ids = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            for (String t : line.split("[\\s,]+")) {
                if (t.isEmpty()) continue;
                int id;
                try {
                    id = Integer.parseInt(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": '" + t + "' is not a node id");
                }
                if (id < 0 || id >= n)
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": node " + id + " is out of range [0, " + n + ")");
                ids.add(id);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }
}
