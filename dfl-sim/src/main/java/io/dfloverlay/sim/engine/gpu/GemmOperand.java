package io.dfloverlay.sim.engine.gpu;

/**
 * One matrix operand of a strided-batched GEMM: product q uses the column-major matrix starting at
 * float {@code offset + q·stride} of {@code buffer} with leading dimension {@code ld}.
 *
 * @param buffer device memory
 * @param offset first float of product 0
 * @param ld     leading dimension (floats between consecutive columns)
 * @param stride floats between consecutive products (0 reuses one matrix)
 */
public record GemmOperand(DeviceBuffer buffer, long offset, int ld, long stride) {
    /** Checks the offsets are non-negative. */
    public GemmOperand {
        if (buffer == null) throw new IllegalArgumentException("GEMM operand needs a buffer");
        if (offset < 0 || ld < 1 || stride < 0)
            throw new IllegalArgumentException("bad GEMM operand: offset " + offset + ", ld " + ld + ", stride " + stride);
    }
}
