package io.dfloverlay.jmh;

import io.dfloverlay.core.generate.HamiltonianCycleUnionGenerator;
import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.maintenance.OverlayMaintainer;
import io.dfloverlay.maintenance.RepairResult;
import io.dfloverlay.maintenance.strategy.RepairStrategies;
import io.dfloverlay.maintenance.RepairStrategy;
import io.dfloverlay.maintenance.strategy.HamiltonianCycleRepair;
import io.dfloverlay.maintenance.strategy.PairingRepair;
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
 * Repair throughput of single-node events on a random 8-regular overlay (for the cycle strategy
 * a union of 4 random Hamiltonian cycles): {@code fail} crashes a
 * random alive node (iterations are 100 ms and the overlay is refilled to {@code n} by joins
 * between iterations, so it shrinks by at most the nodes failed in one iteration), {@code failThenJoin} a crash followed
 * by a join, keeping the size constant. {@code pairing-nocheck} is pairing without the
 * connectivity guard, to show what the exact connectivity check costs.
 *
 * <p>Run: {@code mvn -B -q -pl jmh -am package -DskipTests && java -jar jmh/target/benchmarks.jar RepairBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 100, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class RepairBenchmark {
    /** A maintained overlay and a stream of random choices. */
    @State(Scope.Thread)
    public static class Overlay {
        @Param({"100000"})
        int n;

        @Param({"8"})
        int d;

        @Param({"pairing", "pairing-nocheck", "cycle"})
        String strategy;

        OverlayMaintainer maintainer;
        SplittableRandom pick;
        int[] alive;

        @Setup(Level.Trial)
        public void build() {
            Graph g = new RandomRegularGenerator(n, d, true).generate(new SplittableRandom(42));
            RepairStrategy s = strategy.equals("pairing-nocheck") ? new PairingRepair(false) : RepairStrategies.byName(strategy);
            if (strategy.equals("cycle")) {
                int[][] cycles = new HamiltonianCycleUnionGenerator(n, d).generateCycles(new SplittableRandom(42));
                g = HamiltonianCycleUnionGenerator.union(n, cycles);
                s = new HamiltonianCycleRepair(cycles);
            }
            maintainer = new OverlayMaintainer(g, d, s, new SplittableRandom(7));
            pick = new SplittableRandom(11);
        }

        @Setup(Level.Iteration)
        public void refill() {
            while (maintainer.numAlive() < n) maintainer.join(maintainer.nextFreeId());
            alive = maintainer.aliveNodes();
        }

        /** A random alive node (ids that failed during this iteration are skipped). */
        int randomAlive() {
            while (true) {
                int i = pick.nextInt(alive.length);
                int v = alive[i];
                if (v >= 0 && maintainer.isAlive(v)) {
                    alive[i] = -1;
                    return v;
                }
            }
        }
    }

    /** One crash of a random node and its repair. */
    @Benchmark
    public RepairResult fail(Overlay s) {
        return s.maintainer.fail(s.randomAlive());
    }

    /** A crash and a join (constant size). */
    @Benchmark
    public RepairResult failThenJoin(Overlay s) {
        s.maintainer.fail(s.randomAlive());
        return s.maintainer.join(s.maintainer.nextFreeId());
    }
}
