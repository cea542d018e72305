package io.dfloverlay.jmh;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.spectral.SpectralCertificate;
import io.dfloverlay.spectral.Spectra;
import io.dfloverlay.spectral.search.NearOptimalSearch;
import io.dfloverlay.spectral.search.SearchResult;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Prints the near-optimal search table of docs/benchmarks.md: for each (n, d), λ(A) of the best of
 * 100 uniform random d-regular graphs versus {@link NearOptimalSearch} with a fixed time budget.
 * Run: {@code java -cp jmh/target/benchmarks.jar io.dfloverlay.jmh.NearOptimalTable [budgetSeconds]}.
 */
public final class NearOptimalTable {
    private NearOptimalTable() {}

    public static void main(String[] args) {
        double budget = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        System.out.println("| n | d | 2√(d−1) | best of 100 random | search (" + budget + " s) | gain | swaps kept/tried |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        for (int n : new int[] {64, 128, 256, 1024}) {
            for (int d : new int[] {4, 6, 8}) {
                SplittableRandom rng = new SplittableRandom(1000L * n + d);
                RandomRegularGenerator gen = new RandomRegularGenerator(n, d, true);
                double best = Double.POSITIVE_INFINITY;
                for (int i = 0; i < 100; i++) best = Math.min(best, Spectra.adjacency(gen.generate(rng)).twoSided());
                SearchResult r = NearOptimalSearch.withTimeBudget(n, d, Duration.ofMillis((long) (budget * 1000)))
                        .search(new SplittableRandom(7L * n + d));
                System.out.printf("| %d | %d | %.4f | %.4f | %.4f | %.4f | %d/%d |%n", n, d, SpectralCertificate.ramanujanBound(d),
                        best, r.lambda(), best - r.lambda(), r.swapsKept(), r.swapsTried());
            }
        }
    }
}
