package io.dfloverlay.examples.certify;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.spectral.SpectralCertificate;
import io.dfloverlay.spectral.SpectralCertificates;
import io.dfloverlay.spectral.SpectralReport;
import io.dfloverlay.spectral.search.NearOptimalSearch;
import io.dfloverlay.spectral.search.SearchResult;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Builds a d-regular expander over the node ids in a file, certifies its spectral gap and writes
 * the edge list with the node ids. The overlay is either near-optimal (random samples, then
 * λ-lowering edge swaps within a small budget) or a uniformly random d-regular graph.
 *
 * <p>Run: {@code mvn -q compile exec:java -Dexec.args="--nodes nodes.txt --d 8 --out overlay.edges"}.
 */
@Command(name = "certify-overlay", mixinStandardHelpOptions = true,
        description = "Builds a d-regular expander over your node ids, certifies its spectral gap, writes the edge list.")
public final class CertifyOverlay implements Callable<Integer> {
    @Option(names = "--nodes", paramLabel = "FILE", defaultValue = "nodes.txt",
            description = "node ids, one per line (default: ${DEFAULT-VALUE})")
    Path nodesFile;

    @Option(names = "--d", paramLabel = "D", defaultValue = "8", description = "degree of every node (default: ${DEFAULT-VALUE})")
    int d;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "near-optimal",
            description = "near-optimal or random-regular (default: ${DEFAULT-VALUE})")
    String kind;

    @Option(names = "--swaps", paramLabel = "N", defaultValue = "300",
            description = "edge-swap budget of the near-optimal search (default: ${DEFAULT-VALUE})")
    long swaps;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "overlay.edges",
            description = "edge list to write, one 'id id' line per edge (default: ${DEFAULT-VALUE})")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter print = spec.commandLine().getOut();
        NodeList nodes = NodeList.read(nodesFile);
        print.printf(Locale.ROOT, "nodes: %d from %s (Java %s)%n", nodes.size(), nodesFile, System.getProperty("java.version"));
        Graph g = build(nodes.size());
        SpectralCertificate cert = SpectralCertificates.certify(g);          // two-sided λ with an error bound
        SpectralReport report = SpectralReport.of(g);                          // ρ(W) of W = (A + I)/(d + 1)
        double gap = 1 - report.rhoW();
        print.printf(Locale.ROOT, "overlay: %s, d=%d, %d edges, connected=%b%n", kind, d, g.numEdges(), cert.connected());
        print.printf(Locale.ROOT, "lambda(A) = %.6f +- %.1e, Ramanujan bound 2*sqrt(d-1) = %.6f, Ramanujan: %b%n",
                cert.lambda(), cert.errorBound(), cert.ramanujanBound(), cert.isRamanujan(1e-9));
        print.printf(Locale.ROOT, "rho(W) = %.6f, spectral gap 1 - rho(W) = %.6f%n", report.rhoW(), gap);
        NamedEdgeList.write(out, g, nodes, List.of(
                "overlay: " + kind + " d=" + d + " seed=" + seed + " nodes=" + nodes.size(),
                String.format(Locale.ROOT, "lambda(A)=%.6f bound=%.6f ramanujan=%b rho(W)=%.6f", cert.lambda(),
                        cert.ramanujanBound(), cert.isRamanujan(1e-9), report.rhoW())));
        print.println("wrote " + out + " (" + g.numEdges() + " edges)");
        return 0;
    }

    private Graph build(int n) {
        PrintWriter print = spec.commandLine().getOut();
        SplittableRandom rng = new SplittableRandom(seed);
        return switch (kind) {
            case "near-optimal" -> {
                SearchResult r = NearOptimalSearch.withSwapBudget(n, d, swaps).search(rng);
                print.printf(Locale.ROOT, "search: best of %d samples lambda=%.4f, %d of %d swaps kept, lambda=%.4f%n",
                        r.samples(), r.startLambda(), r.swapsKept(), r.swapsTried(), r.lambda());
                yield r.graph();
            }
            case "random-regular" -> new RandomRegularGenerator(n, d, true).generate(rng);
            default -> throw new IllegalArgumentException("unknown --kind '" + kind + "' (near-optimal or random-regular)");
        };
    }

    /**
     * Runs the example; bad input prints one line and exits with status 2.
     *
     * @param args the options, see {@code --help}
     */
    public static void main(String[] args) {
        int status = commandLine().execute(args);
        if (status != 0) System.exit(status);
    }

    /**
     * The example as a picocli command line: {@code execute(args)} runs it without exiting the JVM
     * and returns its exit status; set its out and err writers to capture what it prints.
     *
     * @return a fresh command line whose execution errors are one line on its err writer, status 2
     */
    public static CommandLine commandLine() {
        return new CommandLine(new CertifyOverlay()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("certify-overlay: " + (e instanceof NoSuchFileException ? "no such file: " : "") + e.getMessage());
            return 2;
        });
    }
}
