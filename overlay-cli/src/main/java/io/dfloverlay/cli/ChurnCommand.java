package io.dfloverlay.cli;

import io.dfloverlay.cli.plot.Charts;
import io.dfloverlay.cli.plot.Series;
import io.dfloverlay.core.generate.HamiltonianCycleUnionGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.cli.report.CsvTables;
import io.dfloverlay.core.io.AtomicFiles;
import io.dfloverlay.maintenance.strategy.RepairStrategies;
import io.dfloverlay.maintenance.RepairStrategy;
import io.dfloverlay.maintenance.strategy.HamiltonianCycleRepair;
import io.dfloverlay.maintenance.churn.ChurnPlan;
import io.dfloverlay.maintenance.churn.ChurnRunner;
import io.dfloverlay.maintenance.churn.ChurnStep;
import io.dfloverlay.sim.topology.Topologies;
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
import picocli.CommandLine.Spec;

/**
 * {@code overlay churn}: runs a churn scenario on a random {@code d}-regular overlay with one or
 * all repair strategies and prints, per step, the survivors, ρ(W) with Metropolis–Hastings
 * weights, connected components, edges changed and messages; optionally writes a CSV (Commons CSV,
 * column {@code rho_W} in full precision) and a chart of ρ(W) over the steps per strategy.
 */
@Command(name = "churn", mixinStandardHelpOptions = true, header = "Run a churn scenario with a repair strategy.",
        description = {"Starts from an overlay of --topology (default a connected random d-regular graph; the cycle strategy "
                + "always from d/2 random Hamiltonian cycles) and applies random failures and joins spread evenly over the steps (or a --schedule file); "
                + "all strategies see the same failing nodes."})
public final class ChurnCommand implements Callable<Integer> {
    @Option(names = "--n", paramLabel = "N", defaultValue = "1000", description = "Initial nodes (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--d", paramLabel = "D", defaultValue = "8", description = "Target degree (default: ${DEFAULT-VALUE}).")
    int d;

    @Option(names = "--topology", paramLabel = "KIND", defaultValue = "random-regular",
            description = "Static topology kind or alias of the initial overlay (see 'overlay generate --list'; default: ${DEFAULT-VALUE}).")
    String topology;

    @Option(names = "--param", paramLabel = "KEY=VALUE", description = "Further parameter of the topology kind (repeatable).")
    Map<String, String> topologyParams = new LinkedHashMap<>();

    @Option(names = "--fail", paramLabel = "FRACTION", defaultValue = "0.5",
            description = "Fraction of the initial nodes that fail over the run (default: ${DEFAULT-VALUE}).")
    double fail;

    @Option(names = "--join", paramLabel = "FRACTION", defaultValue = "0",
            description = "Fraction of the initial nodes that join over the run (default: ${DEFAULT-VALUE}).")
    double join;

    @Option(names = "--steps", paramLabel = "STEPS", defaultValue = "10", description = "Steps (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--schedule", paramLabel = "FILE",
            description = "Scheduled churn instead of --fail/--join/--steps: lines '<step> fail|leave <id>...', "
                    + "'<step> fail|leave random <count>', '<step> join <count>'.")
    Path schedule;

    @Option(names = "--strategy", paramLabel = "NAME", defaultValue = "pairing",
            completionCandidates = RegistryNames.RepairStrategyNames.class,
            description = "${COMPLETION-CANDIDATES} (or an alias), or all (default: ${DEFAULT-VALUE}).")
    String strategy;

    @Option(names = "--one-by-one", description = "Fail a step's nodes as separate events instead of one batch.")
    boolean oneByOne;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the per-step metrics as CSV.")
    Path csv;

    @Option(names = "--plot", paramLabel = "FILE", description = "Chart of ρ(W) over the steps per strategy (.png or .svg).")
    Path plot;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> names = strategies();
        if (n < 2) throw new ParameterException(spec.commandLine(), "--n must be >= 2, got " + n);
        if (d < 2 || d >= n) throw new ParameterException(spec.commandLine(), "--d must be in [2, n-1], got d=" + d + ", n=" + n);
        if ((long) n * d % 2 != 0) throw new ParameterException(spec.commandLine(), "n*d must be even, got n=" + n + ", d=" + d);
        ChurnPlan plan = schedule != null ? ChurnPlan.parse(Files.readAllLines(schedule)) : ChurnPlan.random(n, steps, fail, join);
        if (d % 2 != 0 && names.contains("cycle")) {
            if (!strategy.equals("all")) throw new IllegalArgumentException("the cycle strategy needs even d, got d=" + d);
            names.remove("cycle");
        }
        Graph initial = Topologies.graph(topology, n, d, topologyParams, new SplittableRandom(seed));
        PrintWriter out = spec.commandLine().getOut();
        Map<String, List<ChurnStep>> runs = new LinkedHashMap<>();
        for (String name : names) {
            Graph start = initial;
            RepairStrategy repair = RepairStrategies.byName(name);
            if (repair instanceof HamiltonianCycleRepair) {
                // Law–Siu starts from d/2 random Hamiltonian cycles whose orders the strategy keeps
                int[][] cycles = new HamiltonianCycleUnionGenerator(n, d).generateCycles(new SplittableRandom(seed));
                start = HamiltonianCycleUnionGenerator.union(n, cycles);
                repair = new HamiltonianCycleRepair(cycles);
            }
            List<ChurnStep> run = ChurnRunner.run(start, d, repair, plan, seed, oneByOne);
            runs.put(name, run);
            out.printf(Locale.ROOT, "strategy %s (%s, n=%d, d=%d, seed=%d)%n", name, repair instanceof HamiltonianCycleRepair ? "hamiltonian-cycles"
                    : Topologies.kind(topology).name(), n, d, seed);
            out.printf(Locale.ROOT, "  knowledge: %s%n  source: %s%n", repair.knowledge(), repair.source());
            out.printf(Locale.ROOT, "%5s %9s %9s %10s %7s %13s %10s%n", "step", "survivors", "ρ(W)", "components", "min_deg", "edges_changed", "messages");
            for (ChurnStep s : run) {
                out.printf(Locale.ROOT, "%5d %9d %9.4f %10d %7d %13d %10d%n", s.step(), s.survivors(), s.lambda(), s.components(),
                        s.minDegree(), s.edgesChanged(), s.messages());
            }
            out.flush();
        }
        if (csv != null) writeCsv(runs);
        if (plot != null) writePlot(runs);
        return 0;
    }

    private List<String> strategies() {
        if (strategy.equals("all")) return new ArrayList<>(RepairStrategies.names());
        return new ArrayList<>(List.of(RepairStrategies.kind(strategy).name()));
    }

    private void writeCsv(Map<String, List<ChurnStep>> runs) throws java.io.IOException {
        List<List<Object>> rows = new ArrayList<>();
        runs.forEach((strategy, steps) -> {
            for (ChurnStep s : steps)
                rows.add(List.of(strategy, s.step(), s.survivors(), CsvTables.num(s.lambda()), s.components(), s.minDegree(),
                        s.edgesChanged(), s.messages()));
        });
        CsvTables.write(csv, List.of("strategy", "step", "survivors", "rho_W", "components", "min_degree", "edges_changed",
                "messages"), rows);
    }

    private void writePlot(Map<String, List<ChurnStep>> runs) throws java.io.IOException {
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, List<ChurnStep>> e : runs.entrySet()) {
            List<ChurnStep> run = e.getValue();
            double[] x = new double[run.size()];
            double[] y = new double[run.size()];
            for (int i = 0; i < run.size(); i++) {
                x[i] = run.get(i).step();
                y[i] = run.get(i).lambda();
            }
            series.add(new Series(e.getKey(), x, y));
        }
        Charts.writeLineChart(plot, String.format(Locale.ROOT, "ρ(W) under churn: n=%d, d=%d", n, d), "step", "ρ(W) (Metropolis–Hastings)", series);
    }
}
