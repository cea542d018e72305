package io.dfloverlay.jmh;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.spectral.solver.SpectrumEnds;
import io.dfloverlay.spectral.SpectralMethod;
import io.dfloverlay.spectral.Spectra;
import io.dfloverlay.spectral.solver.GraphOperators;
import io.dfloverlay.spectral.solver.SymmetricOperator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Two-sided λ of a random 8-regular graph by Lanczos (deflated all-ones vector, both ends in one
 * Krylov run) at 1e-6 relative tolerance; baseline: one matrix-vector product. Run:
 * {@code mvn -B -q -pl jmh -am package -DskipTests && java -Xmx8g -jar jmh/target/benchmarks.jar LanczosBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class LanczosBenchmark {
    /** The graph and a vector, built once per trial from a fixed seed. */
    @State(Scope.Benchmark)
    public static class Input {
        @Param({"10000", "100000", "1000000"})
        int n;
        Graph g;
        SymmetricOperator a;
        double[] x, y;

        @Setup(Level.Trial)
        public void setUp() {
            g = new RandomRegularGenerator(n, 8, true).generate(new SplittableRandom(42));
            a = GraphOperators.adjacency(g);
            x = new double[n];
            y = new double[n];
            java.util.Arrays.fill(x, 1.0);
        }
    }

    @Benchmark
    public double[] baselineMatVec(Input in) {
        in.a.apply(in.x, in.y);
        return in.y;
    }

    @Benchmark
    public SpectrumEnds lanczosTwoSided(Input in) {
        return Spectra.adjacency(in.g, SpectralMethod.LANCZOS, 1e-6);
    }
}
