package io.dfloverlay.sim.data;

import java.util.random.RandomGenerator;

/** Resolves a dataset name of {@link io.dfloverlay.sim.config.DataConfig#dataset()} to data. */
public final class Datasets {
    private Datasets() {}

    /**
     * Loads {@code fashion-mnist} (see {@link FashionMnist#load}), {@code fashion-mnist-sample}
     * (always the embedded 4,000/1,000 sample, e.g. for quick reproducible runs) or generates a
     * synthetic task from {@code rng}.
     *
     * @param name dataset name
     * @param path explicit directory of {@code fashion-mnist}, or null/blank for the default location
     * @param rng  draws of a synthetic task
     * @return the train and test sets
     * @throws IllegalArgumentException for an unknown name or a missing explicit path
     */
    public static DataSplit load(String name, String path, RandomGenerator rng) {
        if ("fashion-mnist".equals(name)) return FashionMnist.load(path);
        if ("fashion-mnist-sample".equals(name)) return FashionMnist.loadEmbeddedSample();
        if (SyntheticTasks.isSynthetic(name)) return SyntheticTasks.create(name, rng);
        throw new IllegalArgumentException("unknown dataset '" + name + "' (expected fashion-mnist, fashion-mnist-sample, "
                + SyntheticTasks.LINEAR + ", " + SyntheticTasks.LOGISTIC + " or " + SyntheticTasks.MIXTURE + ")");
    }

    /**
     * Loads as {@link #load} and identifies the copy that was read (see {@link DataIdentity}).
     *
     * @param name dataset name
     * @param path explicit directory, or null/blank for the default location
     * @param rng  draws of a synthetic task
     * @return the data and its identity
     * @throws IllegalArgumentException for an unknown name or a missing explicit path
     */
    public static LoadedData loadIdentified(String name, String path, RandomGenerator rng) {
        DataSplit split = load(name, path, rng);
        if (SyntheticTasks.isSynthetic(name)) return new LoadedData(split, DataIdentity.of(DataIdentity.GENERATED, null, split));
        java.nio.file.Path dir = "fashion-mnist".equals(name) ? FashionMnist.resolveDirectory(path) : null;
        return dir == null
                ? new LoadedData(split, DataIdentity.of(DataIdentity.EMBEDDED_SAMPLE, null, split))
                : new LoadedData(split, DataIdentity.of(DataIdentity.FILES, dir.toAbsolutePath().normalize().toString(), split));
    }
}
