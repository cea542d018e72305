package io.dfloverlay.spectral.measure;

/**
 * Lower and upper bounds on the diameter (equal when exact). A disconnected graph has both bounds
 * {@link #INFINITE}.
 *
 * @param lower a lower bound (an eccentricity that was observed)
 * @param upper an upper bound
 */
public record DiameterBounds(int lower, int upper) {
    /** The diameter of a disconnected graph. */
    public static final int INFINITE = Integer.MAX_VALUE;

    /** Validates {@code 0 <= lower <= upper}. */
    public DiameterBounds {
        if (lower < 0 || upper < lower) throw new IllegalArgumentException("bad diameter bounds [" + lower + ", " + upper + "]");
    }

    /** {@return whether the bounds coincide} */
    public boolean exact() {
        return lower == upper;
    }

    /** {@return whether the graph was connected (the bounds are finite)} */
    public boolean finite() {
        return upper != INFINITE;
    }

    @Override
    public String toString() {
        if (!finite()) return "infinite";
        return exact() ? Integer.toString(lower) : "[" + lower + ", " + upper + "]";
    }
}
