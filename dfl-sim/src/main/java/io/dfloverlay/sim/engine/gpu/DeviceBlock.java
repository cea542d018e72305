package io.dfloverlay.sim.engine.gpu;

import io.dfloverlay.sim.engine.ParameterBlock;
import io.dfloverlay.sim.model.ModelSpec;

/**
 * The {@code [n × p]} block of {@link DeviceEngine}: one device buffer, row-major, client i's flat
 * parameter vector (layer by layer, {@code W_l} row-major {@code [in × out]} then {@code b_l}) at
 * float {@code i·p}. Layer l of all clients is then a strided batch of matrices (stride p) for
 * cuBLAS, and the whole block is one {@code [n, p]} dense operand of the gossip's SpMM.
 */
final class DeviceBlock implements ParameterBlock {
    private final ModelSpec model;
    private final int rows;
    final DeviceEngine owner;
    final DeviceBuffer buffer;

    DeviceBlock(DeviceEngine owner, ModelSpec model, int rows, DeviceBuffer buffer) {
        this.owner = owner;
        this.model = model;
        this.rows = rows;
        this.buffer = buffer;
    }

    @Override
    public ModelSpec model() {
        return model;
    }

    @Override
    public int rows() {
        return rows;
    }

    /** Floats per row. */
    long width() {
        return model.numParameters();
    }

    /** Floats in the block. */
    long floats() {
        return rows * width();
    }
}
