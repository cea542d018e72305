package io.dfloverlay.core.generate;

/** Size limits shared by the generators: every output lives in Java {@code int[]} arrays. */
final class ArrayLimits {
    /** Largest safe Java array length; bounds {@code n*d} slots and the {@code 2m} CSR entries. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    /** Largest edge count: the CSR neighbour array holds {@code 2m} ints. */
    static final long MAX_EDGES = MAX_ARRAY / 2;
    /** Most keys a {@link LongHashSet} may hold (its table then has {@code 2^30} slots). */
    static final long MAX_HASHED_KEYS = 1L << 29;

    private ArrayLimits() {}
}
