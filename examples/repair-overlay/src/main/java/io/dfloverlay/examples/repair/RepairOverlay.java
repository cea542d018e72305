package io.dfloverlay.examples.repair;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.AtomicFiles;
import io.dfloverlay.core.jgrapht.MappedGraph;
import io.dfloverlay.maintenance.OverlayInvariants;
import io.dfloverlay.maintenance.OverlayMaintainer;
import io.dfloverlay.maintenance.churn.ChurnEvent;
import io.dfloverlay.maintenance.churn.ChurnPlan;
import io.dfloverlay.maintenance.churn.ChurnRunner;
import io.dfloverlay.maintenance.churn.ChurnStep;
import io.dfloverlay.maintenance.strategy.RepairStrategies;
import io.dfloverlay.spectral.SpectralCertificate;
import io.dfloverlay.spectral.SpectralCertificates;
import java.io.PrintWriter;
import java.nio.file.Files;
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
 * Keeps a d-regular overlay repaired while a churn schedule replays: after every event it prints
 * the repair's cost, λ of the surviving overlay, its connectivity and whether the maintainer's
 * invariants hold (degree d everywhere, connected); at the end it compares every repair strategy
 * on the same schedule with {@link ChurnRunner} (survivors, ρ(W) of the Metropolis–Hastings weights,
 * components, edges changed, messages).
 *
 * <p>Run: {@code mvn -q compile exec:java -Dexec.args="--n 100 --d 8 --strategy pairing --schedule churn.txt"}.
 */
@Command(name = "repair-overlay", mixinStandardHelpOptions = true,
        description = "Replays a churn schedule on a d-regular overlay, repairing it after every event.")
public final class RepairOverlay implements Callable<Integer> {
    @Option(names = "--n", defaultValue = "100", description = "initial nodes, ids 0..n-1 (default: ${DEFAULT-VALUE})")
    int n;

    @Option(names = "--d", defaultValue = "8", description = "degree (default: ${DEFAULT-VALUE})")
    int d;

    @Option(names = "--strategy", defaultValue = "pairing",
            description = "repair strategy: none, pairing, cycle, spectral, rebalance, capped-join (default: ${DEFAULT-VALUE})")
    String strategy;

    @Option(names = "--schedule", paramLabel = "FILE", defaultValue = "churn.txt",
            description = "churn schedule, e.g. '1 fail 3 4', '2 fail random 5', '3 join 10' (default: ${DEFAULT-VALUE})")
    Path schedule;

    @Option(names = "--seed", defaultValue = "7", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "writes the final overlay here, one 'id id' line per edge")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter print = spec.commandLine().getOut();
        ChurnPlan plan = ChurnPlan.parse(Files.readAllLines(schedule));
        Graph initial = new RandomRegularGenerator(n, d, true).generate(new SplittableRandom(seed));
        OverlayMaintainer overlay = new OverlayMaintainer(initial, d, RepairStrategies.byName(strategy), new SplittableRandom(seed + 1));
        ChurnEventApplier churn = new ChurnEventApplier(overlay, new SplittableRandom(seed + 2));
        print.printf(Locale.ROOT, "start: %d nodes, d=%d, strategy %s, Java %s, %s%n", n, d, strategy,
                System.getProperty("java.version"), health(overlay));
        int broken = 0;
        for (ChurnEvent event : plan.events()) {
            ChurnEventApplier.Applied done = churn.apply(event);
            String violation = OverlayInvariants.violation(overlay);
            if (violation != null) broken++;
            print.printf(Locale.ROOT, "step %d %s %d: %d alive, +%d -%d edges, %d messages | %s | %s%n",
                    event.step(), event.kind().name().toLowerCase(Locale.ROOT), done.nodes().length, overlay.numAlive(),
                    done.added(), done.removed(), done.messages(), health(overlay),
                    violation == null ? "invariants ok" : "invariants broken: " + violation);
        }
        if (out != null) writeEdges(overlay.labelledSnapshot(), out, print);
        compareStrategies(initial, plan);
        if (broken > 0) {
            spec.commandLine().getErr().println("repair-overlay: the invariants broke after " + broken + " event(s) with strategy " + strategy);
            return 1;
        }
        return 0;
    }

    /** λ of the overlay over the alive nodes, its bound, connectivity and degree range. */
    private static String health(OverlayMaintainer overlay) {
        Graph g = overlay.snapshot();
        SpectralCertificate cert = SpectralCertificates.certify(g);
        return String.format(Locale.ROOT, "lambda=%.4f (2*sqrt(d-1)=%.4f), connected=%b, degrees %d..%d",
                cert.lambda(), SpectralCertificate.ramanujanBound(overlay.d()), cert.connected(), g.minDegree(), g.maxDegree());
    }

    /** The same schedule under every strategy, with the maintenance module's churn runner. */
    private void compareStrategies(Graph initial, ChurnPlan plan) {
        PrintWriter print = spec.commandLine().getOut();
        print.println("every strategy on the same schedule (ChurnRunner, seed " + seed + "):");
        print.println("strategy     survivors  rho(W_MH)  components  edges changed  messages");
        for (String name : RepairStrategies.names()) {
            if (name.equals("cycle") && d % 2 != 0) continue;       // Law-Siu cycles need an even d
            List<ChurnStep> steps = ChurnRunner.run(initial, d, RepairStrategies.byName(name), plan, seed, false);
            ChurnStep last = steps.get(steps.size() - 1);
            long changed = steps.stream().mapToLong(ChurnStep::edgesChanged).sum();
            long messages = steps.stream().mapToLong(ChurnStep::messages).sum();
            print.printf(Locale.ROOT, "%-12s %9d  %9.3f  %10d  %13d  %8d%n",
                    name, last.survivors(), last.lambda(), last.components(), changed, messages);
        }
    }

    /** The final overlay with the nodes' own ids (atomic write). */
    private static void writeEdges(MappedGraph<Integer> overlay, Path file, PrintWriter print) throws java.io.IOException {
        Graph g = overlay.graph();
        StringBuilder text = new StringBuilder();
        g.forEachEdge((u, v) -> text.append(overlay.vertex(u)).append(' ').append(overlay.vertex(v)).append('\n'));
        AtomicFiles.writeString(file, text.toString());
        print.println("wrote " + file + " (" + g.numNodes() + " nodes, " + g.numEdges() + " edges)");
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
        return new CommandLine(new RepairOverlay()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("repair-overlay: " + (e instanceof NoSuchFileException ? "no such file: " : "") + e.getMessage());
            return 2;
        });
    }
}
