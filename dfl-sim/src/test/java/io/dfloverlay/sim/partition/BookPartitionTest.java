package io.dfloverlay.sim.partition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.sim.config.PartitionConfig;
import io.dfloverlay.sim.data.ExampleGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BookPartitionTest {
    static Stream<Integer> seeds() {
        return Stream.iterate(0, s -> s + 1).limit(100);
    }

    /** Random books of random sizes (some empty), chapters numbered within books in order, rows shuffled. */
    private static ExampleGroups randomGroups(SplittableRandom rng) {
        int books = 2 + rng.nextInt(30);
        List<Integer> book = new ArrayList<>(), chapter = new ArrayList<>();
        int chapters = 0;
        List<String> names = new ArrayList<>();
        for (int b = 0; b < books; b++) {
            names.add("b" + b);
            for (int c = rng.nextInt(4); c >= 0; c--, chapters++) {
                for (int r = rng.nextInt(60); r > 0; r--) {
                    book.add(b);
                    chapter.add(chapters);
                }
            }
        }
        int m = book.size();
        int[] order = io.dfloverlay.core.generate.FisherYates.permutation(m, rng);
        int[] bk = new int[m], ch = new int[m];
        for (int i = 0; i < m; i++) {
            bk[i] = book.get(order[i]);
            ch[i] = chapter.get(order[i]);
        }
        return new ExampleGroups(bk, ch, names, chapters);
    }

    /**
     * Disjoint, non-empty, covering; each group (book or chapter) wholly on one client; clients hold
     * contiguous runs of groups in order.
     */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void groupsStayWholeAndInOrder(int seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        ExampleGroups g = randomGroups(rng);
        int m = g.book().length;
        if (m == 0) return;
        for (boolean byBook : new boolean[] {true, false}) {
            int[] group = byBook ? g.book() : g.chapter();
            long present = java.util.Arrays.stream(group).distinct().count();
            int n = 1 + rng.nextInt((int) present);
            PartitionConfig spec = byBook ? new PartitionConfig.ByBook() : new PartitionConfig.ByChapter();
            Partition p = Partitioner.partition(spec, m, g.book(), g.books(), g, n, new SplittableRandom(seed));
            int[] owner = new int[Math.max(g.books(), g.chapters())];
            java.util.Arrays.fill(owner, -1);
            boolean[] seen = new boolean[m];
            int lastMax = -1;
            for (int i = 0; i < n; i++) {
                assertTrue(p.size(i) > 0, "seed " + seed + ": client " + i + " empty");
                int min = Integer.MAX_VALUE, max = -1;
                for (int r : p.indices(i)) {
                    assertTrue(!seen[r], "seed " + seed + ": row " + r + " twice");
                    seen[r] = true;
                    int k = group[r];
                    assertTrue(owner[k] == -1 || owner[k] == i, "seed " + seed + ": group " + k + " split over clients");
                    owner[k] = i;
                    min = Math.min(min, k);
                    max = Math.max(max, k);
                }
                assertTrue(min > lastMax, "seed " + seed + ": client " + i + " groups not after the previous client's");
                lastMax = max;
            }
            for (int r = 0; r < m; r++) assertTrue(seen[r], "seed " + seed + ": row " + r + " unassigned");
        }
    }

    @Test
    void moreClientsThanBooksOrNoTextAreOneLineErrors() {
        ExampleGroups g = new ExampleGroups(new int[] {0, 1, 1}, new int[] {0, 1, 2}, List.of("a", "b"), 3);
        var e = assertThrows(IllegalArgumentException.class,
                () -> Partitioner.partition(new PartitionConfig.ByBook(), 3, g.book(), 2, g, 3, new SplittableRandom(1)));
        assertEquals("partition by-book: 2 books cannot be split over 3 clients (at most one client per book)", e.getMessage());
        var f = assertThrows(IllegalArgumentException.class,
                () -> Partitioner.partition(new PartitionConfig.ByChapter(), 3, new int[] {0, 1, 0}, 2, null, 2, new SplittableRandom(1)));
        assertEquals("partition by-chapter needs a text with books and chapters (dataset kjv or kjv-sample)", f.getMessage());
    }
}
