package io.dfloverlay.sim.partition;

import io.dfloverlay.core.generate.FisherYates;
import io.dfloverlay.sim.config.ConfigSyntax;
import io.dfloverlay.sim.config.PartitionConfig;
import io.dfloverlay.sim.data.ExampleGroups;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Splits {@code numExamples} training rows over {@code n} clients by a spec:
 * <ul>
 *   <li>{@code iid}: a random permutation cut into n near-equal parts;</li>
 *   <li>{@code dirichlet:ALPHA}: per class, client shares ~ Dirichlet(α·1) (Hsu, Qi and Brown 2019);
 *       small α gives strong label skew;</li>
 *   <li>{@code shards:K}: rows sorted by label, cut into n·K equal shards, K random shards per client
 *       (McMahan et al., AISTATS 2017);</li>
 *   <li>{@code unequal:SIGMA}: IID content, client sizes ∝ exp(σ·N(0,1)) (log-normal);</li>
 *   <li>{@code by-book}, {@code by-chapter}: a text's books (chapters) in order, whole, cut into n
 *       contiguous runs of near-equal size (deterministic; needs the groups of a text).</li>
 * </ul>
 * A client left empty (possible with Dirichlet) receives one row from the largest client. All
 * randomness comes from the passed generator; {@code O(numExamples + n·classes)}.
 */
public final class Partitioner {
    private Partitioner() {}

    /**
     * Partitions by {@code spec} in the short syntax of {@link ConfigSyntax#partition}.
     *
     * @param spec        e.g. {@code dirichlet:0.1}
     * @param numExamples training rows
     * @param labels      class labels, or null for regression data (then only iid/unequal are allowed)
     * @param numClasses  number of classes
     * @param n           number of clients
     * @param rng         all randomness of the split
     * @return each client's rows
     * @throws IllegalArgumentException on a bad spec, n &gt; numExamples, or a label-based spec without labels
     */
    public static Partition partition(String spec, int numExamples, int[] labels, int numClasses, int n, RandomGenerator rng) {
        return partition(ConfigSyntax.partition(spec), numExamples, labels, numClasses, n, rng);
    }

    /**
     * Partitions by a typed partition config.
     *
     * @param config      the partition
     * @param numExamples training rows
     * @param labels      class labels, or null for regression data (then only iid/unequal are allowed)
     * @param numClasses  number of classes
     * @param n           number of clients
     * @param rng         all randomness of the split
     * @return each client's rows
     * @throws IllegalArgumentException when n &gt; numExamples, or a label-based partition meets unlabelled data
     */
    public static Partition partition(PartitionConfig config, int numExamples, int[] labels, int numClasses, int n,
            RandomGenerator rng) {
        return partition(config, numExamples, labels, numClasses, null, n, rng);
    }

    /**
     * Partitions by a typed partition config, with a text's books and chapters for {@code by-book}
     * and {@code by-chapter}.
     *
     * @param config      the partition
     * @param numExamples training rows
     * @param labels      the labels of the label-based splits, or null for regression data
     * @param numClasses  number of distinct labels
     * @param groups      the book and chapter of every row of a text, or null
     * @param n           number of clients
     * @param rng         all randomness of the split
     * @return each client's rows
     * @throws IllegalArgumentException when n &gt; numExamples, a label-based partition meets unlabelled
     *                                  data, a book/chapter partition meets data without them, or n
     *                                  exceeds the books (chapters)
     */
    public static Partition partition(PartitionConfig config, int numExamples, int[] labels, int numClasses, ExampleGroups groups,
            int n, RandomGenerator rng) {
        if (n < 1) throw new IllegalArgumentException("need at least one client, got " + n);
        if (n > numExamples)
            throw new IllegalArgumentException("cannot split " + numExamples + " training examples over " + n + " clients");
        int[][] parts = switch (config) {
            case PartitionConfig.Iid i -> cut(permutation(numExamples, rng), equalSizes(numExamples, n));
            case PartitionConfig.Dirichlet dir -> dirichlet(labelsOrThrow("dirichlet", labels), numClasses, n, dir.alpha(), rng);
            case PartitionConfig.Shards sh -> shards(labelsOrThrow("shards", labels), n, sh.perClient(), rng);
            case PartitionConfig.Unequal u -> cut(permutation(numExamples, rng), logNormalSizes(numExamples, n, u.sigma(), rng));
            case PartitionConfig.ByBook b -> contiguous(groupsOrThrow(b, groups).book(), groups.books(), n, "books", b);
            case PartitionConfig.ByChapter c -> contiguous(groupsOrThrow(c, groups).chapter(), groups.chapters(), n, "chapters", c);
        };
        fillEmpty(parts);
        return new Partition(config.syntax(), parts);
    }

    /**
     * Groups 0..numGroups-1 (those with rows) in order, cut into n contiguous runs whose row counts
     * are near total·(i+1)/n at each cut; each run holds at least one non-empty group.
     */
    private static int[][] contiguous(int[] group, int numGroups, int n, String what, PartitionConfig config) {
        int[] count = new int[numGroups];
        for (int g : group) count[g]++;
        int[] present = java.util.stream.IntStream.range(0, numGroups).filter(g -> count[g] > 0).toArray();
        int k = present.length;
        if (n > k)
            throw new IllegalArgumentException("partition " + config.syntax() + ": " + k + " " + what + " cannot be split over " + n
                    + " clients (at most one client per " + what.substring(0, what.length() - 1) + ")");
        long[] cum = new long[k + 1];
        for (int i = 0; i < k; i++) cum[i + 1] = cum[i] + count[present[i]];
        int[] clientOf = new int[numGroups];
        int start = 0;
        for (int c = 0; c < n; c++) {
            int end = k;
            if (c < n - 1) {
                double target = (double) cum[k] * (c + 1) / n;
                end = start + 1;
                while (end < k - (n - c - 1) && Math.abs(cum[end + 1] - target) <= Math.abs(cum[end] - target)) end++;
            }
            for (int i = start; i < end; i++) clientOf[present[i]] = c;
            start = end;
        }
        int[] sizes = new int[n];
        for (int g : group) sizes[clientOf[g]]++;
        int[][] parts = new int[n][];
        for (int c = 0; c < n; c++) parts[c] = new int[sizes[c]];
        int[] fill = new int[n];
        for (int r = 0; r < group.length; r++) {
            int c = clientOf[group[r]];
            parts[c][fill[c]++] = r;
        }
        return parts;
    }

    private static ExampleGroups groupsOrThrow(PartitionConfig config, ExampleGroups groups) {
        if (groups == null)
            throw new IllegalArgumentException("partition " + config.syntax() + " needs a text with books and chapters (dataset kjv or kjv-sample)");
        return groups;
    }

    private static int[][] dirichlet(int[] labels, int classes, int n, double alpha, RandomGenerator rng) {
        List<List<Integer>> byClass = byClass(labels, classes, rng);
        int[] counts = new int[n];
        int[][] assignment = new int[classes][];
        for (int c = 0; c < classes; c++) {
            int size = byClass.get(c).size();
            double[] p = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                p[i] = gamma(alpha, rng);
                sum += p[i];
            }
            int[] cuts = new int[n + 1];
            double acc = 0;
            for (int i = 0; i < n; i++) {
                acc += p[i];
                cuts[i + 1] = sum > 0 ? (int) Math.round(size * Math.min(1.0, acc / sum)) : (i == n - 1 ? size : 0);
            }
            cuts[n] = size;
            assignment[c] = cuts;
            for (int i = 0; i < n; i++) counts[i] += cuts[i + 1] - cuts[i];
        }
        int[][] parts = new int[n][];
        int[] fill = new int[n];
        for (int i = 0; i < n; i++) parts[i] = new int[counts[i]];
        for (int c = 0; c < classes; c++) {
            List<Integer> rows = byClass.get(c);
            for (int i = 0; i < n; i++) {
                for (int k = assignment[c][i]; k < assignment[c][i + 1]; k++) parts[i][fill[i]++] = rows.get(k);
            }
        }
        return parts;
    }

    private static int[][] shards(int[] labels, int n, int k, RandomGenerator rng) {
        long numShards = (long) n * k;
        if (numShards > labels.length)
            throw new IllegalArgumentException("shards:" + k + " needs n*K <= examples, got n*K=" + numShards + " > " + labels.length);
        List<List<Integer>> byClass = byClass(labels, maxLabel(labels) + 1, rng);
        int[] sortedRows = new int[labels.length];
        int t = 0;
        for (List<Integer> rows : byClass) for (int r : rows) sortedRows[t++] = r;
        int[] shardOrder = permutation((int) numShards, rng);
        int[][] parts = new int[n][];
        for (int i = 0; i < n; i++) {
            int total = 0;
            for (int j = 0; j < k; j++) total += shardEnd(shardOrder[i * k + j], numShards, labels.length) - shardStart(shardOrder[i * k + j], numShards, labels.length);
            parts[i] = new int[total];
            int f = 0;
            for (int j = 0; j < k; j++) {
                int sh = shardOrder[i * k + j];
                for (int r = shardStart(sh, numShards, labels.length); r < shardEnd(sh, numShards, labels.length); r++) parts[i][f++] = sortedRows[r];
            }
        }
        return parts;
    }

    private static int shardStart(int s, long numShards, int total) {
        return (int) (s * (long) total / numShards);
    }

    private static int shardEnd(int s, long numShards, int total) {
        return (int) ((s + 1L) * total / numShards);
    }

    private static int[] logNormalSizes(int total, int n, double sigma, RandomGenerator rng) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = Math.exp(sigma * rng.nextGaussian());
            sum += w[i];
        }
        int[] sizes = new int[n];
        int rest = total - n;
        int given = 0;
        for (int i = 0; i < n; i++) {
            sizes[i] = 1 + (int) Math.floor(rest * w[i] / sum);
            given += sizes[i];
        }
        for (int i = 0; given < total; i = (i + 1) % n, given++) sizes[i]++;
        return sizes;
    }

    private static int[] equalSizes(int total, int n) {
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) sizes[i] = (int) ((i + 1L) * total / n - (long) i * total / n);
        return sizes;
    }

    private static int[][] cut(int[] rows, int[] sizes) {
        int[][] parts = new int[sizes.length][];
        int at = 0;
        for (int i = 0; i < sizes.length; i++) {
            parts[i] = Arrays.copyOfRange(rows, at, at + sizes[i]);
            at += sizes[i];
        }
        return parts;
    }

    /** Moves one row from the largest client into each empty client. */
    private static void fillEmpty(int[][] parts) {
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].length > 0) continue;
            int big = 0;
            for (int j = 1; j < parts.length; j++) if (parts[j].length > parts[big].length) big = j;
            int[] donor = parts[big];
            parts[i] = new int[] {donor[donor.length - 1]};
            parts[big] = Arrays.copyOf(donor, donor.length - 1);
        }
    }

    private static List<List<Integer>> byClass(int[] labels, int classes, RandomGenerator rng) {
        List<List<Integer>> byClass = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) byClass.add(new ArrayList<>());
        for (int r : permutation(labels.length, rng)) byClass.get(labels[r]).add(r);
        return byClass;
    }

    private static int maxLabel(int[] labels) {
        int m = 0;
        for (int y : labels) m = Math.max(m, y);
        return m;
    }

    static int[] permutation(int m, RandomGenerator rng) {
        return FisherYates.permutation(m, rng);
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang (2000), with the shape &lt; 1 boost. */
    static double gamma(double shape, RandomGenerator rng) {
        if (shape < 1) {
            double u = rng.nextDouble();
            return gamma(shape + 1, rng) * Math.pow(u <= 0 ? Double.MIN_VALUE : u, 1 / shape);
        }
        double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = rng.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) continue;
            v = v * v * v;
            double u = rng.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
        }
    }

    private static int[] labelsOrThrow(String kind, int[] labels) {
        if (labels == null) throw new IllegalArgumentException("partition " + kind + " needs a labelled (classification) dataset");
        return labels;
    }
}
