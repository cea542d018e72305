package io.dfloverlay.cli;

import io.dfloverlay.sim.MetricsListener;
import io.dfloverlay.sim.RoundMetrics;
import io.dfloverlay.sim.Simulation;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.engine.CpuNd4jEngine;
import io.dfloverlay.sim.engine.CpuPhase;
import io.dfloverlay.sim.engine.CpuPhaseTimes;
import io.dfloverlay.sim.engine.CpuRates;
import io.dfloverlay.sim.engine.DsgdRoundCost;
import io.dfloverlay.sim.model.ModelSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code overlay bench}: quick speed checks. {@code bench simulate} times D-SGD rounds of the CPU
 * engine (n clients, MLP 784-256-10, batch 32, d-regular random graph, uniform weights; evaluation
 * excluded), then measures the machine's floor for that round in the same process (the round's GEMM
 * flops at a large SGEMM's rate plus the gossip's bytes at a stream copy's bandwidth, both on all
 * cores, {@link DsgdRoundCost}, {@link CpuRates}) and prints the share of it reached, and finally
 * times two batched numpy formulations of the same round ({@code bench/numpy_dsgd.py}, bundled:
 * gossip by neighbour gathers and by one SciPy CSR product) and prints the ratio to the faster.
 * {@code bench spectrum} times {@code overlay spectrum --json} against SciPy's eigsh ({@link SpectrumBench});
 * {@code bench gpu} times the GPU engine's round.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, header = "Quick speed checks (simulator vs numpy, spectrum vs SciPy).")
public final class BenchCommand implements Runnable {
    private static final String SCRIPT = "/io/dfloverlay/cli/bench/numpy_dsgd.py";
    private static final String RATE_KEY = "rounds_per_second_";
    private static final String UNAVAILABLE_KEY = "unavailable_";
    /** Rounds per window for the best-window rate. */
    private static final int WINDOW = 5;

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
            @Option(names = "--python", defaultValue = "python3", paramLabel = "EXE",
                    description = "Python with numpy for the reference; 'none' to skip (default: ${DEFAULT-VALUE}).") String python,
            @Option(names = "--script", paramLabel = "FILE", description = "Reference script (default: the bundled numpy_dsgd.py).") Path script,
            @Option(names = "--numpy-threads", paramLabel = "T",
                    description = "OPENBLAS/OMP threads for the reference (default: numpy's own default).") Integer numpyThreads,
            @Option(names = "--profile", description = "Also print the CPU engine's per-phase breakdown of a timed round.") boolean profile,
            @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).") long seed)
            throws IOException, InterruptedException {
        if (rounds < 1 || warmup < 1) throw new IllegalArgumentException("--rounds and --warmup must be >= 1, got " + rounds + ", " + warmup);
        PrintWriter out = spec.commandLine().getOut();
        int total = warmup + rounds + 1; // the last round evaluates and is not timed
        RunConfig config = RunConfig.builder().topology("random-regular").clients(n).degree(d).dataset("fashion-mnist")
                .rounds(total).batchSize(batch).evalEvery(total).engine(engine).seed(seed).build();
        Simulation sim = SimulateCommand.prepare(config);
        String engineName = sim.header().engine();
        CpuNd4jEngine profiled = profile && sim.engine() instanceof CpuNd4jEngine cpu ? cpu : null;
        if (profile && profiled == null) throw new IllegalArgumentException("--profile needs the cpu engine, got " + engineName);
        long[] marks = new long[rounds + 1]; // end of round warmup + k
        ProcessCpuTime[] cpu = new ProcessCpuTime[2];
        CpuPhaseTimes[] phases = new CpuPhaseTimes[1];
        sim.run(new MetricsListener() {
            @Override
            public void onEval(RoundMetrics metrics) {}

            @Override
            public void onRound(int round, int totalRounds) {
                if (round >= warmup && round <= warmup + rounds) marks[round - warmup] = System.nanoTime();
                if (round == warmup) {
                    cpu[0] = ProcessCpuTime.now();
                    if (profiled != null) profiled.profile(true);
                } else if (round == warmup + rounds) {
                    cpu[1] = ProcessCpuTime.now();
                    if (profiled != null) {
                        phases[0] = profiled.phaseTimes();
                        profiled.profile(false);
                    }
                }
            }
        });
        double ours = rounds / ((marks[rounds] - marks[0]) / 1e9);
        int window = Math.min(WINDOW, rounds);
        double best = Double.MAX_VALUE;
        for (int k = 0; k + window <= rounds; k++) best = Math.min(best, (marks[k + window] - marks[k]) / 1e9 / window);
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "overlay engine: %.3f rounds/s, %.1f ms/round; best %d-round window %.1f ms/round (%s; n=%d, d=%d, batch %d, %d timed rounds, %d cores)%n",
                ours, 1e3 / ours, window, 1e3 * best, engineName, n, d, batch, rounds, cores);
        if (cpu[0] != null && cpu[1] != null) {
            ProcessCpuTime used = cpu[1].since(cpu[0]);
            out.printf(Locale.ROOT, "process CPU over the timed rounds: user %.1f ms/round, system %.1f ms/round (wall %.1f ms/round)%n",
                    1e3 * used.userSeconds() / rounds, 1e3 * used.systemSeconds() / rounds, 1e3 / ours);
        }
        if (phases[0] != null) printPhases(out, phases[0], rounds, 1 / ours);
        printFloor(out, ModelSpec.parse("mlp", 784, 10), n, d, batch, ours, 1 / best, cores);
        out.flush();
        if (python.equals("none")) return 0;
        List<Reference> refs = runReference(python, script, n, d, rounds, warmup, batch, seed, numpyThreads);
        Reference fastest = null;
        for (Reference ref : refs) {
            if (ref.rate() < 0) {
                out.println("numpy " + ref.gossip() + ": not run (" + ref.note() + ")");
            } else {
                out.printf(Locale.ROOT, "numpy %s: %.3f rounds/s (%s)%n", ref.gossip(), ref.rate(), ref.note());
                if (fastest == null || ref.rate() > fastest.rate()) fastest = ref;
            }
        }
        if (fastest != null) out.printf(Locale.ROOT, "ratio overlay/numpy (faster: %s): %.2fx%n", fastest.gossip(), ours / fastest.rate());
        out.flush();
        return 0;
    }

    /**
     * Measures the machine's rates (best of five, like the peak figures they are) and prints the
     * floor of one round and the share of it reached at {@code ours} rounds/s (all timed rounds) and
     * at {@code best} rounds/s (the best window: the same best-moment statistic as the rates).
     */
    private static void printFloor(PrintWriter out, ModelSpec model, int n, int d, int batch, double ours, double best, int cores) {
        CpuRates rates = CpuRates.measure(cores, 5);
        DsgdRoundCost cost = DsgdRoundCost.of(model, n, batch, d);
        double floor = cost.floorSeconds(rates);
        out.printf(Locale.ROOT, "floor, GEMM: %.2f GFLOP at %.1f GFLOP/s (SGEMM %d^2, %d threads) = %.1f ms%n",
                cost.gemmFlops() / 1e9, rates.sgemmFlopsPerSecond() / 1e9, CpuRates.GEMM_N, cores, 1e3 * cost.gemmSeconds(rates));
        out.printf(Locale.ROOT, "floor, gossip: %.3f GB at %.1f GB/s (copy, %d threads) = %.1f ms%n",
                cost.gossipBytes() / 1e9, rates.copyBytesPerSecond() / 1e9, cores, 1e3 * cost.gossipSeconds(rates));
        out.printf(Locale.ROOT, "floor: %.1f ms/round (%.2f rounds/s); overlay reaches %.0f%% of it (all timed rounds), %.0f%% (best window)%n",
                1e3 * floor, 1 / floor, 100 * floor * ours, 100 * floor * best);
    }

    /** Prints thread-milliseconds per round of each phase and the dispatches' wall time per round. */
    private static void printPhases(PrintWriter out, CpuPhaseTimes t, int rounds, double roundSeconds) {
        double total = 0;
        for (CpuPhase p : CpuPhase.values()) total += t.seconds(p);
        out.printf(Locale.ROOT, "profile (thread ms per round, summed over %d threads; wall inside each step, so preemption counts):%n", t.threads());
        for (CpuPhase p : CpuPhase.values())
            out.printf(Locale.ROOT, "  %-24s %7.2f ms  %5.1f%%%n", p.label(), 1e3 * t.seconds(p) / rounds, 100 * t.seconds(p) / total);
        double grad = t.gradientWall() / rounds, sweep = t.sweepWall() / rounds;
        out.printf(Locale.ROOT, "  wall per round: gradient pass %.2f ms, update+gossip %.2f ms, outside the engine (sampling, loop) %.2f ms%n",
                1e3 * grad, 1e3 * sweep, 1e3 * (roundSeconds - grad - sweep));
    }

    /** One numpy formulation's rate (negative when it could not run) and its description or the reason. */
    record Reference(String gossip, double rate, String note) {}

    static List<Reference> runReference(String python, Path script, int n, int d, int rounds, int warmup, int batch, long seed,
            Integer threads) throws IOException, InterruptedException {
        Path file = script;
        if (file == null) {
            file = Files.createTempFile("numpy_dsgd-", ".py");
            try {
                BenchProcesses.copyResource(SCRIPT, file);
            } catch (IOException e) {
                Files.deleteIfExists(file);
                return List.of(new Reference("reference", -1, e.getMessage()));
            }
        }
        try {
            BenchProcesses.Result r = BenchProcesses.run(List.of(python, file.toString(), "--n", "" + n, "--d", "" + d,
                    "--rounds", "" + rounds, "--warmup", "" + warmup, "--batch", "" + batch, "--seed", "" + seed), 3600,
                    threads == null ? 0 : threads);
            if (r.exit() == -1) return List.of(new Reference("reference", -1, "python not found at " + python));
            if (String.join("\n", r.lines()).contains("No module named 'numpy'"))
                return List.of(new Reference("reference", -1, "numpy not found for " + python));
            List<Reference> refs = new ArrayList<>();
            String desc = "";
            for (String line : r.lines()) {
                int eq = line.indexOf('=');
                if (line.startsWith(RATE_KEY) && eq > 0) {
                    refs.add(new Reference(line.substring(RATE_KEY.length(), eq), Double.parseDouble(line.substring(eq + 1).strip()), desc));
                } else if (line.startsWith(UNAVAILABLE_KEY) && eq > 0) {
                    refs.add(new Reference(line.substring(UNAVAILABLE_KEY.length(), eq), -1, line.substring(eq + 1)));
                } else {
                    desc = line;
                }
            }
            if (!refs.isEmpty()) return refs;
            return List.of(new Reference("reference", -1, python + " failed (exit " + r.exit() + "): " + r.lastLine()));
        } finally {
            if (script == null) Files.deleteIfExists(file);
        }
    }

    /**
     * Times the GPU engine's D-SGD round at each n (MLP 784-256-10, batch 32, d-regular overlay,
     * synthetic data of Fashion-MNIST's shape) and reports achieved memory bandwidth against the
     * card's peak; {@code --device java} runs the same on the Java twin (slow; for a dry run).
     */
    @Command(name = "gpu", mixinStandardHelpOptions = true,
            header = "Rounds per second and achieved memory bandwidth of the GPU engine's D-SGD round.")
    int gpu(
            @Option(names = {"--n", "--clients"}, paramLabel = "N", split = ",", defaultValue = "100,1000,4000,10000",
                    description = "Client counts, comma-separated (default: ${DEFAULT-VALUE}).") int[] ns,
            @Option(names = {"--d", "--degree"}, paramLabel = "D", defaultValue = "8", description = "Degree (default: ${DEFAULT-VALUE}).") int d,
            @Option(names = "--rounds", paramLabel = "R", defaultValue = "50", description = "Timed rounds (default: ${DEFAULT-VALUE}).") int rounds,
            @Option(names = "--warmup", paramLabel = "R", defaultValue = "5", description = "Untimed warm-up rounds (default: ${DEFAULT-VALUE}).") int warmup,
            @Option(names = "--batch", paramLabel = "B", defaultValue = "32", description = "Batch size (default: ${DEFAULT-VALUE}).") int batch,
            @Option(names = "--device", paramLabel = "KIND", defaultValue = "cuda", description = "cuda or java (the twin) (default: ${DEFAULT-VALUE}).") String device,
            @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).") long seed) {
        if (!device.equals("cuda") && !device.equals("java")) throw new IllegalArgumentException("--device must be cuda or java, got " + device);
        PrintWriter out = spec.commandLine().getOut();
        io.dfloverlay.sim.data.Dataset data = null; // made once a device is open, so a missing GPU fails fast
        for (int n : ns) {
            var bench = new io.dfloverlay.sim.engine.gpu.RoundBenchmark(n, d, batch, warmup, rounds, seed);
            io.dfloverlay.sim.engine.gpu.Device dev;
            try {
                dev = device.equals("java") ? new io.dfloverlay.sim.engine.gpu.JavaDevice() : io.dfloverlay.sim.engine.gpu.cuda.CudaDevice.open();
            } catch (io.dfloverlay.sim.engine.gpu.cuda.CudaUnavailableException e) {
                throw new IllegalArgumentException("GPU engine unavailable: " + e.getMessage(), e);
            }
            try (var engine = new io.dfloverlay.sim.engine.gpu.DeviceEngine(dev)) {
                if (data == null) data = io.dfloverlay.sim.engine.gpu.RoundBenchmark.fashionShaped(io.dfloverlay.sim.engine.gpu.RoundBenchmark.EXAMPLES, seed);
                var r = bench.run(engine, data);
                if (n == ns[0]) out.println("device: " + r.device());
                out.println(r);
                out.flush();
            }
        }
        return 0;
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
