package io.dfloverlay.sim.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Regenerates the embedded Fashion-MNIST sample: the first {@code perClassTrain} (400) training and
 * {@code perClassTest} (100) test images of each class in file order (stratified, deterministic),
 * written as gzip IDX files. One-off command, from the repository root after {@code mvn -pl dfl-sim -am package}:
 * <pre>
 * java -cp dfl-sim/target/classes io.dfloverlay.sim.data.FashionMnistSampleTool \
 *      /usr/share/datasets/fashion-mnist dfl-sim/src/main/resources/io/dfloverlay/sim/data/fashion-mnist-sample
 * </pre>
 */
public final class FashionMnistSampleTool {
    private FashionMnistSampleTool() {}

    /**
     * Writes the sample of 400 training and 100 test images per class; exits 2 on a wrong argument count.
     *
     * @param args the source directory, then the output directory
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: FashionMnistSampleTool SOURCE_DIR OUTPUT_DIR");
            System.exit(2);
        }
        writeSample(Path.of(args[0]), Path.of(args[1]), 400, 100);
    }

    /**
     * Writes the stratified sample of {@code source} to {@code out}.
     *
     * @param source        directory of the four Fashion-MNIST IDX files
     * @param out           output directory of the gzip IDX files
     * @param perClassTrain training images taken per class
     * @param perClassTest  test images taken per class
     * @throws IOException if a file cannot be read or written
     */
    public static void writeSample(Path source, Path out, int perClassTrain, int perClassTest) throws IOException {
        for (int part = 0; part < 2; part++) {
            IdxFiles.IdxArray images = IdxFiles.read(FashionMnist.findFile(source, FashionMnist.FILES[2 * part]));
            IdxFiles.IdxArray labels = IdxFiles.read(FashionMnist.findFile(source, FashionMnist.FILES[2 * part + 1]));
            int perClass = part == 0 ? perClassTrain : perClassTest;
            int size = images.itemSize();
            int[] taken = new int[256];
            byte[] outImages = new byte[10 * perClass * size];
            byte[] outLabels = new byte[10 * perClass];
            int k = 0;
            for (int i = 0; i < images.count() && k < outLabels.length; i++) {
                int y = labels.data()[i] & 0xff;
                if (taken[y] >= perClass) continue;
                taken[y]++;
                outLabels[k] = (byte) y;
                System.arraycopy(images.data(), i * size, outImages, k * size, size);
                k++;
            }
            if (k != outLabels.length) throw new IOException("source has fewer than " + perClass + " images of some class");
            int[] dims = images.dims().clone();
            dims[0] = k;
            IdxFiles.write(out.resolve(FashionMnist.FILES[2 * part] + ".gz"), dims, outImages, true);
            IdxFiles.write(out.resolve(FashionMnist.FILES[2 * part + 1] + ".gz"), new int[] {k}, outLabels, true);
        }
    }
}
