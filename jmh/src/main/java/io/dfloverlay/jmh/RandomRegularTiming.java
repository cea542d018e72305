package io.dfloverlay.jmh;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import java.util.SplittableRandom;

/**
 * Plain best-of-k wall-clock timing of {@link RandomRegularGenerator}, for sizes too large for a
 * comfortable JMH run (e.g. {@code n = 10^7} in a 2 GB heap). Not a JMH benchmark: each repetition
 * is one cold-ish call in the same JVM, seeds 0..k-1.
 *
 * <p>Usage: {@code java -Xmx2g -cp jmh/target/benchmarks.jar io.dfloverlay.jmh.RandomRegularTiming n d [reps]}
 */
public final class RandomRegularTiming {
    private RandomRegularTiming() {}

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int d = Integer.parseInt(args[1]);
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        RandomRegularGenerator gen = new RandomRegularGenerator(n, d);
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            Graph g = gen.generate(new SplittableRandom(r));
            double s = (System.nanoTime() - t0) / 1e9;
            best = Math.min(best, s);
            System.out.printf("rep %d: %s in %.3f s%n", r, g, s);
        }
        System.out.printf("RandomRegularGenerator n=%d d=%d: best of %d = %.3f s (max heap %d MiB)%n",
                n, d, reps, best, Runtime.getRuntime().maxMemory() >> 20);
    }
}
