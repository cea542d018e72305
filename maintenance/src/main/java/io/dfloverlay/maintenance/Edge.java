package io.dfloverlay.maintenance;

/**
 * An undirected overlay edge between two external node ids, normalized so that {@code u < v}.
 *
 * @param u the smaller endpoint
 * @param v the larger endpoint
 */
public record Edge(int u, int v) implements Comparable<Edge> {
    /**
     * Validates {@code 0 <= u < v}.
     *
     * @throws IllegalArgumentException if an id is negative or {@code u >= v}
     */
    public Edge {
        if (u < 0 || v < 0) throw new IllegalArgumentException("node ids must be >= 0, got " + u + ", " + v);
        if (u >= v) throw new IllegalArgumentException("edge endpoints must satisfy u < v, got " + u + ", " + v);
    }

    /**
     * The edge {@code {a, b}} with endpoints in either order.
     *
     * @param a one endpoint, {@code >= 0}
     * @param b the other endpoint, {@code >= 0}, {@code b != a}
     * @return the edge with {@code u = min(a, b)}, {@code v = max(a, b)}
     * @throws IllegalArgumentException if an id is negative or {@code a == b}
     */
    public static Edge of(int a, int b) {
        return a < b ? new Edge(a, b) : new Edge(b, a);
    }

    @Override
    public int compareTo(Edge o) {
        return u != o.u ? Integer.compare(u, o.u) : Integer.compare(v, o.v);
    }
}
