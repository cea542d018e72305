package io.dfloverlay.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.io.GraphMetadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code overlay bench spectrum}: the whole command {@code overlay spectrum g.mtx --json} (read,
 * one-solve report, JSON) against SciPy's {@code eigsh} (LA k=2 plus SA k=1, tol 1e-10) on the same
 * random d-regular graph, interleaved run by run so both see the same machine load. Each repeat
 * times our command in this JVM (no JVM start-up; wall and process CPU time, JIT and GC threads
 * included) and as a fresh process (JVM start-up included: through the {@code ./overlay} launcher
 * when it started this JVM, else {@code java -cp}), then SciPy's two eigsh calls (file
 * reading untimed; wall and CPU time of all its threads); it prints every ratio, their median and
 * spread, and the relative difference of λ(A). On a loaded machine the CPU-time ratio is the
 * stable one.
 */
final class SpectrumBench {
    private static final String SCRIPT = "/io/dfloverlay/cli/bench/eigsh_spectrum.py";

    private SpectrumBench() {}

    /** Per-repeat timings in seconds and the two λ values. */
    private record Run(double inProcess, double inProcessCpu, double process, double scipy, double scipyCpu, double lambdaOurs,
            double lambdaScipy) {}

    /** CPU seconds of this JVM so far, all threads (JIT and GC included). */
    private static double processCpuSeconds() {
        return ProcessCpuTime.totalNanos() / 1e9;
    }

    static int run(int n, int d, long seed, int repeats, String python, int blasThreads, PrintWriter out) throws IOException, InterruptedException {
        if (repeats < 1) throw new IllegalArgumentException("--repeat must be >= 1, got " + repeats);
        Path dir = Files.createTempDirectory("bench-spectrum-");
        Path graph = dir.resolve("g.mtx");
        Path script = dir.resolve("eigsh_spectrum.py");
        try {
            Graph g = new RandomRegularGenerator(n, d, true).generate(new SplittableRandom(seed));
            GraphFiles.write(graph, g, GraphMetadata.EMPTY);
            BenchProcesses.copyResource(SCRIPT, script);
            out.printf(Locale.ROOT, "graph: random %d-regular, n=%d, seed %d; %d cores (shared machine: compare ratios); new process: %s%n",
                    d, n, seed, Runtime.getRuntime().availableProcessors(), String.join(" ", javaCommand(graph).subList(0, 1)));
            out.flush();
            List<Run> runs = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime();
                double c0 = processCpuSeconds();
                String json = inProcess(graph);
                double inProcess = (System.nanoTime() - t0) / 1e9;
                double inProcessCpu = processCpuSeconds() - c0;
                t0 = System.nanoTime();
                BenchProcesses.Result ours = BenchProcesses.run(javaCommand(graph), 600, 0);
                double process = (System.nanoTime() - t0) / 1e9;
                if (ours.exit() != 0) throw new IllegalStateException("overlay spectrum failed: " + ours.lastLine());
                BenchProcesses.Result ref = BenchProcesses.run(List.of(python, script.toString(), graph.toString()), 3600, blasThreads);
                Map<String, String> kv = ref.keyValues();
                if (!kv.containsKey("seconds")) {
                    out.println("scipy reference: not run (" + ref.lastLine() + ")");
                    out.printf(Locale.ROOT, "overlay spectrum --json: %.3f s in process, %.3f s as a new process%n", inProcess, process);
                    return 0;
                }
                double lambdaScipy = Math.max(Math.abs(Double.parseDouble(kv.get("mu2"))), Math.abs(Double.parseDouble(kv.get("mu_n"))));
                JsonNode node = new ObjectMapper().readTree(json);
                Run run = new Run(inProcess, inProcessCpu, process, Double.parseDouble(kv.get("seconds")),
                        Double.parseDouble(kv.getOrDefault("cpu_seconds", "NaN")), node.get("lambda_A").asDouble(), lambdaScipy);
                runs.add(run);
                out.printf(Locale.ROOT, "repeat %d: overlay %.3f s wall / %.3f s CPU in process, %.3f s wall new process;"
                                + " eigsh %.3f s wall / %.3f s CPU; ratio %.1fx wall, %.1fx CPU (in process), %.1fx wall (new process);"
                                + " λ %.12f vs %.12f (rel. diff %.1e)%n",
                        r + 1, run.inProcess(), run.inProcessCpu(), run.process(), run.scipy(), run.scipyCpu(),
                        run.scipy() / run.inProcess(), run.scipyCpu() / run.inProcessCpu(), run.scipy() / run.process(),
                        run.lambdaOurs(), run.lambdaScipy(), Math.abs(run.lambdaOurs() - run.lambdaScipy()) / run.lambdaScipy());
                if (r == 0) out.println("reference: " + ref.lastLine() + (blasThreads > 0 ? ", " + blasThreads + " BLAS thread(s)" : ""));
                out.flush();
            }
            double[] inRatios = runs.stream().mapToDouble(x -> x.scipy() / x.inProcess()).sorted().toArray();
            double[] procRatios = runs.stream().mapToDouble(x -> x.scipy() / x.process()).sorted().toArray();
            double[] cpuRatios = runs.stream().mapToDouble(x -> x.scipyCpu() / x.inProcessCpu()).sorted().toArray();
            out.printf(Locale.ROOT, "ratio eigsh/overlay, in process: median %.1fx (min %.1fx, max %.1fx)%n",
                    median(inRatios), inRatios[0], inRatios[inRatios.length - 1]);
            out.printf(Locale.ROOT, "ratio eigsh/overlay, CPU time in process (all threads; robust to load): median %.1fx (min %.1fx, max %.1fx)%n",
                    median(cpuRatios), cpuRatios[0], cpuRatios[cpuRatios.length - 1]);
            out.printf(Locale.ROOT, "ratio eigsh/overlay, new process (JVM start-up included): median %.1fx (min %.1fx, max %.1fx)%n",
                    median(procRatios), procRatios[0], procRatios[procRatios.length - 1]);
            out.flush();
            return 0;
        } finally {
            for (Path p : new Path[] {graph, script, dir}) Files.deleteIfExists(p);
        }
    }

    private static double median(double[] sorted) {
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    /** Runs {@code spectrum GRAPH --json} through picocli in this JVM and returns its output. */
    private static String inProcess(Path graph) {
        StringWriter sw = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = OverlayCli.execute(new String[] {"spectrum", graph.toString(), "--json"}, new PrintWriter(sw), new PrintWriter(err));
        if (exit != 0) throw new IllegalStateException("overlay spectrum exited " + exit + ": " + err.toString().strip());
        return sw.toString();
    }

    /**
     * The new process: the {@code ./overlay} launcher this JVM was started by (system property
     * {@code overlay.launcher}; with its class-data archive, as a user runs the command), else
     * {@code java} with this JVM's class path.
     */
    private static List<String> javaCommand(Path graph) {
        String launcher = System.getProperty("overlay.launcher");
        if (launcher != null && Files.isExecutable(Path.of(launcher))) return List.of(launcher, "spectrum", graph.toString(), "--json");
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                OverlayCli.class.getName(), "spectrum", graph.toString(), "--json");
    }

}
