package io.dfloverlay.examples.compare;

import io.dfloverlay.core.io.AtomicFiles;
import io.dfloverlay.sim.Simulation;
import io.dfloverlay.sim.config.ConfigSyntax;
import io.dfloverlay.sim.config.RunConfig;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Trains the same model on the same data and partition over several topologies with D-SGD, through
 * the simulator's API ({@link RunConfig#builder()}, {@link Simulation#run} with a listener), and
 * prints one table: ρ(W), λ, rounds to the target accuracy, final accuracy, generalization gap,
 * consensus distance and traffic.
 *
 * <p>Run: {@code mvn -q compile exec:java -Dexec.args="--topologies ring,random-regular,complete --n 16 --rounds 60"}.
 */
@Command(name = "compare-topologies", mixinStandardHelpOptions = true,
        description = "Compares topologies on one D-SGD task through dfl-sim's API and prints a table.")
public final class CompareTopologies implements Callable<Integer> {
    @Option(names = "--topologies", split = ",", defaultValue = "ring,exponential,random-regular,near-optimal,complete",
            description = "topology kinds, comma-separated (default: ${DEFAULT-VALUE})")
    List<String> topologies;

    @Option(names = "--n", defaultValue = "16", description = "clients (default: ${DEFAULT-VALUE})")
    int n;

    @Option(names = "--d", defaultValue = "4", description = "degree, for the kinds that take one (default: ${DEFAULT-VALUE})")
    int d;

    @Option(names = "--dataset", defaultValue = "fashion-mnist-sample",
            description = "fashion-mnist-sample (embedded), fashion-mnist, gaussian-mixture, synthetic-logistic (default: ${DEFAULT-VALUE})")
    String dataset;

    @Option(names = "--partition", defaultValue = "dirichlet:0.1",
            description = "iid, dirichlet:ALPHA, shards:K (default: ${DEFAULT-VALUE})")
    String partition;

    @Option(names = "--model", defaultValue = "softmax", description = "softmax, mlp or mlp:W1,W2 (default: ${DEFAULT-VALUE})")
    String model;

    @Option(names = "--rounds", defaultValue = "60", description = "D-SGD rounds (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--eval-every", defaultValue = "10", description = "rounds between evaluations (default: ${DEFAULT-VALUE})")
    int evalEvery;

    @Option(names = "--target", defaultValue = "0.55", description = "target test accuracy (default: ${DEFAULT-VALUE})")
    double target;

    @Option(names = "--seed", defaultValue = "1", description = "seed of data, partition, topology and training (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", description = "also writes the table as CSV here")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter print = spec.commandLine().getOut();
        RunConfig base = RunConfig.builder()
                .clients(n).degree(d)
                .dataset(dataset).partition(ConfigSyntax.partition(partition))
                .model(ConfigSyntax.model(model))
                .rounds(rounds).evalEvery(evalEvery).targetAccuracy(target)
                .engine("cpu").seed(seed)
                .build();
        print.printf("%d clients, %s, %s partition, %s, %d rounds of D-SGD, same seed for every topology%n",
                n, dataset, partition, model, rounds);
        print.println(ComparisonRow.TEXT_HEADER);
        List<ComparisonRow> rows = new ArrayList<>();
        for (String kind : topologies) {
            RunRecorder recorder = new RunRecorder(kind, target);
            Simulation.run(base.withTopologyKind(kind), recorder);
            ComparisonRow row = recorder.row();
            rows.add(row);
            print.println(row.text());
        }
        if (out != null) {
            AtomicFiles.writeString(out, ComparisonRow.CSV_HEADER + "\n"
                    + rows.stream().map(ComparisonRow::csv).collect(Collectors.joining("\n", "", "\n")));
            print.println("wrote " + out);
        }
        return 0;
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
        return new CommandLine(new CompareTopologies()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("compare-topologies: " + (e instanceof NoSuchFileException ? "no such file: " : "") + e.getMessage());
            return 2;
        });
    }
}
