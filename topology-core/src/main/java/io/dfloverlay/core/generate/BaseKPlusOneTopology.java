package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A Base-(k+1) graph (Takezawa, Sato, Bao, Niwa and Yamada, "Beyond exponential graph:
 * communication-efficient topologies for decentralized learning via finite-time convergence",
 * NeurIPS 2023): a finite sequence of symmetric doubly-stochastic matrices, each round of maximum
 * degree at most k, whose product over one period is exactly {@code J = 11ᵀ/n} — every node
 * holds the exact average after {@link #period()} rounds, for any n.
 *
 * <p><b>Mixed-radix rounds</b> (the paper's k-peer hyper-hypercube), for n whose prime factors
 * are all {@code <= k+1}: write {@code n = f_0·f_1⋯f_{R−1}} with {@code 2 <= f_r <= k+1} and node
 * ids in mixed radix; round r averages each group of {@code f_r} nodes that differ only in digit r
 * (a clique, weights {@code 1/f_r}). These averaging operators commute and their product is J;
 * {@code log_{k+1} n} rounds for powers of {@code k+1}.
 *
 * <p><b>Digit-group schedule</b> for any m (in the spirit of the paper's simple Base-(k+1) graph;
 * our own phase schedule, proved here and checked numerically by the tests): write m in base
 * {@code b = k+1}, {@code m = Σ_l a_l b^{p_l}} with {@code p_0 > p_1 > …}, {@code 1 <= a_l <= k},
 * and split the nodes into consecutive groups {@code V_l} of size {@code a_l b^{p_l}}, each made of
 * {@code a_l} sub-blocks of size {@code b^{p_l}}. (1) Every group averages internally with
 * mixed-radix rounds. (2) For {@code j = 0..L−2}: each node of {@code R_j = V_{j+1} ∪ …} (fewer
 * than {@code b^{p_j}} nodes) is paired with one node of each sub-block of {@code V_j}; with
 * {@code c_j = |V_j| / |V_j ∪ R_j|} the receiver keeps {@code 1 − c_j} and takes {@code c_j/a_j}
 * from each partner, the partner keeps {@code 1 − c_j/a_j}. By induction the total of {@code R_j}
 * becomes {@code |R_j|·μ}, each sub-block of {@code V_j} ends with total {@code b^{p_j}·μ}
 * (μ the mean), and the last group holds μ. (3) From the round after its step, each sub-block of
 * {@code V_j} averages internally ({@code p_j} rounds of b-cliques), in parallel with later steps.
 * At most {@code 2⌊log_b m⌋ + 2} rounds.
 *
 * <p><b>Composition</b> (as in the paper's Base-(k+1) graph): with {@code n = s·r}, s the largest
 * divisor of n whose prime factors are {@code <= k+1}, the nodes form s consecutive blocks of r;
 * every block runs the digit-group schedule for r, then nodes at the same position of all blocks
 * run mixed-radix rounds over s. The shorter of this and the digit-group schedule for n itself is
 * used (the former is pure mixed radix when {@code r = 1}).
 *
 * <p>{@code O(n·k)} time and memory per {@link #mixing} call; matrices are built on demand.
 * Deterministic and immutable.
 */
public final class BaseKPlusOneTopology implements TimeVaryingTopology {
    /** Largest n accepted. */
    public static final int MAX_NODES = 1 << 26;

    private final int n;
    private final int k;
    /** Size of the blocks that run {@link #blockSchedule}; 1 when there is none. */
    private final int blockSize;
    /** Digit-group schedule of one block, or null when {@code blockSize == 1}. */
    private final DigitGroupSchedule blockSchedule;
    /** Mixed-radix factors across blocks (of {@code n / blockSize}). */
    private final int[] crossFactors;
    private final int period;

    /**
     * A Base-(k+1) schedule on {@code n} nodes.
     *
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
        int smooth = largestSmoothDivisor(n, b);
        int rest = n / smooth;
        DigitGroupSchedule composed = rest == 1 ? null : new DigitGroupSchedule(rest, b);
        int composedPeriod = (composed == null ? 0 : composed.period) + smoothFactors(smooth, b).length;
        DigitGroupSchedule direct = new DigitGroupSchedule(n, b);
        if (direct.period < composedPeriod) {
            blockSize = n;
            blockSchedule = direct;
            crossFactors = new int[0];
        } else {
            blockSize = rest;
            blockSchedule = composed;
            crossFactors = smoothFactors(smooth, b);
        }
        period = (blockSchedule == null ? 0 : blockSchedule.period) + crossFactors.length;
    }

    @Override
    public int numNodes() {
        return n;
    }

    @Override
    public int period() {
        return period;
    }

    /** {@return the maximum degree {@code k} of each round} */
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
        int blockRounds = blockSchedule == null ? 0 : blockSchedule.period;
        if (t < blockRounds) {
            for (int start = 0; start < n; start += blockSize) blockSchedule.addRound(rows, start, t);
        } else {
            int[] f = new int[crossFactors.length + 1];
            f[0] = blockSize;
            System.arraycopy(crossFactors, 0, f, 1, crossFactors.length);
            addDigitCliques(rows, 0, f, 1 + t - blockRounds);
        }
        rows.fillEmptyRowsWithIdentity();
        return rows.toMatrix();
    }

    /** The digit-group schedule on m consecutive nodes (see the class comment). */
    private static final class DigitGroupSchedule {
        private final int b;
        private final int[] groupStart;
        private final int[] groupDigit;
        private final int[] groupExp;
        private final int phase1;
        private final int period;

        DigitGroupSchedule(int m, int b) {
            this.b = b;
            List<int[]> digits = new ArrayList<>();
            long power = 1;
            int exp = 0;
            while (power * b <= m) {
                power *= b;
                exp++;
            }
            long rest = m;
            for (; exp >= 0; exp--, power /= b) {
                int a = (int) (rest / power);
                if (a > 0) digits.add(new int[] {a, exp});
                rest -= a * power;
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
                maxPhase1 = Math.max(maxPhase1, groupFactors(l).length);
                if (l < groups - 1) steps = Math.max(steps, l + 1 + groupExp[l]);
            }
            phase1 = maxPhase1;
            period = phase1 + steps;
        }

        /** Adds round t of the schedule for the block of nodes starting at {@code offset}. */
        void addRound(SparseRows rows, int offset, int t) {
            if (t < phase1) {
                for (int l = 0; l < groupDigit.length; l++) {
                    int[] f = groupFactors(l);
                    if (t < f.length) addDigitCliques(rows, offset + groupStart[l], f, t);
                }
                return;
            }
            int s = t - phase1;
            int last = groupDigit.length - 1;
            if (s < last) addExchange(rows, offset, s);
            for (int j = 0; j < Math.min(s, last); j++) {
                int r = s - j - 1;
                if (r < groupExp[j]) {
                    int[] f = repeated(b, groupExp[j]);
                    int block = pow(b, groupExp[j]);
                    for (int sub = 0; sub < groupDigit[j]; sub++) addDigitCliques(rows, offset + groupStart[j] + sub * block, f, r);
                }
            }
        }

        /** Step j of phase 2: receivers {@code R_j} exchange with one node of each sub-block of {@code V_j}. */
        private void addExchange(SparseRows rows, int offset, int j) {
            int a = groupDigit[j];
            int block = pow(b, groupExp[j]);
            int groupSize = a * block;
            int receiversStart = groupStart[j + 1];
            int receivers = groupStart[groupDigit.length] - receiversStart;
            double c = (double) groupSize / (groupSize + receivers);
            double edge = c / a;
            for (int r = 0; r < receivers; r++) {
                int recv = offset + receiversStart + r;
                rows.add(recv, recv, 1.0 - c);
                for (int sub = 0; sub < a; sub++) {
                    int donor = offset + groupStart[j] + sub * block + r;
                    rows.add(recv, donor, edge);
                    rows.add(donor, recv, edge);
                    rows.add(donor, donor, 1.0 - edge);
                }
            }
        }

        /** Mixed-radix factors of group l: {@code a_l} (if > 1) then {@code p_l} times b. */
        private int[] groupFactors(int l) {
            int a = groupDigit[l];
            int[] f = repeated(b, groupExp[l] + (a > 1 ? 1 : 0));
            if (a > 1) f[0] = a;
            return f;
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

    private static int[] repeated(int value, int count) {
        int[] f = new int[count];
        Arrays.fill(f, value);
        return f;
    }

    private static int pow(int b, int e) {
        long r = 1;
        for (int i = 0; i < e; i++) r *= b;
        return (int) r;
    }

    /** The largest divisor of n with all prime factors {@code <= maxFactor}. */
    private static int largestSmoothDivisor(int n, int maxFactor) {
        int rest = n;
        for (int x = 2; x <= maxFactor && rest > 1; x++) {
            while (rest % x == 0) rest /= x;
        }
        return n / rest;
    }

    /** Factors in {@code [2, maxFactor]} whose product is the {@code maxFactor}-smooth number s, largest first. */
    private static int[] smoothFactors(int s, int maxFactor) {
        List<Integer> f = new ArrayList<>();
        int rest = s;
        for (int x = maxFactor; x >= 2 && rest > 1; x--) {
            while (rest % x == 0) {
                f.add(x);
                rest /= x;
            }
        }
        return f.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String toString() {
        return "base-k-plus-one(n=" + n + ", k=" + k + ")";
    }
}
