package io.dfloverlay.core.generate;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.graph.GraphBuilder;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The Lubotzky–Phillips–Sarnak Ramanujan graph {@code X^{p,q}} (Lubotzky, Phillips and Sarnak,
 * "Ramanujan graphs", Combinatorica 8, 1988; Davidoff, Sarnak and Valette, "Elementary Number
 * Theory, Group Theory and Ramanujan Graphs", 2003, ch. 4).
 *
 * <p>Construction: the {@code p + 1} integer solutions of {@code a0² + a1² + a2² + a3² = p} with
 * {@code a0 > 0} odd and {@code a1, a2, a3} even (Jacobi: exactly {@code p + 1} of them for
 * {@code p ≡ 1 mod 4}) are mapped to {@code PGL(2, q)} by
 * {@code α ↦ [[a0 + a1x − a3y, a2 + a1y + a3x], [−a2 + a1y + a3x, a0 − a1x + a3y]]} where
 * {@code x² + y² + 1 ≡ 0 (mod q)}; for {@code q ≡ 1 (mod 4)} we take {@code y = 0}, {@code x = i}
 * with {@code i² ≡ −1}, which is the textbook matrix {@code [[a0 + i a1, a2 + i a3],
 * [−a2 + i a3, a0 − i a1]]}. The set is closed under inverses (the conjugate quaternion), and the
 * graph is the Cayley graph ({@code g ~ g·s}) of the component of the identity: {@code PSL(2, q)}
 * when the Legendre symbol {@code (p/q) = 1} (non-bipartite, {@code n = q(q²−1)/2}) and
 * {@code PGL(2, q)} when {@code (p/q) = −1} (bipartite, {@code n = q(q²−1)}). Nodes are numbered in
 * breadth-first order from the identity.
 *
 * <p>Properties: connected, {@code (p+1)}-regular, and Ramanujan: every adjacency eigenvalue other
 * than {@code ±(p+1)} has modulus at most {@code 2√p}. Simplicity needs {@code q > 2√p}: two
 * generators equal in {@code PGL(2, q)} would be congruent up to sign modulo q, impossible when
 * their coordinates differ by less than q; no generator is scalar since {@code p} is not a square.
 * The result is still checked by {@link GraphBuilder#fromCsr}. In the bipartite case the two-sided
 * λ equals {@code p + 1}, so gossip on it needs lazy weights or the PSL case.
 *
 * <p>Cost: {@code O(n·p)} time; memory {@code 4(q³ + q²)} bytes for the element index plus the
 * graph. Deterministic (the random generator is ignored).
 */
public final class LpsGenerator implements GraphGenerator {
    /** Largest number of nodes accepted. */
    public static final long MAX_NODES = 20_000_000L;

    private final int p;
    private final int q;
    private final boolean bipartite;
    private final int n;

    /**
     * A generator of {@code X^{p,q}}.
     *
     * @param p odd prime with {@code p ≡ 1 (mod 4)}; the degree is {@code p + 1}
     * @param q odd prime different from p with {@code q > 2√p}
     * @throws IllegalArgumentException if p or q is not as required or n exceeds {@link #MAX_NODES}
     */
    public LpsGenerator(int p, int q) {
        if (!PrimeFields.isPrime(p) || p % 4 != 1)
            throw new IllegalArgumentException("lps needs p to be a prime with p = 1 mod 4, got p=" + p);
        if (!PrimeFields.isPrime(q) || q == 2)
            throw new IllegalArgumentException("lps needs q to be an odd prime, got q=" + q);
        if (p == q) throw new IllegalArgumentException("lps needs distinct primes p and q, got p=q=" + p);
        if ((long) q * q <= 4L * p)
            throw new IllegalArgumentException("lps needs q > 2*sqrt(p) for a simple graph, got p=" + p + ", q=" + q);
        if (q > 1000)
            throw new IllegalArgumentException("lps graph too large: q=" + q + " gives more than " + MAX_NODES + " nodes");
        this.bipartite = PrimeFields.legendre(p, q) == -1;
        long order = (long) q * ((long) q * q - 1);
        long nodes = bipartite ? order : order / 2;
        if (nodes > MAX_NODES)
            throw new IllegalArgumentException("lps graph too large: p=" + p + ", q=" + q + " gives n=" + nodes + " > " + MAX_NODES);
        if (nodes * (p + 1) > Integer.MAX_VALUE - 8)
            throw new IllegalArgumentException("lps graph too large: n*(p+1)=" + nodes * (p + 1) + " adjacency entries, p=" + p + ", q=" + q);
        this.p = p;
        this.q = q;
        this.n = (int) nodes;
    }

    /** {@return the number of nodes: {@code q(q²−1)/2} if {@code (p/q) = 1}, else {@code q(q²−1)}} */
    public int numNodes() {
        return n;
    }

    /** {@return whether the graph is bipartite (the {@code PGL(2, q)} case, {@code (p/q) = −1})} */
    public boolean isBipartite() {
        return bipartite;
    }

    /** {@return the degree {@code p + 1}} */
    public int degree() {
        return p + 1;
    }

    @Override
    public Graph generate(RandomGenerator rng) {
        int[][] gens = generatorMatrices();
        int d = gens.length;
        long q2 = (long) q * q;
        int keySpace = (int) (q2 * q + q2);
        int[] index = new int[keySpace];
        Arrays.fill(index, -1);
        int[] keyOf = new int[n];
        int[] adj = new int[n * d];
        int[] inv = new int[q];
        for (int a = 1; a < q; a++) inv[a] = (int) PrimeFields.inverse(a, q);

        int size = 0;
        int identity = 1; // a = 1, b = c = 0, d = 1
        index[identity] = size;
        keyOf[size++] = identity;
        int[] m = new int[4];
        for (int u = 0; u < size; u++) {
            decode(keyOf[u], m);
            for (int t = 0; t < d; t++) {
                int[] s = gens[t];
                int key = normalizedKey(
                        (m[0] * s[0] + m[1] * s[2]) % q, (m[0] * s[1] + m[1] * s[3]) % q,
                        (m[2] * s[0] + m[3] * s[2]) % q, (m[2] * s[1] + m[3] * s[3]) % q, inv);
                int v = index[key];
                if (v < 0) {
                    if (size == n)
                        throw new IllegalStateException("lps(p=" + p + ", q=" + q + ") component exceeds the expected " + n + " nodes");
                    v = size;
                    index[key] = v;
                    keyOf[size++] = key;
                }
                adj[u * d + t] = v;
            }
        }
        if (size != n)
            throw new IllegalStateException("lps(p=" + p + ", q=" + q + ") component has " + size + " nodes, expected " + n);
        int[] offsets = new int[n + 1];
        for (int u = 0; u < n; u++) {
            offsets[u + 1] = (u + 1) * d;
            Arrays.sort(adj, u * d, (u + 1) * d);
        }
        return GraphBuilder.fromCsr(offsets, adj);
    }

    /** The {@code p + 1} generator matrices {@code (a, b, c, d)} with entries in {@code [0, q)}. */
    int[][] generatorMatrices() {
        long[] xy = sumOfTwoSquaresIsMinusOne();
        long x = xy[0], y = xy[1];
        int[][] gens = new int[p + 1][];
        int count = 0;
        int r = (int) Math.sqrt(p);
        for (int a0 = 1; a0 <= r; a0 += 2) {
            for (int a1 = -r - (r & 1); a1 <= r; a1 += 2) {
                for (int a2 = -r - (r & 1); a2 <= r; a2 += 2) {
                    long rest = (long) p - (long) a0 * a0 - (long) a1 * a1 - (long) a2 * a2;
                    if (rest < 0) continue;
                    int a3 = (int) Math.round(Math.sqrt(rest));
                    if ((long) a3 * a3 != rest || (a3 & 1) != 0) continue;
                    for (int sign = a3 == 0 ? 1 : -1; sign <= 1; sign += 2) {
                        int b3 = sign * a3;
                        if (count == gens.length)
                            throw new IllegalStateException("more than p+1 four-square solutions for p=" + p);
                        gens[count++] = new int[] {
                            mod(a0 + a1 * x - b3 * y), mod(a2 + a1 * y + b3 * x),
                            mod(-a2 + a1 * y + b3 * x), mod(a0 - a1 * x + b3 * y)};
                    }
                }
            }
        }
        if (count != p + 1) throw new IllegalStateException("found " + count + " four-square solutions for p=" + p + ", expected " + (p + 1));
        return gens;
    }

    /** Some {@code (x, y)} with {@code x² + y² ≡ −1 (mod q)}, preferring {@code y = 0}. */
    private long[] sumOfTwoSquaresIsMinusOne() {
        for (long y = 0; y < q; y++) {
            for (long x = 0; x < q; x++) {
                if ((x * x + y * y + 1) % q == 0) return new long[] {x, y};
            }
        }
        throw new IllegalStateException("no x, y with x^2 + y^2 = -1 mod " + q);
    }

    private int mod(long v) {
        return (int) Math.floorMod(v, (long) q);
    }

    /** Key of the projective class of {@code [[a, b], [c, d]]}: scaled so the first non-zero entry is 1. */
    private int normalizedKey(int a, int b, int c, int d, int[] inv) {
        if (a != 0) {
            int s = inv[a];
            return ((b * s % q) * q + c * s % q) * q + d * s % q;
        }
        int s = inv[b];
        return q * q * q + (c * s % q) * q + d * s % q;
    }

    private void decode(int key, int[] m) {
        int q3 = q * q * q;
        if (key < q3) {
            m[0] = 1;
            m[1] = key / (q * q);
            m[2] = (key / q) % q;
        } else {
            key -= q3;
            m[0] = 0;
            m[1] = 1;
            m[2] = key / q;
        }
        m[3] = key % q;
    }

    @Override
    public String toString() {
        return "lps(p=" + p + ", q=" + q + ")";
    }
}
