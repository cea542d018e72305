package io.dfloverlay.sim.engine;

import io.dfloverlay.sim.model.ModelSpec;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The {@code [n × p]} block of {@link CpuNd4jEngine}, stored as one contiguous float32 panel per
 * parameter tensor: {@code W_l} as {@code [n, in, out]} and {@code b_l} as {@code [n, 1, out]}
 * (c order), so each layer of all clients is one rank-3 operand of a batched matmul and each
 * client's slice of a panel is a contiguous run of floats for the gossip. The NIO views of the
 * panels and, per worker slot, one movable BLAS pointer per panel are made once, so the hot loops
 * of the engine allocate nothing.
 */
final class Nd4jParameterBlock implements ParameterBlock {
    private final ModelSpec model;
    private final int rows;
    /** W_0, b_0, W_1, b_1, ... */
    final INDArray[] tensors;
    /** Absolute-access float views of {@link #tensors} (shared; only absolute get/put are used). */
    final FloatBuffer[] buffers;
    /** {@code pointers[slot][t]}: a pointer into tensor t that worker slot {@code slot} repositions freely. */
    private FloatPointer[][] pointers = new FloatPointer[0][];

    Nd4jParameterBlock(ModelSpec model, int rows) {
        if (rows < 1) throw new IllegalArgumentException("a parameter block needs >= 1 row, got " + rows);
        this.model = model;
        this.rows = rows;
        int layers = model.numLayers();
        tensors = new INDArray[2 * layers];
        for (int l = 0; l < layers; l++) {
            tensors[2 * l] = Nd4j.create(DataType.FLOAT, rows, model.in(l), model.out(l));
            tensors[2 * l + 1] = Nd4j.create(DataType.FLOAT, rows, 1, model.out(l));
        }
        buffers = new FloatBuffer[tensors.length];
        for (int t = 0; t < tensors.length; t++) buffers[t] = tensors[t].data().asNioFloat();
    }

    /**
     * Per-slot BLAS pointers for {@code slots} worker slots, made on first use; call from the
     * dispatching thread before the workers start (not thread-safe).
     */
    FloatPointer[][] pointers(int slots) {
        if (pointers.length < slots) {
            FloatPointer[][] grown = java.util.Arrays.copyOf(pointers, slots);
            for (int s = pointers.length; s < slots; s++) {
                grown[s] = new FloatPointer[tensors.length];
                for (int t = 0; t < tensors.length; t++) grown[s][t] = new FloatPointer(tensors[t].data().addressPointer());
            }
            pointers = grown;
        }
        return pointers;
    }

    @Override
    public ModelSpec model() {
        return model;
    }

    @Override
    public int rows() {
        return rows;
    }

    INDArray weights(int l) {
        return tensors[2 * l];
    }

    INDArray bias(int l) {
        return tensors[2 * l + 1];
    }

    /** Floats per row of tensor {@code t}. */
    int width(int t) {
        int l = t / 2;
        return t % 2 == 0 ? model.in(l) * model.out(l) : model.out(l);
    }

    /** Offset of tensor {@code t}'s slice in the flat per-client vector. */
    int flatOffset(int t) {
        int l = t / 2;
        return (int) model.offset(l) + (t % 2 == 0 ? 0 : model.in(l) * model.out(l));
    }

    static Nd4jParameterBlock cast(ParameterBlock b, ModelSpec expected) {
        if (!(b instanceof Nd4jParameterBlock nb)) throw new IllegalArgumentException("block not allocated by the CPU engine");
        if (expected != null && !nb.model.equals(expected))
            throw new IllegalArgumentException("blocks of different models: " + nb.model + " vs " + expected);
        return nb;
    }
}
