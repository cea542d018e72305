package io.dfloverlay.core.labelskew;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * How D-Cliques links its cliques (Bellet, Kermarrec, Lavoie, MLSys 2022, section on inter-clique
 * topologies, as we recall it). Every inter-clique edge joins one node of each clique; the
 * endpoints are the members with the fewest inter-clique edges so far (ties broken at random), so
 * the extra degree spreads over the clique's members. With m cliques:
 * <ul>
 *   <li>{@link #RING}: clique k to clique k+1 (mod m): m edges (1 when m = 2);</li>
 *   <li>{@link #FRACTAL}: cliques are grouped c at a time (c = the clique size) and every pair in a
 *       group is linked; the groups are then grouped c at a time and linked pairwise, and so on up
 *       to a single group, so a node carries about one inter-clique edge;</li>
 *   <li>{@link #SMALL_WORLD}: clique k to k+1 (a ring) and, for every l ≥ 1 with 2^l &lt; m, to
 *       one clique drawn uniformly at clockwise distance [2^l, 2^(l+1)): O(m log m) edges;</li>
 *   <li>{@link #FULLY_CONNECTED}: one edge between every pair of cliques: m(m−1)/2 edges.</li>
 * </ul>
 */
public enum InterClique {
    /** A ring of cliques. */
    RING("ring"),
    /** Hierarchical groups of c cliques, fully linked at every level. */
    FRACTAL("fractal"),
    /** Ring plus links at exponentially growing distances. */
    SMALL_WORLD("small-world"),
    /** Every pair of cliques linked. */
    FULLY_CONNECTED("fully-connected");

    private final String id;

    InterClique(String id) {
        this.id = id;
    }

    /** {@return the name used in parameters, e.g. {@code small-world}} */
    public String id() {
        return id;
    }

    /**
     * The variant by name.
     *
     * @param name {@code ring}, {@code fractal}, {@code small-world} or {@code fully-connected} (any case)
     * @return the variant
     * @throws IllegalArgumentException naming the allowed values
     */
    public static InterClique byName(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        for (InterClique v : values()) if (v.id.equals(key)) return v;
        throw new IllegalArgumentException("must be one of ring, fractal, small-world, fully-connected, got '" + name + "'");
    }

    /**
     * The inter-clique edges.
     *
     * @param cliques the cliques (disjoint node sets)
     * @param rng randomness for endpoint ties and small-world draws
     * @return edges {u, v}, u in one clique and v in another, no pair twice
     */
    public List<int[]> link(int[][] cliques, RandomGenerator rng) {
        int m = cliques.length;
        Endpoints ends = new Endpoints(cliques, rng);
        switch (this) {
            case RING -> {
                for (int k = 0; k < m && m >= 2; k++) if (m > 2 || k == 0) ends.join(k, (k + 1) % m);
            }
            case FULLY_CONNECTED -> {
                for (int a = 0; a < m; a++) for (int b = a + 1; b < m; b++) ends.join(a, b);
            }
            case SMALL_WORLD -> {
                for (int k = 0; k < m && m >= 2; k++) {
                    ends.join(k, (k + 1) % m);
                    for (int dist = 2; dist < m; dist *= 2) {
                        int span = Math.min(2 * dist, m) - dist;
                        ends.join(k, (k + dist + rng.nextInt(span)) % m);
                    }
                }
            }
            case FRACTAL -> fractal(cliques, ends);
        }
        return ends.edges;
    }

    private static void fractal(int[][] cliques, Endpoints ends) {
        int c = Math.max(2, Arrays.stream(cliques).mapToInt(x -> x.length).max().orElse(2));
        // units: lists of clique indices; start with single cliques
        List<int[]> units = new ArrayList<>();
        for (int k = 0; k < cliques.length; k++) units.add(new int[] {k});
        while (units.size() > 1) {
            List<int[]> next = new ArrayList<>();
            for (int start = 0; start < units.size(); start += c) {
                List<int[]> group = units.subList(start, Math.min(units.size(), start + c));
                for (int a = 0; a < group.size(); a++)
                    for (int b = a + 1; b < group.size(); b++) ends.joinUnits(group.get(a), group.get(b));
                next.add(group.stream().flatMapToInt(Arrays::stream).toArray());
            }
            units = next;
        }
    }

    /** Chooses endpoints: the member with the fewest inter-clique edges, ties at random. */
    private static final class Endpoints {
        final int[][] cliques;
        final RandomGenerator rng;
        final java.util.Map<Integer, Integer> load = new java.util.HashMap<>();
        final java.util.Set<Long> linked = new java.util.HashSet<>();
        final List<int[]> edges = new ArrayList<>();

        Endpoints(int[][] cliques, RandomGenerator rng) {
            this.cliques = cliques;
            this.rng = rng;
        }

        void join(int a, int b) {
            if (a == b || !linked.add(Math.min(a, b) * (long) cliques.length + Math.max(a, b))) return;
            int u = pick(new int[] {a}), v = pick(new int[] {b});
            edges.add(new int[] {u, v});
        }

        void joinUnits(int[] a, int[] b) {
            int u = pick(a), v = pick(b);
            edges.add(new int[] {u, v});
        }

        /** The least-loaded member of the given cliques. */
        int pick(int[] cliqueIds) {
            int best = -1, bestLoad = Integer.MAX_VALUE, ties = 0;
            for (int c : cliqueIds)
                for (int v : cliques[c]) {
                    int l = load.getOrDefault(v, 0);
                    if (l < bestLoad) {
                        bestLoad = l;
                        best = v;
                        ties = 1;
                    } else if (l == bestLoad && rng.nextInt(++ties) == 0) {
                        best = v;
                    }
                }
            load.merge(best, 1, Integer::sum);
            return best;
        }
    }
}
