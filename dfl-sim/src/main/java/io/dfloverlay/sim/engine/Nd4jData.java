package io.dfloverlay.sim.engine;

import io.dfloverlay.sim.data.Dataset;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A dataset copied into an ND4J {@code [m, dim]} float32 matrix (labels/targets stay on the heap). */
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

    static Nd4jData cast(DeviceData d) {
        if (!(d instanceof Nd4jData nd)) throw new IllegalArgumentException("data not uploaded to the CPU engine");
        return nd;
    }
}
