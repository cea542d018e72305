package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * A Base-(k+1) graph (Takezawa, Sato, Bao, Niwa and Yamada, "Beyond exponential graph:
 * communication-efficient topologies for decentralized learning via finite-time convergence",
 * NeurIPS 2023): a finite sequence of symmetric doubly-stochastic matrices, each round of maximum
 * degree at most k, whose product over one period is exactly {@code J = 11ᵀ/n} — every node
 * holds the exact average after {@link #period()} rounds, for any n.
 *
 * <p><b>n with all prime factors {@code <= k+1}</b> (e.g. a power of k+1): write
 * {@code n = f_0·f_1⋯f_{R−1}} with {@code 2 <= f_r <= k+1} and node ids in mixed radix; round r
 * averages each group of {@code f_r} nodes that differ only in digit r (a clique, weights
 * {@code 1/f_r}). The averaging operators commute and their product is J; period R
 * ({@code log_{k+1} n} for powers of {@code k+1}). This is the paper's k-peer hyper-hypercube.
 *
 * <p><b>Other n</b> (in the spirit of the paper's simple Base-(k+1) graph; our own phase
 * schedule, proved exact below and checked numerically by the tests): write n in base
 * {@code b = k+1}, {@code n = Σ_l a_l b^{p_l}} with {@code p_0 > p_1 > …}, {@code 1 <= a_l <= k},
 * and split the nodes into consecutive groups {@code V_l} of size {@code a_l b^{p_l}}, each made of
 * {@code a_l} sub-blocks of size {@code b^{p_l}}. (1) Every group averages internally with the
 * mixed-radix rounds above. (2) For {@code j = 0..L−2}: each node of {@code R_j = V_{j+1} ∪ …}
 * (fewer than {@code b^{p_j}} nodes) is paired with one node of each sub-block of {@code V_j};
 * with {@code c_j = |V_j| / |V_j ∪ R_j|} the receiver keeps {@code 1 − c_j} and takes
 * {@code c_j/a_j} from each partner, the partner keeps {@code 1 − c_j/a_j}. By induction the
 * total of {@code R_j} becomes {@code |R_j|·μ} and each sub-block of {@code V_j} ends with total
 * {@code b^{p_j}·μ} (μ the global mean), and the last group holds μ. (3) From the round after its
 * step, each sub-block of {@code V_j} averages internally ({@code p_j} rounds of b-cliques), in
 * parallel with later steps. Period {@code <= 2⌊log_b n⌋ + 2}.
 *
 * <p>{@code O(n·k)} time and memory per {@link #mixing} call; matrices are built on demand.
 * Deterministic and immutable.
 */
public final class BaseKPlusOneTopology implements TimeVaryingTopology {
    /** Largest n accepted. */
    public static final int MAX_NODES = 1 << 26;

    private final int n;
    private final int k;
    /** Smooth case: the mixed-radix factors of n; null otherwise. */
    private final int[] factors;
    /** General case: group starts, sizes, leading digits a_l and exponents p_l. */
    private final int[] groupStart;
    private final int[] groupDigit;
    private final int[] groupExp;
    private final int phase1;
    private final int period;

    /**
     * @param n number of nodes, {@code >= 2}
     * @param k maximum degree per round, {@code >= 1}
     * @throws IllegalArgumentException if {@code n < 2}, {@code n > MAX_NODES} or {@code k < 1}
     */
    public BaseKPlusOneTopology(int n, int k) {
        if (n < 2 || n > MAX_NODES)
            throw new IllegalArgumentException("base-k-plus-one needs 2 <= n <= " + MAX_NODES + ", got n=" + n);
        if (k < 1) throw new IllegalArgumentException("base-k-plus-one needs k >= 1, got k=" + k);
        this.n = n;
        this.k = k;
        int b = (int) Math.min((long) k + 1, n);
        int[] smooth = smoothFactors(n, b);
        if (smooth != null) {
            factors = smooth;
            groupStart = groupDigit = groupExp = null;
            phase1 = 0;
            period = smooth.length;
            return;
        }
        factors = null;
        List<int[]> digits = new ArrayList<>();
        int rest = n;
        long power = 1;
        int exp = 0;
        while (power * b <= n) {
            power *= b;
            exp++;
        }
        for (; exp >= 0; exp--, power /= b) {
            int a = (int) (rest / power);
            if (a > 0) digits.add(new int[] {a, exp});
            rest -= (int) (a * power);
        }
        int groups = digits.size();
        groupStart = new int[groups + 1];
        groupDigit = new int[groups];
        groupExp = new int[groups];
        int maxPhase1 = 0;
        int steps = groups - 1;
        for (int l = 0; l < groups; l++) {
            groupDigit[l] = digits.get(l)[0];
            groupExp[l] = digits.get(l)[1];
            groupStart[l + 1] = groupStart[l] + groupDigit[l] * pow(b, groupExp[l]);
            maxPhase1 = Math.max(maxPhase1, blockFactors(l).length);
            if (l < groups - 1) steps = Math.max(steps, l + 1 + groupExp[l]);
        }
        phase1 = maxPhase1;
        period = phase1 + steps;
    }

    @Override
    public int numNodes() {
        return n;
    }

    @Override
    public int period() {
        return period;
    }

    /** The maximum degree k of each round. */
    public int maxDegree() {
        return k;
    }

    @Override
    public Graph graph(int round) {
        return SparseRows.supportGraph(mixing(round));
    }

    @Override
    public MixingMatrix mixing(int round) {
        if (round < 0) throw new IllegalArgumentException("round must be >= 0, got " + round);
        int t = round % period;
        SparseRows rows = new SparseRows(n);
        if (factors != null) {
            addDigitCliques(rows, 0, factors, t);
        } else if (t < phase1) {
            for (int l = 0; l < groupDigit.length; l++) {
                int[] f = blockFactors(l);
                if (t < f.length) addDigitCliques(rows, groupStart[l], f, t);
            }
        } else {
            int s = t - phase1;
            int last = groupDigit.length - 1;
            if (s < last) addExchange(rows, s);
            for (int j = 0; j < Math.min(s, last); j++) {
                int r = s - j - 1;
                if (r < groupExp[j]) {
                    int[] f = repeated(k + 1, groupExp[j]);
                    int block = pow(k + 1, groupExp[j]);
                    for (int sub = 0; sub < groupDigit[j]; sub++) addDigitCliques(rows, groupStart[j] + sub * block, f, r);
                }
            }
        }
        rows.fillEmptyRowsWithIdentity();
        return rows.toMatrix();
    }

    /** Step j of phase 2: receivers {@code R_j} exchange with one node of each sub-block of {@code V_j}. */
    private void addExchange(SparseRows rows, int j) {
        int a = groupDigit[j];
        int block = pow(k + 1, groupExp[j]);
        int groupSize = a * block;
        int receiversStart = groupStart[j + 1];
        int receivers = n - receiversStart;
        double c = (double) groupSize / (groupSize + receivers);
        double edge = c / a;
        for (int r = 0; r < receivers; r++) {
            int recv = receiversStart + r;
            rows.add(recv, recv, 1.0 - c);
            for (int sub = 0; sub < a; sub++) {
                int donor = groupStart[j] + sub * block + r;
                rows.add(recv, donor, edge);
                rows.add(donor, recv, edge);
                rows.add(donor, donor, 1.0 - edge);
            }
        }
    }

    /** Round {@code digit} of mixed-radix averaging over the block of {@code Π f} nodes at {@code start}. */
    private static void addDigitCliques(SparseRows rows, int start, int[] f, int digit) {
        int size = 1;
        for (int x : f) size *= x;
        int stride = 1;
        for (int i = 0; i < digit; i++) stride *= f[i];
        int radix = f[digit];
        double w = 1.0 / radix;
        for (int x = 0; x < size; x++) {
            int d = (x / stride) % radix;
            int base = x - d * stride;
            for (int e = 0; e < radix; e++) rows.add(start + x, start + base + e * stride, w);
        }
    }

    /** Mixed-radix factors of group l: {@code a_l} (if > 1) then {@code p_l} times {@code k+1}. */
    private int[] blockFactors(int l) {
        int a = groupDigit[l];
        int[] f = repeated(k + 1, groupExp[l] + (a > 1 ? 1 : 0));
        if (a > 1) f[0] = a;
        return f;
    }

    private static int[] repeated(int value, int count) {
        int[] f = new int[count];
        java.util.Arrays.fill(f, value);
        return f;
    }

    private static int pow(int b, int e) {
        long r = 1;
        for (int i = 0; i < e; i++) r *= b;
        return (int) r;
    }

    /** Factors {@code <= maxFactor} whose product is n, largest first, or null if n has a larger prime factor. */
    private static int[] smoothFactors(int n, int maxFactor) {
        List<Integer> f = new ArrayList<>();
        int rest = n;
        for (int x = maxFactor; x >= 2 && rest > 1; x--) {
            while (rest % x == 0) {
                f.add(x);
                rest /= x;
            }
        }
        if (rest != 1) return null;
        return f.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String toString() {
        return "base-k-plus-one(n=" + n + ", k=" + k + ")";
    }
}
