package io.dfloverlay.sim.data;

/**
 * A train/test pair with a description of where the data came from.
 *
 * @param train  training set (partitioned over clients)
 * @param test   held-out test set
 * @param source human-readable origin, e.g. {@code fashion-mnist full (60000/10000) from /usr/share/...}
 * @param optimum the known optimal parameters of a synthetic convex task (model layout), or null
 */
public record DataSplit(Dataset train, Dataset test, String source, float[] optimum) {
    /** Checks that train and test agree in shape. */
    public DataSplit {
        if (train.dim() != test.dim() || train.numClasses() != test.numClasses())
            throw new IllegalArgumentException("train and test sets differ in shape");
    }
}
