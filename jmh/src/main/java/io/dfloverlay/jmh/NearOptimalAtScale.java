package io.dfloverlay.jmh;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.spectral.SpectralCertificate;
import io.dfloverlay.spectral.SpectralCertificates;
import io.dfloverlay.spectral.SpectralMethod;
import io.dfloverlay.spectral.search.NearOptimalSearch;
import io.dfloverlay.spectral.search.SearchResult;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Prints one row of the "near-optimal search at scale" table of docs/benchmarks.md: a
 * {@link NearOptimalSearch} of an {@code n}-node {@code d}-regular overlay with a wall-clock budget
 * (λ and margin as the search recomputes them from scratch at 1e-12), then an independent
 * certificate of the result ({@code SpectralCertificates.certify}, 1e-8, no acceptance; it stops
 * as soon as the verdict is decided, so its error bound is that of the verdict), with both times.
 * Run: {@code java -Xmx4g -cp jmh/target/benchmarks.jar io.dfloverlay.jmh.NearOptimalAtScale n d budgetSeconds [seed]}.
 */
public final class NearOptimalAtScale {
    private NearOptimalAtScale() {}

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int d = Integer.parseInt(args[1]);
        double budget = Double.parseDouble(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        long t0 = System.nanoTime();
        SearchResult r = NearOptimalSearch.withTimeBudget(n, d, Duration.ofMillis((long) (budget * 1000))).search(new SplittableRandom(seed));
        long t1 = System.nanoTime();
        Graph g = r.graph();
        SpectralCertificate c = SpectralCertificates.certify(g, SpectralMethod.AUTO, 1e-8, 0.0);
        long t2 = System.nanoTime();
        double bound = SpectralCertificate.ramanujanBound(d);
        System.out.printf("| %d | %d | %.6f | %.6f (%d of %d) | %.6f | %.4g | %s (stopped at error bound %.1e) | %d / %d of %d | %.1f s search + %.1f s certify |%n",
                n, d, bound, r.startLambda(), r.ramanujanSamples(), r.samples(), r.lambda(), bound - r.lambda(),
                c.isRamanujan(0) ? "certified" : "not certified", c.errorBound(), r.solves(), r.swapsKept(), r.swapsTried(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
}
