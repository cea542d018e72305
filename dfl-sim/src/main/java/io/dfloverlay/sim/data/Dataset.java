package io.dfloverlay.sim.data;

/**
 * An in-memory supervised dataset: {@code numExamples} rows of {@code dim} float features
 * (row-major in {@code features}) with either class labels in {@code 0..numClasses-1}
 * (classification) or real targets (regression, {@code numClasses == 0}, {@code labels == null}).
 * Arrays are not copied (datasets are large); treat them as read-only.
 *
 * @param name        short description, e.g. {@code fashion-mnist train}
 * @param numExamples number of rows
 * @param dim         features per row
 * @param numClasses  number of classes, or 0 for regression
 * @param features    {@code numExamples * dim} floats
 * @param labels      class labels (classification) or null
 * @param targets     regression targets or null
 */
public record Dataset(String name, int numExamples, int dim, int numClasses, float[] features, int[] labels,
        float[] targets) {

    /** Validates shapes. */
    public Dataset {
        if (numExamples < 1 || dim < 1) throw new IllegalArgumentException("dataset " + name + " is empty: " + numExamples + " x " + dim);
        if ((long) numExamples * dim != features.length)
            throw new IllegalArgumentException("features length " + features.length + " != " + numExamples + " * " + dim);
        if (numClasses > 0) {
            if (labels == null || labels.length != numExamples)
                throw new IllegalArgumentException("labels must have " + numExamples + " entries");
            for (int i = 0; i < numExamples; i++) {
                if (labels[i] < 0 || labels[i] >= numClasses)
                    throw new IllegalArgumentException("label " + labels[i] + " of example " + i + " not in [0, " + numClasses + ")");
            }
        } else if (targets == null || targets.length != numExamples) {
            throw new IllegalArgumentException("regression targets must have " + numExamples + " entries");
        }
    }

    /** {@return whether this is a classification dataset (it has labels, not regression targets)} */
    public boolean isClassification() {
        return numClasses > 0;
    }

    /**
     * The first {@code count} rows (a copy), e.g. for a fixed evaluation subset.
     *
     * @param count the number of rows, at least 0
     * @return the first {@code count} rows, or this dataset itself if it has no more than {@code count}
     */
    public Dataset head(int count) {
        if (count >= numExamples) return this;
        float[] f = java.util.Arrays.copyOf(features, count * dim);
        return new Dataset(name, count, dim, numClasses, f,
                labels == null ? null : java.util.Arrays.copyOf(labels, count),
                targets == null ? null : java.util.Arrays.copyOf(targets, count));
    }
}
