package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import java.util.random.RandomGenerator;

/**
 * U-EquiStatic (Song et al., "Communication-Efficient Topologies for Decentralized Learning with
 * O(1) Consensus Rate", NeurIPS 2022): draw m shifts {@code a_1..a_m} uniformly with replacement
 * from {@code 1..n−1} and join {@code i ~ i ± a_j (mod n)}, an undirected circulant graph.
 *
 * <p>Degree: regular (circulant), at most {@code 2m}; repeated shifts, {@code a} and {@code n − a},
 * and {@code a = n/2} give coinciding edges, which are merged. Connected iff
 * {@code gcd(a_1, …, a_m, n) = 1}, which is likely but not guaranteed.
 *
 * <p>Weights: the paper's own matrix (as in the authors' code) averages the m basis matrices
 * {@code B_a = I/n + (n−1)/n · P_a} (with {@code P_a} the shift {@code i → i + a}) and their
 * transposes: {@code W = (1/2m) Σ_j (B_{a_j} + B_{a_j}ᵀ)}, so {@code W_ii = 1/n} and each shift
 * adds {@code (n−1)/(2mn)} to {@code W_{i,i±a_j}}; symmetric and doubly stochastic, with
 * {@code ‖W − J‖₂} bounded independently of n w.h.p. for {@code m = O(log n)}. Use
 * {@link #drawShifts}, {@link #graphOf} and {@link #weightsOf} to get graph and weights of the same
 * draw; {@link #generate} is {@code graphOf(drawShifts(rng))}. {@code O(nm)} time.
 */
public final class EquiStaticGenerator implements GraphGenerator {
    private final int n;
    private final int m;

    /**
     * A U-EquiStatic generator on {@code n} nodes with {@code m} random shifts.
     *
     * @param n number of nodes, {@code >= 2}
     * @param m number of random shifts, {@code >= 1}
     * @throws IllegalArgumentException if n or m is out of range or {@code 2nm} exceeds {@code 2^31}
     */
    public EquiStaticGenerator(int n, int m) {
        if (n < 2) throw new IllegalArgumentException("equistatic needs n >= 2, got n=" + n);
        if (m < 1) throw new IllegalArgumentException("equistatic needs m >= 1, got m=" + m);
        if (2L * n * m > Integer.MAX_VALUE - 8)
            throw new IllegalArgumentException("equistatic too large: 2*n*m=" + 2L * n * m + " adjacency entries, n=" + n + ", m=" + m);
        this.n = n;
        this.m = m;
    }

    /**
     * Draws the random shifts of one graph.
     *
     * @param rng source of randomness
     * @return the m shifts, each uniform in {@code [1, n−1]}, drawn with replacement
     */
    public int[] drawShifts(RandomGenerator rng) {
        int[] shifts = new int[m];
        for (int j = 0; j < m; j++) shifts[j] = rng.nextInt(1, n);
        return shifts;
    }

    /**
     * The circulant graph of the given shifts: {@code i ~ i ± a (mod n)} for each shift {@code a}.
     *
     * @param shifts the shifts, each in {@code [1, n−1]}, as from {@link #drawShifts}
     * @return the circulant graph on {@code n} nodes
     */
    public Graph graphOf(int[] shifts) {
        return CirculantGraphs.circulant(n, shifts);
    }

    /**
     * The U-EquiStatic weight matrix of the given shifts (see the class comment).
     *
     * @param shifts the shifts, each in {@code [1, n−1]}, as from {@link #drawShifts}
     * @return the symmetric doubly stochastic matrix {@code W} on the graph {@link #graphOf graphOf(shifts)}
     */
    public MixingMatrix weightsOf(int[] shifts) {
        SparseRows rows = new SparseRows(n);
        double w = (n - 1.0) / (2.0 * shifts.length * n);
        for (int i = 0; i < n; i++) {
            rows.add(i, i, 1.0 / n);
            for (int a : shifts) {
                if (a < 1 || a >= n) throw new IllegalArgumentException("shift " + a + " out of range [1, " + (n - 1) + "]");
                rows.add(i, (i + a) % n, w);
                rows.add(i, (i - a + n) % n, w);
            }
        }
        return rows.toMatrix();
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        return graphOf(drawShifts(rng));
    }

    @Override
    public String toString() {
        return "equistatic(n=" + n + ", m=" + m + ")";
    }
}
