package io.dfloverlay.sim.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Loads Fashion-MNIST (Xiao, Rasul and Vollgraf 2017; © Zalando SE, MIT license) from its four
 * IDX files: {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte},
 * {@code t10k-images-idx3-ubyte}, {@code t10k-labels-idx1-ubyte}, each plain or {@code .gz}.
 * Pixels are scaled to [0, 1].
 *
 * <p>Resolution ({@link #load(String)}): an explicit directory → that (missing → error telling how
 * to install Debian's {@code dataset-fashion-mnist}); else {@value #SYSTEM_DIR} if present → full
 * set; else the embedded sample (4,000 train / 1,000 test images, stratified: the first 400 / 100
 * images of each class in file order; regenerate with {@link FashionMnistSampleTool}).
 */
public final class FashionMnist {
    /** Where Debian's {@code dataset-fashion-mnist} package installs the files. */
    public static final String SYSTEM_DIR = "/usr/share/datasets/fashion-mnist";
    /** Class-path directory of the embedded sample. */
    public static final String SAMPLE_RESOURCE_DIR = "/io/dfloverlay/sim/data/fashion-mnist-sample/";
    static final String[] FILES = {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
        "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"};
    private static final int CLASSES = 10;

    private FashionMnist() {}

    /**
     * Loads by the resolution order above.
     *
     * @param directory explicit directory of the IDX files, or null/blank for the default
     * @return the train and test sets
     * @throws IllegalArgumentException if an explicit directory lacks a file (message names it and
     *                                  the install command)
     * @throws UncheckedIOException     on unreadable or malformed files
     */
    public static DataSplit load(String directory) {
        Path dir = resolveDirectory(directory);
        return dir != null ? loadDirectory(dir) : loadEmbeddedSample();
    }

    /**
     * The directory {@link #load(String)} reads for {@code directory}, or null for the embedded sample.
     *
     * @param directory explicit directory, or null/blank for the default
     * @return the explicit directory, else {@value #SYSTEM_DIR} when it holds the files, else null
     */
    public static Path resolveDirectory(String directory) {
        if (directory != null && !directory.isBlank()) return Path.of(directory);
        Path system = Path.of(SYSTEM_DIR);
        return Files.isDirectory(system) && findFile(system, FILES[0]) != null ? system : null;
    }

    /**
     * Loads the four files from {@code dir}.
     *
     * @param dir the directory holding the four IDX files (each optionally gzipped)
     * @return the train and test sets
     * @throws IllegalArgumentException if a file is missing (the message names it and the install command)
     * @throws UncheckedIOException     on unreadable or malformed files
     */
    public static DataSplit loadDirectory(Path dir) {
        IdxFiles.IdxArray[] arrays = new IdxFiles.IdxArray[4];
        for (int i = 0; i < 4; i++) {
            Path f = findFile(dir, FILES[i]);
            if (f == null)
                throw new IllegalArgumentException("Fashion-MNIST file " + dir.resolve(FILES[i]) + "[.gz] not found; install it with "
                        + "`apt-get install dataset-fashion-mnist` (files in " + SYSTEM_DIR + ") or pass the directory holding the 4 IDX files");
            try {
                arrays[i] = IdxFiles.read(f);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
            }
        }
        Dataset train = toDataset("fashion-mnist train", arrays[0], arrays[1]);
        Dataset test = toDataset("fashion-mnist test", arrays[2], arrays[3]);
        String kind = train.numExamples() == 60000 && test.numExamples() == 10000 ? "full" : "subset";
        return new DataSplit(train, test, "fashion-mnist " + kind + " (" + train.numExamples() + "/" + test.numExamples()
                + ") from " + dir.toAbsolutePath(), null);
    }

    /**
     * Loads the sample embedded in the jar.
     *
     * @return the train and test sets of the sample
     * @throws IllegalStateException if the sample is missing from the class path
     * @throws UncheckedIOException  if it cannot be read
     */
    public static DataSplit loadEmbeddedSample() {
        IdxFiles.IdxArray[] arrays = new IdxFiles.IdxArray[4];
        for (int i = 0; i < 4; i++) {
            String name = SAMPLE_RESOURCE_DIR + FILES[i] + ".gz";
            try (InputStream raw = FashionMnist.class.getResourceAsStream(name)) {
                if (raw == null) throw new IllegalStateException("embedded Fashion-MNIST sample missing from the class path: " + name);
                arrays[i] = IdxFiles.read(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16), name);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read embedded sample " + name + ": " + e.getMessage(), e);
            }
        }
        Dataset train = toDataset("fashion-mnist sample train", arrays[0], arrays[1]);
        Dataset test = toDataset("fashion-mnist sample test", arrays[2], arrays[3]);
        return new DataSplit(train, test, "embedded sample (" + train.numExamples() + "/" + test.numExamples() + ")", null);
    }

    static Path findFile(Path dir, String base) {
        for (String candidate : new String[] {base, base + ".gz", base.replace("-idx", ".idx"), base.replace("-idx", ".idx") + ".gz"}) {
            Path p = dir.resolve(candidate);
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    static Dataset toDataset(String name, IdxFiles.IdxArray images, IdxFiles.IdxArray labels) {
        if (images.count() != labels.count())
            throw new IllegalArgumentException(name + ": " + images.count() + " images but " + labels.count() + " labels");
        int n = images.count();
        int dim = images.itemSize();
        byte[] px = images.data();
        float[] features = new float[px.length];
        for (int i = 0; i < px.length; i++) features[i] = (px[i] & 0xff) * (1f / 255f);
        int[] y = new int[n];
        byte[] lb = labels.data();
        for (int i = 0; i < n; i++) y[i] = lb[i] & 0xff;
        return new Dataset(name, n, dim, CLASSES, features, y, null);
    }
}
