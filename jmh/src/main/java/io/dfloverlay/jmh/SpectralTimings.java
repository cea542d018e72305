package io.dfloverlay.jmh;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.io.GraphFiles;
import io.dfloverlay.core.io.GraphMetadata;
import io.dfloverlay.spectral.solver.SpectrumEnds;
import io.dfloverlay.spectral.SpectralMethod;
import io.dfloverlay.spectral.Spectra;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Wall-clock timings for docs/benchmarks.md (the JMH classes give the careful numbers): two-sided
 * λ of a random 8-regular graph by Lanczos at 1e-6 relative tolerance, checked against a 1e-12 run,
 * and dense versus Lanczos at small n. Writes the graph as Matrix Market for the SciPy comparison
 * (jmh/scripts/eigsh_bench.py). Run:
 * {@code java -cp jmh/target/benchmarks.jar io.dfloverlay.jmh.SpectralTimings lanczos 100000 /tmp/g.mtx}
 * or {@code ... SpectralTimings crossover}.
 */
public final class SpectralTimings {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private SpectralTimings() {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("lanczos")) lanczos(Integer.parseInt(args[1]), args.length > 2 ? Path.of(args[2]) : null);
        else if (args[0].equals("ejml")) denseVersusEjml();
        else crossover();
    }

    private static void lanczos(int n, Path out) throws Exception {
        Graph g = new RandomRegularGenerator(n, 8, true).generate(new SplittableRandom(42));
        if (out != null) GraphFiles.write(out, g, GraphMetadata.EMPTY);
        SpectrumEnds tight = Spectra.adjacency(g, SpectralMethod.LANCZOS, 1e-12);
        double best = Double.POSITIVE_INFINITY, bestCpu = Double.POSITIVE_INFINITY;
        SpectrumEnds e = null;
        for (int r = 0; r < 5; r++) {
            long t = System.nanoTime(), c = CPU.getCurrentThreadCpuTime();
            e = Spectra.adjacency(g, SpectralMethod.LANCZOS, 1e-6);
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
            bestCpu = Math.min(bestCpu, (CPU.getCurrentThreadCpuTime() - c) / 1e9);
        }
        System.out.printf("n=%d lanczos(1e-6) best of 5: wall %.3f s, cpu %.3f s; mu2=%.10f muN=%.10f lambda=%.10f bound=%.2e; "
                + "tight: mu2=%.12f muN=%.12f; rel.err lambda=%.2e%n", n, best, bestCpu, e.largest(), e.smallest(), e.twoSided(),
                e.errorBound(), tight.largest(), tight.smallest(), Math.abs(e.twoSided() - tight.twoSided()) / tight.twoSided());
    }

    private static void crossover() {
        for (int n : new int[] {100, 200, 400, 800, 1000, 2000}) {
            Graph g = new RandomRegularGenerator(n, 8, true).generate(new SplittableRandom(n));
            double[] dense = time(g, SpectralMethod.DENSE, n >= 1000 ? 2 : 5);
            double[] lanczos = time(g, SpectralMethod.LANCZOS, 20);
            System.out.printf("n=%d dense wall %.4f s cpu %.4f s, lanczos(1e-10) wall %.4f s cpu %.4f s%n", n, dense[0], dense[1],
                    lanczos[0], lanczos[1]);
        }
    }

    /** Our dense two-stage solver against EJML's symmetric QR on the same adjacency matrices, interleaved. */
    private static void denseVersusEjml() {
        for (int n : new int[] {100, 200, 500, 1000, 2000}) {
            Graph g = new RandomRegularGenerator(n, 8, true).generate(new SplittableRandom(n));
            int reps = n >= 1000 ? 3 : 10;
            double[] ours = time(g, SpectralMethod.DENSE, reps);
            double[] ejml = time(g, SpectralMethod.EJML, reps);
            System.out.printf("n=%d dense (ours) wall %.4f s cpu %.4f s, ejml wall %.4f s cpu %.4f s, ejml/ours cpu %.2fx%n", n,
                    ours[0], ours[1], ejml[0], ejml[1], ejml[1] / ours[1]);
        }
    }

    /** Best wall and CPU seconds of {@code reps} runs after one warm-up. */
    private static double[] time(Graph g, SpectralMethod m, int reps) {
        Spectra.adjacency(g, m, 1e-10);
        double best = Double.POSITIVE_INFINITY, bestCpu = Double.POSITIVE_INFINITY;
        for (int r = 0; r < reps; r++) {
            long t = System.nanoTime(), c = CPU.getCurrentThreadCpuTime();
            Spectra.adjacency(g, m, 1e-10);
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
            bestCpu = Math.min(bestCpu, (CPU.getCurrentThreadCpuTime() - c) / 1e9);
        }
        return new double[] {best, bestCpu};
    }
}
