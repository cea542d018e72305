package io.dfloverlay.core.generate;

import java.util.random.RandomGenerator;

/**
 * Fisher–Yates shuffles of {@code int} arrays in place (Durstenfeld's version; Knuth, TAOCP vol. 2,
 * Algorithm 3.4.2P): a full shuffle, a partial one that draws a uniform random {@code k}-subset in
 * random order into the first {@code k} slots in {@code O(k)}, and a uniform random permutation.
 * Each draws exactly one {@code nextInt} per swapped position, so results are reproducible from
 * the generator's seed. Stateless and thread-safe (the arrays and generators are the caller's).
 */
public final class FisherYates {
    private FisherYates() {}

    /**
     * Shuffles {@code a} uniformly at random, from the last position down.
     *
     * @param a   the array, permuted in place
     * @param rng the randomness source
     */
    public static void shuffle(int[] a, RandomGenerator rng) {
        for (int i = a.length - 1; i > 0; i--) swap(a, i, rng.nextInt(i + 1));
    }

    /**
     * Partial shuffle: afterwards {@code a[0..k-1]} is a uniform random {@code k}-subset of the
     * entries, in uniform random order; the rest of {@code a} holds the others. {@code O(k)}.
     *
     * @param a   the array, permuted in place
     * @param k   how many leading positions to draw, {@code 0 <= k <= a.length}
     * @param rng the randomness source
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public static void shufflePrefix(int[] a, int k, RandomGenerator rng) {
        if (k < 0 || k > a.length) throw new IllegalArgumentException("k must be in 0.." + a.length + ", got " + k);
        for (int i = 0; i < k; i++) swap(a, i, i + rng.nextInt(a.length - i));
    }

    /**
     * A uniform random {@code k}-subset of {@code from}'s entries, in random order; {@code from} is not changed.
     *
     * @param from the entries to draw from
     * @param k    how many to draw, {@code 0 <= k <= from.length}
     * @param rng  the randomness source
     * @return a new array of length {@code k}
     * @throws IllegalArgumentException if {@code k} is out of range
     */
    public static int[] sample(int[] from, int k, RandomGenerator rng) {
        int[] a = from.clone();
        shufflePrefix(a, k, rng);
        return java.util.Arrays.copyOf(a, k);
    }

    /**
     * A uniform random permutation of {@code 0..n-1} ({@link #shuffle} of the identity).
     *
     * @param n   the length, {@code n >= 0}
     * @param rng the randomness source
     * @return a new array holding each of {@code 0..n-1} once
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public static int[] permutation(int n, RandomGenerator rng) {
        if (n < 0) throw new IllegalArgumentException("n must be >= 0, got " + n);
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        shuffle(p, rng);
        return p;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
