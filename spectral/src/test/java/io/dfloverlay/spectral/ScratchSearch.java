package io.dfloverlay.spectral;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.spectral.search.NearOptimalSearch;
import io.dfloverlay.spectral.search.SearchResult;
import java.time.Duration;
import java.util.SplittableRandom;

public class ScratchSearch {
    public static void main(String[] a) {
        int n = Integer.parseInt(a[0]), d = Integer.parseInt(a[1]);
        double secs = Double.parseDouble(a[2]);
        SplittableRandom rng = new SplittableRandom(1);
        RandomRegularGenerator gen = new RandomRegularGenerator(n, d, true);
        double best = 1e9;
        long t = System.nanoTime();
        for (int i = 0; i < 100; i++) best = Math.min(best, Spectra.adjacency(gen.generate(rng)).twoSided());
        System.out.printf("best of 100: %.5f (%.1f s)%n", best, (System.nanoTime() - t) / 1e9);
        SearchResult r = new NearOptimalSearch(n, d, Duration.ofMillis((long) (secs * 1000))).withProgress(System.err::println).search(new SplittableRandom(2));
        System.out.println(r);
    }
}
