package io.dfloverlay.sim.data;

/**
 * A train/test pair with a description of where the data came from.
 *
 * @param train  training set (partitioned over clients)
 * @param test   held-out test set
 * @param source human-readable origin, e.g. {@code fashion-mnist full (60000/10000) from /usr/share/...}
 * @param optimum the known optimal parameters of a synthetic convex task (model layout), or null
 * @param groups  the book and chapter of each training example of a text, or null
 */
public record DataSplit(Dataset train, Dataset test, String source, float[] optimum, ExampleGroups groups) {
    /** Checks that train and test agree in shape, and the groups cover the training set. */
    public DataSplit {
        if (train.dim() != test.dim() || train.numClasses() != test.numClasses())
            throw new IllegalArgumentException("train and test sets differ in shape");
        if (groups != null && groups.book().length != train.numExamples())
            throw new IllegalArgumentException("groups cover " + groups.book().length + " examples, the training set has " + train.numExamples());
    }

    /**
     * A split without groups.
     *
     * @param train   training set
     * @param test    test set
     * @param source  origin
     * @param optimum known optimum, or null
     */
    public DataSplit(Dataset train, Dataset test, String source, float[] optimum) {
        this(train, test, source, optimum, null);
    }
}
