package io.dfloverlay.core.generate;

/**
 * Open-addressing hash set of non-negative {@code long} keys (edge or pair indices) with linear
 * probing and backward-shift deletion, so generators can test and update edge sets without
 * boxing. Fixed capacity chosen up front (load at most 1/2). Not thread-safe.
 */
final class LongHashSet {
    private static final long EMPTY = -1L;
    private final long[] table;
    private final int mask;
    private int size;

    /** A set that can hold up to {@code maxSize} keys. */
    LongHashSet(long maxSize) {
        long cap = Long.highestOneBit(Math.max(4L, 2L * maxSize - 1)) << 1;
        if (cap > 1 << 30) throw new IllegalArgumentException("hash set too large for " + maxSize + " keys");
        table = new long[(int) cap];
        java.util.Arrays.fill(table, EMPTY);
        mask = (int) cap - 1;
    }

    int size() {
        return size;
    }

    boolean contains(long key) {
        for (int i = slot(key); ; i = (i + 1) & mask) {
            long t = table[i];
            if (t == key) return true;
            if (t == EMPTY) return false;
        }
    }

    /** Adds {@code key >= 0}; returns false if it was present. */
    boolean add(long key) {
        int i = slot(key);
        for (; table[i] != EMPTY; i = (i + 1) & mask) {
            if (table[i] == key) return false;
        }
        table[i] = key;
        size++;
        return true;
    }

    /** Removes {@code key}; returns false if it was absent. */
    boolean remove(long key) {
        int i = slot(key);
        for (; table[i] != key; i = (i + 1) & mask) {
            if (table[i] == EMPTY) return false;
        }
        // backward-shift deletion keeps probe sequences intact without tombstones
        for (int j = (i + 1) & mask; table[j] != EMPTY; j = (j + 1) & mask) {
            int home = slot(table[j]);
            if (((j - home) & mask) >= ((j - i) & mask)) {
                table[i] = table[j];
                i = j;
            }
        }
        table[i] = EMPTY;
        size--;
        return true;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
