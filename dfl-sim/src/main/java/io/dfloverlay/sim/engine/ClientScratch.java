package io.dfloverlay.sim.engine;

import io.dfloverlay.sim.model.ModelSpec;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.FloatPointer;

/**
 * One worker slot's native scratch for a client's forward and backward pass: the activations
 * {@code A_0 = X} ({@code b × in_0}) and {@code A_{l+1} = Z_l} ({@code b × out_l}), and two
 * {@code b × max width} buffers for {@code dZ}/{@code dA}. Each buffer is a BLAS pointer plus an NIO
 * view of the same memory; two heap arrays of the same size and one of the widest layer's width
 * serve the element-wise loops. Made once per (model, batch size); not thread-safe (one per slot).
 */
final class ClientScratch {
    final ModelSpec model;
    final int batch;
    final FloatPointer[] act;
    final FloatBuffer[] actBuf;
    final FloatPointer[] delta = new FloatPointer[2];
    final FloatBuffer[] deltaBuf = new FloatBuffer[2];
    /** Heap copies of a {@code b × width} buffer for the element-wise loops, which C2 compiles to tight (often vector) code on arrays but not on direct buffers. */
    final float[] work, mask;
    /** Column sums ({@code db}) of one layer. */
    final float[] columnSums;

    ClientScratch(ModelSpec model, int batch) {
        this.model = model;
        this.batch = batch;
        int layers = model.numLayers();
        act = new FloatPointer[layers + 1];
        actBuf = new FloatBuffer[layers + 1];
        int widest = 0;
        for (int l = 0; l <= layers; l++) {
            int width = l == 0 ? model.in(0) : model.out(l - 1);
            widest = Math.max(widest, width);
            act[l] = new FloatPointer((long) batch * width);
            actBuf[l] = act[l].asBuffer();
        }
        for (int k = 0; k < 2; k++) {
            delta[k] = new FloatPointer((long) batch * widest);
            deltaBuf[k] = delta[k].asBuffer();
        }
        work = new float[batch * widest];
        mask = new float[batch * widest];
        columnSums = new float[widest];
    }

    boolean fits(ModelSpec m, int b) {
        return b == batch && m.equals(model);
    }
}
