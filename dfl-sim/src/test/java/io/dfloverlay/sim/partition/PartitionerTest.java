package io.dfloverlay.sim.partition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PartitionerTest {
    static Stream<Integer> seeds() {
        return Stream.iterate(0, s -> s + 1).limit(100);
    }

    private static int[] labels(int m, int classes) {
        int[] y = new int[m];
        for (int i = 0; i < m; i++) y[i] = (i * 7) % classes;
        return y;
    }

    /** Every spec gives disjoint, non-empty client sets covering at most all rows (all rows except for shards). */
    @ParameterizedTest
    @MethodSource("seeds")
    void partitionsAreDisjointNonEmptyCovers(int seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int m = 200 + rng.nextInt(800), n = 2 + rng.nextInt(40), classes = 10;
        int[] y = labels(m, classes);
        for (String spec : new String[] {"iid", "dirichlet:0.1", "dirichlet:5", "shards:2", "unequal:1.5"}) {
            Partition p = Partitioner.partition(spec, m, y, classes, n, new SplittableRandom(seed));
            assertEquals(n, p.numClients());
            boolean[] seen = new boolean[m];
            int total = 0;
            for (int i = 0; i < n; i++) {
                assertTrue(p.size(i) > 0, spec + " seed " + seed + ": client " + i + " empty");
                for (int r : p.indices(i)) {
                    assertTrue(!seen[r], spec + " seed " + seed + ": row " + r + " twice");
                    seen[r] = true;
                    total++;
                }
            }
            assertEquals(m, total, spec + " seed " + seed + ": rows lost");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void shardsGiveAtMostTwoClassesPerShard(int seed) {
        int m = 1000, n = 20, k = 2, classes = 10;
        int[] y = labels(m, classes);
        Partition p = Partitioner.partition("shards:" + k, m, y, classes, n, new SplittableRandom(seed));
        for (int i = 0; i < n; i++) {
            long distinct = java.util.Arrays.stream(p.indices(i)).map(r -> y[r]).distinct().count();
            assertTrue(distinct <= 2L * k, "seed " + seed + " client " + i + " has " + distinct + " classes");
        }
    }

    @Test
    void smallAlphaSkewsLabels() {
        int m = 5000, n = 20, classes = 10;
        int[] y = labels(m, classes);
        String skewed = Partitioner.partition("dirichlet:0.05", m, y, classes, n, new SplittableRandom(1)).summary(y, classes);
        String iid = Partitioner.partition("iid", m, y, classes, n, new SplittableRandom(1)).summary(y, classes);
        assertTrue(share(skewed) > 0.5 && share(iid) < 0.2, skewed + " | " + iid);
        assertTrue(iid.startsWith("iid over 20 clients: examples/client min 250, median 250, max 250"), iid);
    }

    private static double share(String summary) {
        return Double.parseDouble(summary.substring(summary.lastIndexOf(' ') + 1));
    }

    @Test
    void badSpecsAreRejected() {
        int[] y = labels(100, 10);
        for (String bad : new String[] {"dirichlet", "dirichlet:-1", "shards:0", "shards:1.5", "zipf", "iid:3", "unequal:x", "shards:20"}) {
            assertThrows(IllegalArgumentException.class, () -> Partitioner.partition(bad, 100, y, 10, 10, new SplittableRandom(1)), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Partitioner.partition("dirichlet:1", 100, null, 0, 10, new SplittableRandom(1)));
        assertThrows(IllegalArgumentException.class, () -> Partitioner.partition("iid", 5, y, 10, 10, new SplittableRandom(1)));
    }
}
