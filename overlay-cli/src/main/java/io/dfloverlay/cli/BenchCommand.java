package io.dfloverlay.cli;

import io.dfloverlay.sim.MetricsListener;
import io.dfloverlay.sim.RoundMetrics;
import io.dfloverlay.sim.Simulation;
import io.dfloverlay.sim.config.RunConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code overlay bench}: quick speed checks. {@code bench simulate} times D-SGD rounds of the CPU
 * engine (n clients, MLP 784-256-10, batch 32, d-regular random graph, uniform weights; evaluation
 * excluded) and, in the same invocation, the straightforward batched numpy implementation of the same
 * round ({@code bench/numpy_dsgd.py}, bundled), and prints both rates and their ratio.
 * {@code bench spectrum} times {@code overlay spectrum --json} against SciPy's eigsh ({@link SpectrumBench}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, header = "Quick speed checks (simulator vs numpy, spectrum vs SciPy).")
public final class BenchCommand implements Runnable {
    private static final String SCRIPT = "/io/dfloverlay/cli/bench/numpy_dsgd.py";
    private static final String RATE_KEY = "rounds_per_second=";

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Times the CPU engine and the numpy reference on the same round. */
    @Command(name = "simulate", mixinStandardHelpOptions = true,
            header = "Rounds per second of the CPU engine vs a batched numpy D-SGD round (same shapes).")
    int simulate(
            @Option(names = {"--n", "--clients"}, paramLabel = "N", defaultValue = "100", description = "Clients (default: ${DEFAULT-VALUE}).") int n,
            @Option(names = {"--d", "--degree"}, paramLabel = "D", defaultValue = "8", description = "Degree (default: ${DEFAULT-VALUE}).") int d,
            @Option(names = "--rounds", paramLabel = "R", defaultValue = "50", description = "Timed rounds (default: ${DEFAULT-VALUE}).") int rounds,
            @Option(names = "--warmup", paramLabel = "R", defaultValue = "3", description = "Untimed warm-up rounds (default: ${DEFAULT-VALUE}).") int warmup,
            @Option(names = "--batch", paramLabel = "B", defaultValue = "32", description = "Batch size (default: ${DEFAULT-VALUE}).") int batch,
            @Option(names = "--engine", paramLabel = "KIND", defaultValue = "cpu", description = "Our engine: cpu, gpu, auto (default: ${DEFAULT-VALUE}).") String engine,
            @Option(names = "--python", defaultValue = "/usr/bin/python3", paramLabel = "EXE",
                    description = "Python with numpy for the reference; 'none' to skip (default: ${DEFAULT-VALUE}).") String python,
            @Option(names = "--script", paramLabel = "FILE", description = "Reference script (default: the bundled numpy_dsgd.py).") Path script,
            @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).") long seed)
            throws IOException, InterruptedException {
        if (rounds < 1 || warmup < 1) throw new IllegalArgumentException("--rounds and --warmup must be >= 1, got " + rounds + ", " + warmup);
        PrintWriter out = spec.commandLine().getOut();
        int total = warmup + rounds + 1; // the last round evaluates and is not timed
        RunConfig config = RunConfig.builder().topology("random-regular").clients(n).degree(d).dataset("fashion-mnist")
                .rounds(total).batchSize(batch).evalEvery(total).engine(engine).seed(seed).build();
        Simulation sim = SimulateCommand.prepare(config);
        String engineName = sim.header().engine();
        long[] marks = new long[2];
        sim.run(new MetricsListener() {
            @Override
            public void onEval(RoundMetrics metrics) {}

            @Override
            public void onRound(int round, int totalRounds) {
                if (round == warmup) marks[0] = System.nanoTime();
                if (round == warmup + rounds) marks[1] = System.nanoTime();
            }
        });
        double ours = rounds / ((marks[1] - marks[0]) / 1e9);
        out.printf(Locale.ROOT, "overlay engine: %.3f rounds/s (%s; n=%d, d=%d, batch %d, %d timed rounds, %d cores)%n",
                ours, engineName, n, d, batch, rounds, Runtime.getRuntime().availableProcessors());
        out.flush();
        if (python.equals("none")) return 0;
        Reference ref = runReference(python, script, n, d, rounds, warmup, batch, seed);
        if (ref.rate() < 0) {
            out.println("numpy reference: not run (" + ref.note() + ")");
        } else {
            out.printf(Locale.ROOT, "numpy reference: %.3f rounds/s (%s)%n", ref.rate(), ref.note());
            out.printf(Locale.ROOT, "ratio overlay/numpy: %.2fx%n", ours / ref.rate());
        }
        out.flush();
        return 0;
    }

    /** The reference's rate (negative when it could not run) and its description or the reason. */
    record Reference(double rate, String note) {}

    static Reference runReference(String python, Path script, int n, int d, int rounds, int warmup, int batch, long seed)
            throws IOException, InterruptedException {
        Path file = script;
        if (file == null) {
            file = Files.createTempFile("numpy_dsgd-", ".py");
            try {
                BenchProcesses.copyResource(SCRIPT, file);
            } catch (IOException e) {
                Files.deleteIfExists(file);
                return new Reference(-1, e.getMessage());
            }
        }
        try {
            BenchProcesses.Result r = BenchProcesses.run(List.of(python, file.toString(), "--n", "" + n, "--d", "" + d,
                    "--rounds", "" + rounds, "--warmup", "" + warmup, "--batch", "" + batch, "--seed", "" + seed), 3600);
            if (r.exit() == -1) return new Reference(-1, "python not found at " + python);
            if (String.join("\n", r.lines()).contains("No module named 'numpy'")) return new Reference(-1, "numpy not found for " + python);
            for (String line : r.lines()) {
                if (line.startsWith(RATE_KEY))
                    return new Reference(Double.parseDouble(line.substring(RATE_KEY.length()).strip()), r.lines().get(0));
            }
            return new Reference(-1, python + " failed (exit " + r.exit() + "): " + r.lastLine());
        } finally {
            if (script == null) Files.deleteIfExists(file);
        }
    }

    /** Times {@code overlay spectrum --json} and SciPy's eigsh on the same graph. */
    @Command(name = "spectrum", mixinStandardHelpOptions = true,
            header = "Whole 'overlay spectrum --json' vs SciPy eigsh (LA k=2 + SA k=1, tol 1e-10) on a random regular graph.")
    int spectrum(
            @Option(names = "--n", paramLabel = "N", defaultValue = "100000", description = "Nodes (default: ${DEFAULT-VALUE}).") int n,
            @Option(names = "--d", paramLabel = "D", defaultValue = "8", description = "Degree (default: ${DEFAULT-VALUE}).") int d,
            @Option(names = "--repeat", paramLabel = "R", defaultValue = "3", description = "Interleaved repeats (default: ${DEFAULT-VALUE}).") int repeat,
            @Option(names = "--python", defaultValue = "python3", paramLabel = "EXE",
                    description = "Python with scipy for the reference, looked up on PATH (default: ${DEFAULT-VALUE}).") String python,
            @Option(names = "--scipy-threads", paramLabel = "T", defaultValue = "0",
                    description = "BLAS threads of SciPy (OPENBLAS/OMP/MKL_NUM_THREADS); 0 leaves the environment (default: ${DEFAULT-VALUE}).") int threads,
            @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).") long seed)
            throws IOException, InterruptedException {
        return SpectrumBench.run(n, d, seed, repeat, python, threads, spec.commandLine().getOut());
    }
}
