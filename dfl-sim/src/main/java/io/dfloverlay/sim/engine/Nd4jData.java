package io.dfloverlay.sim.engine;

import io.dfloverlay.sim.data.Dataset;
import io.dfloverlay.sim.model.ModelSpec;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A dataset copied into an ND4J {@code [m, dim]} float32 matrix (labels/targets stay on the heap).
 * For a model with a token-coded input ({@link ModelSpec#vocabulary()} &gt; 0) the rows hold token
 * indices and {@link #input} expands the rows it gathers into their one-hot codes.
 */
final class Nd4jData implements DeviceData {
    private final Dataset dataset;
    final INDArray features;
    /** Absolute-access view of {@link #features}. */
    final java.nio.FloatBuffer featureBuffer;
    /** The number of examples and the features per example. */
    final int rows, dim;

    Nd4jData(Dataset dataset) {
        this.dataset = dataset;
        this.features = Nd4j.create(dataset.features(), new long[] {dataset.numExamples(), dataset.dim()}, 'c');
        this.featureBuffer = features.data().asNioFloat();
        this.rows = dataset.numExamples();
        this.dim = dataset.dim();
    }

    @Override
    public Dataset dataset() {
        return dataset;
    }

    /**
     * The network input of {@code count} rows: rows {@code rows[0..count)} when {@code rows} is
     * non-null, else rows {@code start..start+count)}; the features, or for a token-coded model the
     * concatenated one-hot codes {@code [count, in(0)]}.
     */
    INDArray input(ModelSpec m, int[] rows, int start, int count) {
        if (m.vocabulary() == 0) {
            return rows != null ? Nd4j.pullRows(features, 1, rows)
                    : features.get(NDArrayIndex.interval(start, start + count), NDArrayIndex.all());
        }
        int width = m.in(0);
        float[] onehot = new float[Math.multiplyExact(count, width)];
        java.nio.FloatBuffer out = java.nio.FloatBuffer.wrap(onehot);
        for (int r = 0; r < count; r++) putOneHot(m, rows != null ? rows[r] : start + r, out, r * width);
        return Nd4j.create(onehot, new long[] {count, width}, 'c');
    }

    /**
     * Sets the ones of example {@code row}'s concatenated one-hot codes (token-coded model) at
     * {@code out[offset ..offset + in(0))}, which the caller has zeroed.
     *
     * @throws IllegalArgumentException if a token is not in {@code [0, vocabulary)}
     */
    void putOneHot(ModelSpec m, int row, java.nio.FloatBuffer out, int offset) {
        int v = m.vocabulary(), cols = dataset.dim();
        float[] ids = dataset.features();
        for (int k = 0; k < cols; k++) out.put(offset + k * v + token(ids[row * cols + k], v, row), 1f);
    }

    /**
     * {@code X·W} for rows {@code start..start+count)} and the first-layer weights {@code w}
     * {@code [in(0), out(0)]}; for a token-coded model the sum of the weight rows the one-hot codes
     * select (a gather, V times cheaper than the product), for plain features the product.
     */
    INDArray firstLayer(ModelSpec m, INDArray w, int start, int count) {
        if (m.vocabulary() == 0) return input(m, null, start, count).mmul(w);
        int v = m.vocabulary(), cols = dataset.dim(), out = m.out(0);
        float[] wv = w.dup('c').data().asFloat();
        float[] ids = dataset.features();
        float[] h = new float[Math.multiplyExact(count, out)];
        for (int r = 0; r < count; r++) {
            int row = start + r;
            for (int k = 0; k < cols; k++) {
                int from = (k * v + token(ids[row * cols + k], v, row)) * out;
                for (int j = 0; j < out; j++) h[r * out + j] += wv[from + j];
            }
        }
        return Nd4j.create(h, new long[] {count, out}, 'c');
    }

    private static int token(float id, int v, int row) {
        if (!(id >= 0 && id < v) || id != (int) id)
            throw new IllegalArgumentException("token index " + id + " of example " + row + " not in [0, " + v + ")");
        return (int) id;
    }

    static Nd4jData cast(DeviceData d) {
        if (!(d instanceof Nd4jData nd)) throw new IllegalArgumentException("data not uploaded to the CPU engine");
        return nd;
    }
}
