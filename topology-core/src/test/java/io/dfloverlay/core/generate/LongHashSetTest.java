package io.dfloverlay.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LongHashSetTest {
    /** Random adds, removes and lookups on a small key range (many collisions) against java.util.HashSet. */
    @ParameterizedTest
    @MethodSource("io.dfloverlay.core.generate.GeneratorContract#seeds")
    void agreesWithHashSet(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        LongHashSet set = new LongHashSet(64);
        Set<Long> reference = new HashSet<>();
        for (int op = 0; op < 2000; op++) {
            long key = rng.nextLong(200);
            int kind = rng.nextInt(3);
            if (kind == 0 && reference.size() < 64) {
                assertEquals(reference.add(key), set.add(key), "seed=" + seed + " add " + key);
            } else if (kind == 1) {
                assertEquals(reference.remove(key), set.remove(key), "seed=" + seed + " remove " + key);
            } else {
                assertEquals(reference.contains(key), set.contains(key), "seed=" + seed + " contains " + key);
            }
            assertEquals(reference.size(), set.size(), "seed=" + seed + " size");
        }
        for (long key = 0; key < 200; key++) assertEquals(reference.contains(key), set.contains(key), "seed=" + seed + " final " + key);
    }
}
