package io.dfloverlay.maintenance;

import io.dfloverlay.core.generate.FisherYates;
import io.dfloverlay.maintenance.strategy.RepairStrategies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Runs one random event sequence (failures, leaves, joins, batches, up to 90% loss) against a
 * strategy and checks the invariants and the reported changes after every event.
 */
final class ChurnSequenceChecker {
    private ChurnSequenceChecker() {}

    /**
     * @param strategy      strategy name
     * @param seed          sequence seed (reported on failure)
     * @param maxN          largest initial size
     * @param evenD         only even degrees (cycle strategy)
     * @param repairs       whether degree/connectivity invariants must hold (false for "none")
     */
    static void run(String strategy, long seed, int maxN, boolean evenD, boolean repairs) {
        run(() -> RepairStrategies.byName(strategy), strategy, seed, maxN, evenD, repairs);
    }

    /**
     * As {@link #run(String, long, int, boolean, boolean)} with any strategy (fresh per sequence).
     *
     * @param strategies    makes the strategy
     * @param strategy      its name, for failure messages
     */
    static void run(Supplier<RepairStrategy> strategies, String strategy, long seed, int maxN, boolean evenD, boolean repairs) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] ds = evenD ? new int[] {2, 4, 6} : new int[] {2, 3, 4, 5, 6};
        int d = ds[r.nextInt(ds.length)];
        int n = d + 2 + r.nextInt(Math.max(1, maxN - d - 1));
        if ((long) n * d % 2 != 0) n++;
        int profile = r.nextInt(3); // 0: failures to 90% loss, 1: joins heavy, 2: mixed
        String where = "strategy=" + strategy + " seed=" + seed + " n=" + n + " d=" + d + " profile=" + profile;
        Graph g = TestGraphs.randomRegular(n, d, r.nextLong());
        OverlayMaintainer m = new OverlayMaintainer(g, d, strategies.get(), new SplittableRandom(r.nextLong()));
        check(m, repairs, where + " after attach");
        Set<Integer> gone = new HashSet<>();
        int events = 6 + r.nextInt(12);
        int floor = Math.max(1, n / 10);
        for (int e = 0; e < events; e++) {
            long[] before = edges(m);
            int alive = m.numAlive();
            double u = r.nextDouble();
            RepairResult res;
            String ev;
            boolean remove = profile == 0 ? u < 0.9 : profile == 1 ? u < 0.25 : u < 0.55;
            if (remove && alive > floor) {
                int[] ids = m.aliveNodes();
                if (r.nextDouble() < 0.25) {
                    int k = 1 + r.nextInt(Math.max(1, Math.min(alive - floor, (int) Math.ceil(0.5 * alive))));
                    int[] batch = sample(ids, k, r);
                    ev = "failAll(" + k + ")";
                    res = m.failAll(batch);
                    for (int v : batch) gone.add(v);
                } else {
                    int v = ids[r.nextInt(ids.length)];
                    boolean leave = r.nextBoolean();
                    ev = (leave ? "leave(" : "fail(") + v + ")";
                    res = leave ? m.leave(v) : m.fail(v);
                    gone.add(v);
                }
            } else {
                int v = m.nextFreeId();
                ev = "join(" + v + ")";
                res = m.join(v);
            }
            String at = where + " event " + e + " " + ev;
            long[] after = edges(m);
            for (Edge x : res.added()) assertTrue(contains(before, x) < 0 && contains(after, x) >= 0, at + ": bad added edge " + x);
            for (Edge x : res.removed()) assertTrue(contains(before, x) >= 0 && contains(after, x) < 0, at + ": bad removed edge " + x);
            assertEquals(before.length + res.added().size() - res.removed().size(), after.length,
                    at + ": reported changes do not reproduce the overlay");
            for (long x : after)
                assertFalse(gone.contains((int) (x >>> 32)) || gone.contains((int) x), at + ": stale edge " + x);
            assertTrue(res.messages() >= 0, at);
            check(m, repairs, at);
        }
    }

    private static void check(OverlayMaintainer m, boolean repairs, String at) {
        Graph s = m.snapshot();
        assertEquals(m.numAlive(), s.numNodes(), at);
        assertNull(OverlayInvariants.violation(s, m.d(), repairs, repairs), at);
    }

    /** Edges as sorted longs {@code u << 32 | v}, {@code u < v}. */
    private static long[] edges(OverlayMaintainer m) {
        long[] out = new long[m.numAlive() * m.d()];
        int k = 0;
        for (int v : m.aliveNodes()) for (int w : m.neighbors(v)) if (v < w) out[k++] = (long) v << 32 | w;
        long[] e = java.util.Arrays.copyOf(out, k);
        java.util.Arrays.sort(e);
        return e;
    }

    private static int contains(long[] sorted, Edge x) {
        return java.util.Arrays.binarySearch(sorted, (long) x.u() << 32 | x.v());
    }

    private static int[] sample(int[] ids, int k, SplittableRandom r) {
        return FisherYates.sample(ids, k, r);
    }
}
