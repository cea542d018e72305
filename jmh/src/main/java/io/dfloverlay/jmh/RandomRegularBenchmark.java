package io.dfloverlay.jmh;

import io.dfloverlay.core.generate.HamiltonianCycleUnionGenerator;
import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
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
 * Time to generate one random {@code d}-regular graph (reference: igraph's {@code K_Regular},
 * 0.20–0.25 s at {@code n = 10^5, d = 8}).
 *
 * <p>How to run: {@code mvn -B -q -o -pl jmh -am package -DskipTests}, then
 * {@code java -jar jmh/target/benchmarks.jar RandomRegular -f 1 -wi 2 -i 5}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class RandomRegularBenchmark {

    /** Generator and a seeded random source, created once per trial. */
    @State(Scope.Benchmark)
    public static class Input {
        @Param({"100000", "1000000"})
        public int n;

        @Param({"8"})
        public int d;

        RandomRegularGenerator regular;
        HamiltonianCycleUnionGenerator cycles;
        SplittableRandom rng;
        int[] buffer;

        @Setup(Level.Trial)
        public void setUp() {
            regular = new RandomRegularGenerator(n, d);
            cycles = new HamiltonianCycleUnionGenerator(n, d);
            rng = new SplittableRandom(20261125L);
            buffer = new int[n * d];
        }
    }

    /** Steger–Wormald pairing plus CSR build. */
    @Benchmark
    public Graph randomRegular(Input in) {
        return in.regular.generate(in.rng);
    }

    /** Law–Siu union of d/2 random Hamiltonian cycles, same n and d. */
    @Benchmark
    public Graph hamiltonianCycleUnion(Input in) {
        return in.cycles.generate(in.rng);
    }

    /** Baseline: one random int per point (n*d draws), a lower bound for any pairing method. */
    @Benchmark
    public int[] baselineRandomInts(Input in) {
        int[] b = in.buffer;
        for (int i = 0; i < b.length; i++) b[i] = in.rng.nextInt(b.length);
        return b;
    }
}
