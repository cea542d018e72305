package io.dfloverlay.sim.data;

import java.util.random.RandomGenerator;

/**
 * Small synthetic tasks for fast, exact checks. All draws come from the given generator.
 * <ul>
 *   <li>{@code synthetic-linear}: least squares, x ~ N(0, I_20), y = x·w* + b* without noise, so the
 *       optimum (w*, b*) is known exactly and attains zero loss (returned as {@link DataSplit#optimum},
 *       in the layout of a single-layer model: 20 weights then the bias); 2,000 train / 500 test.</li>
 *   <li>{@code synthetic-logistic}: binary classification, x ~ N(0, I_20), P(y = 1) = σ(x·w*) with a
 *       planted w* (||w*|| = 3); 2,000 train / 500 test.</li>
 *   <li>{@code gaussian-mixture}: 4 classes in 10 dimensions, class means ~ N(0, 4 I), unit
 *       covariance, balanced labels; 4,000 train / 1,000 test.</li>
 * </ul>
 */
public final class SyntheticTasks {
    /** Names accepted by {@link #create}. */
    public static final String LINEAR = "synthetic-linear", LOGISTIC = "synthetic-logistic", MIXTURE = "gaussian-mixture";

    private SyntheticTasks() {}

    /**
     * Whether {@code name} is a synthetic task.
     *
     * @param name a dataset name
     * @return whether it is one of {@link #LINEAR}, {@link #LOGISTIC} and {@link #MIXTURE}
     */
    public static boolean isSynthetic(String name) {
        return LINEAR.equals(name) || LOGISTIC.equals(name) || MIXTURE.equals(name);
    }

    /**
     * Generates the named task at the sizes listed above.
     *
     * @param name one of {@link #LINEAR}, {@link #LOGISTIC} and {@link #MIXTURE}
     * @param rng  the source of every draw
     * @return the train and test sets
     * @throws IllegalArgumentException for an unknown name
     */
    public static DataSplit create(String name, RandomGenerator rng) {
        return switch (name) {
            case LINEAR -> linear(rng, 20, 2000, 500);
            case LOGISTIC -> logistic(rng, 20, 2000, 500);
            case MIXTURE -> mixture(rng, 10, 4, 4000, 1000);
            default -> throw new IllegalArgumentException("unknown synthetic task '" + name + "' (expected "
                    + LINEAR + ", " + LOGISTIC + " or " + MIXTURE + ")");
        };
    }

    /**
     * Noise-free least squares in {@code dim} dimensions.
     *
     * @param rng   the source of every draw
     * @param dim   the feature dimension
     * @param train the number of training examples
     * @param test  the number of test examples
     * @return the train and test sets, with the optimum (weights then bias)
     */
    public static DataSplit linear(RandomGenerator rng, int dim, int train, int test) {
        float[] w = gaussian(rng, dim, 1.0);
        float b = (float) rng.nextGaussian();
        float[] optimum = java.util.Arrays.copyOf(w, dim + 1);
        optimum[dim] = b;
        return split(rng, LINEAR, dim, train, test, "dim " + dim + ", noise-free", optimum, (name, m, x) -> {
            float[] y = new float[m];
            for (int i = 0; i < m; i++) {
                double acc = b;
                for (int k = 0; k < dim; k++) acc += (double) x[i * dim + k] * w[k];
                y[i] = (float) acc;
            }
            return new Dataset(name, m, dim, 0, x, null, y);
        });
    }

    /**
     * Binary logistic task with a planted separator of norm about 3 (drawn from {@code N(0, (9/dim) I)}).
     *
     * @param rng   the source of every draw
     * @param dim   the feature dimension
     * @param train the number of training examples
     * @param test  the number of test examples
     * @return the train and test sets
     */
    public static DataSplit logistic(RandomGenerator rng, int dim, int train, int test) {
        float[] w = gaussian(rng, dim, 3.0 / Math.sqrt(dim));
        return split(rng, LOGISTIC, dim, train, test, "dim " + dim, null, (name, m, x) -> {
            int[] y = new int[m];
            for (int i = 0; i < m; i++) {
                double z = 0;
                for (int k = 0; k < dim; k++) z += (double) x[i * dim + k] * w[k];
                y[i] = rng.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
            }
            return new Dataset(name, m, dim, 2, x, y, null);
        });
    }

    /**
     * Balanced Gaussian mixture with {@code classes} unit-covariance components.
     *
     * @param rng     the source of every draw
     * @param dim     the feature dimension
     * @param classes the number of classes (components)
     * @param train   the number of training examples
     * @param test    the number of test examples
     * @return the train and test sets
     */
    public static DataSplit mixture(RandomGenerator rng, int dim, int classes, int train, int test) {
        float[] means = gaussian(rng, classes * dim, 2.0);
        return split(rng, MIXTURE, dim, train, test, classes + " classes, dim " + dim, null, (name, m, x) -> {
            int[] y = new int[m];
            for (int i = 0; i < m; i++) {
                y[i] = i % classes;
                for (int k = 0; k < dim; k++) x[i * dim + k] += means[y[i] * dim + k];
            }
            return new Dataset(name, m, dim, classes, x, y, null);
        });
    }

    /** Turns standard-normal features of {@code m} samples into a labelled set called {@code name}. */
    @FunctionalInterface
    private interface Labelling {
        Dataset label(String name, int m, float[] x);
    }

    /**
     * The train then test set of {@code task}: each draws {@code m × dim} standard-normal features
     * from {@code rng} and labels them (in that order, so the draws are those of one sequential loop).
     */
    private static DataSplit split(RandomGenerator rng, String task, int dim, int train, int test, String details,
            float[] optimum, Labelling labelling) {
        Dataset[] sets = new Dataset[2];
        for (int s = 0; s < 2; s++) {
            int m = s == 0 ? train : test;
            sets[s] = labelling.label(task + (s == 0 ? " train" : " test"), m, gaussian(rng, m * dim, 1.0));
        }
        return new DataSplit(sets[0], sets[1], task + " (" + train + "/" + test + ", " + details + ")", optimum);
    }

    private static float[] gaussian(RandomGenerator rng, int count, double scale) {
        float[] v = new float[count];
        for (int i = 0; i < count; i++) v[i] = (float) (scale * rng.nextGaussian());
        return v;
    }
}
