package io.dfloverlay.sim.partition;

import io.dfloverlay.core.labelskew.LabelHistograms;
import java.util.Arrays;

/**
 * The training examples of each client: {@code indices(i)} are row numbers of the training set.
 * Every client holds at least one example; clients' sets are disjoint.
 *
 * @param spec    the partition spec that produced it, e.g. {@code dirichlet:0.5}
 * @param clients per-client example indices (copied)
 */
public record Partition(String spec, int[][] clients) {
    /** Validates non-empty shards and copies them. */
    public Partition {
        clients = clients.clone();
        for (int i = 0; i < clients.length; i++) {
            if (clients[i].length == 0) throw new IllegalArgumentException("client " + i + " has no examples");
            clients[i] = clients[i].clone();
        }
    }

    /** {@return the number of clients} */
    public int numClients() {
        return clients.length;
    }

    /**
     * Example indices of client {@code i}.
     *
     * @param i the client, in {@code [0, numClients())}
     * @return its training-set row numbers (a copy)
     */
    public int[] indices(int i) {
        return clients[i].clone();
    }

    /**
     * Number of examples of client {@code i}.
     *
     * @param i the client, in {@code [0, numClients())}
     * @return its number of examples, at least 1
     */
    public int size(int i) {
        return clients[i].length;
    }

    /**
     * Every client's label histogram, the input of data-aware topologies.
     *
     * @param labels the training labels
     * @param numClasses the number of classes
     * @return one row per client: its example count per class
     */
    public LabelHistograms labelHistograms(int[] labels, int numClasses) {
        double[][] h = new double[clients.length][numClasses];
        for (int i = 0; i < clients.length; i++) for (int idx : clients[i]) h[i][labels[idx]]++;
        return new LabelHistograms(h);
    }

    /**
     * One line describing the split: examples per client (min/median/max) and, for labelled data,
     * distinct classes per client (mean, min) and the mean share of each client's largest class.
     *
     * @param labels     the training labels, or null for unlabelled (regression) data
     * @param numClasses the number of classes, 0 for regression
     * @return the summary line
     */
    public String summary(int[] labels, int numClasses) {
        int n = clients.length;
        int[] sizes = new int[n];
        for (int i = 0; i < n; i++) sizes[i] = clients[i].length;
        int[] sorted = sizes.clone();
        Arrays.sort(sorted);
        StringBuilder sb = new StringBuilder();
        sb.append(spec).append(" over ").append(n).append(" clients: examples/client min ").append(sorted[0])
                .append(", median ").append(sorted[n / 2]).append(", max ").append(sorted[n - 1]);
        if (labels != null && numClasses > 0) {
            long classSum = 0;
            int classMin = Integer.MAX_VALUE;
            double shareSum = 0;
            int[] hist = new int[numClasses];
            for (int[] c : clients) {
                Arrays.fill(hist, 0);
                for (int idx : c) hist[labels[idx]]++;
                int present = 0, top = 0;
                for (int h : hist) {
                    if (h > 0) present++;
                    top = Math.max(top, h);
                }
                classSum += present;
                classMin = Math.min(classMin, present);
                shareSum += (double) top / c.length;
            }
            sb.append(String.format(java.util.Locale.ROOT, "; classes/client mean %.2f, min %d; largest-class share mean %.2f",
                    (double) classSum / n, classMin, shareSum / n));
        }
        return sb.toString();
    }
}
