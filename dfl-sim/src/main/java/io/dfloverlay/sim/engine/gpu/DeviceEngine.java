package io.dfloverlay.sim.engine.gpu;

import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.sim.data.Dataset;
import io.dfloverlay.sim.engine.DeviceData;
import io.dfloverlay.sim.engine.Engine;
import io.dfloverlay.sim.engine.Evaluation;
import io.dfloverlay.sim.engine.ParameterBlock;
import io.dfloverlay.sim.model.ModelSpec;
import java.lang.ref.Cleaner;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The simulator's {@link Engine} written once against a {@link Device}: on the CUDA device it is
 * the GPU engine, on {@link JavaDevice} its testable twin. Blocks are {@code [n × p]} row-major
 * device buffers ({@link DeviceBlock}); training data stays on the device after {@link #upload};
 * per local step only the minibatch indices go host to device, and only the metrics asked for
 * come back. Gossip is the CSR product {@code W·X} over the whole block at once. A block no longer
 * reachable is freed at the engine's next allocation (a cleaner queues it; the device is only used
 * from the engine's thread); {@link #close} frees everything. Not thread-safe.
 */
public final class DeviceEngine implements Engine {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final int SUM_CHUNK = 4096;
    private final Device device;
    private final Traffic traffic = new Traffic();
    private final DeviceNetwork network;
    private final ConcurrentLinkedQueue<DeviceBuffer> unreachable = new ConcurrentLinkedQueue<>();
    private DeviceCsr gossipCsr;
    private MixingMatrix gossipKey;

    /**
     * An engine on {@code device}; the engine owns the device and closes it.
     *
     * @param device where the work runs
     */
    public DeviceEngine(Device device) {
        this.device = device;
        this.network = new DeviceNetwork(device, traffic);
    }

    /**
     * The device the engine runs on.
     *
     * @return the device
     */
    public Device device() {
        return device;
    }

    /**
     * Nominal memory traffic of everything issued so far (see {@link Traffic}).
     *
     * @return the counter
     */
    public Traffic traffic() {
        return traffic;
    }

    @Override
    public String description() {
        return "gpu engine on " + device.description() + ", float32";
    }

    @Override
    public DeviceData upload(Dataset data) {
        return new DeviceDataset(this, device, data);
    }

    @Override
    public ParameterBlock allocate(ModelSpec model, int rows) {
        if (rows < 1) throw new IllegalArgumentException("a parameter block needs >= 1 row, got " + rows);
        if (model.vocabulary() > 0)
            throw new IllegalArgumentException("the GPU engine does not run token-coded models (" + model + ") yet; use --engine cpu");
        freeUnreachable();
        DeviceBuffer buf = device.allocate(4L * rows * model.numParameters());
        DeviceBlock b = new DeviceBlock(this, model, rows, buf);
        ConcurrentLinkedQueue<DeviceBuffer> queue = unreachable; // the action must hold neither the block nor the engine
        CLEANER.register(b, () -> queue.add(buf));
        return b;
    }

    private void freeUnreachable() {
        for (DeviceBuffer b; (b = unreachable.poll()) != null; ) b.close();
    }

    private DeviceBlock cast(ParameterBlock b, ModelSpec expected) {
        if (!(b instanceof DeviceBlock db) || db.owner != this) throw new IllegalArgumentException("block not allocated by this GPU engine");
        if (expected != null && !db.model().equals(expected))
            throw new IllegalArgumentException("blocks of different models: " + db.model() + " vs " + expected);
        return db;
    }

    private DeviceDataset cast(DeviceData d) {
        if (!(d instanceof DeviceDataset dd) || dd.owner != this) throw new IllegalArgumentException("data not uploaded to this GPU engine");
        return dd;
    }

    private static void checkRow(DeviceBlock b, int i) {
        if (i < 0 || i >= b.rows()) throw new IndexOutOfBoundsException("row " + i + " not in [0, " + b.rows() + ")");
    }

    private static void checkLength(DeviceBlock b, float[] values) {
        if (values.length != b.width()) throw new IllegalArgumentException("expected " + b.width() + " parameters, got " + values.length);
    }

    @Override
    public void fillRows(ParameterBlock x, float[] values) {
        DeviceBlock b = cast(x, null);
        checkLength(b, values);
        long p = b.width();
        device.copyIn(values, 0, b.buffer, 0, values.length);
        // doubling: rows [0, k) to [k, 2k)
        for (long k = 1; k < b.rows(); k *= 2) device.copy(b.buffer, 0, b.buffer, k * p, Math.min(k, b.rows() - k) * p);
    }

    @Override
    public float[] row(ParameterBlock x, int i) {
        DeviceBlock b = cast(x, null);
        checkRow(b, i);
        float[] out = new float[(int) b.width()];
        device.copyOut(b.buffer, i * b.width(), out, 0, out.length);
        return out;
    }

    @Override
    public void setRow(ParameterBlock x, int i, float[] values) {
        DeviceBlock b = cast(x, null);
        checkRow(b, i);
        checkLength(b, values);
        device.copyIn(values, 0, b.buffer, i * b.width(), values.length);
    }

    @Override
    public ParameterBlock selectRows(ParameterBlock x, int[] rows) {
        DeviceBlock b = cast(x, null);
        for (int r : rows) checkRow(b, r);
        DeviceBlock out = (DeviceBlock) allocate(b.model(), rows.length);
        long p = b.width();
        for (int k = 0; k < rows.length; k++) device.copy(b.buffer, rows[k] * p, out.buffer, k * p, p);
        return out;
    }

    @Override
    public void copy(ParameterBlock src, ParameterBlock dst) {
        DeviceBlock s = cast(src, null);
        DeviceBlock d = cast(dst, s.model());
        s.requireSameShape(d);
        if (s != d) device.copy(s.buffer, 0, d.buffer, 0, s.floats());
        traffic.floats(2 * s.floats());
    }

    @Override
    public void axpy(float a, ParameterBlock x, ParameterBlock y) {
        DeviceBlock bx = cast(x, null);
        DeviceBlock by = cast(y, bx.model());
        bx.requireSameShape(by);
        device.axpy(a, bx.buffer, by.buffer, bx.floats());
        traffic.floats(3 * bx.floats());
    }

    @Override
    public void gradients(ParameterBlock x, DeviceData data, int[] batch, int batchSize, ParameterBlock grad, float[] lossOut) {
        DeviceBlock bx = cast(x, null);
        DeviceBlock bg = cast(grad, bx.model());
        bx.requireSameShape(bg);
        network.gradients(bx, cast(data), batch, batchSize, bg, lossOut);
    }

    @Override
    public void sgdStep(ParameterBlock x, ParameterBlock grad, ParameterBlock velocity, float lr, float momentum, float weightDecay) {
        DeviceBlock bx = cast(x, null);
        DeviceBlock bg = cast(grad, bx.model());
        bx.requireSameShape(bg);
        DeviceBlock bv = null;
        if (momentum != 0) {
            if (velocity == null) throw new IllegalArgumentException("momentum " + momentum + " needs a velocity block");
            bv = cast(velocity, bx.model());
            bx.requireSameShape(bv);
        }
        device.sgdStep(bx.buffer, bg.buffer, bv == null ? null : bv.buffer, bx.floats(), new float[] {lr, momentum, weightDecay});
        traffic.floats(bx.floats() * (3 + (weightDecay != 0 ? 1 : 0) + (bv != null ? 2 : 0)));
    }

    @Override
    public void gossip(MixingMatrix w, ParameterBlock in, ParameterBlock out) {
        DeviceBlock bi = cast(in, null);
        DeviceBlock bo = cast(out, bi.model());
        bi.requireSameShape(bo);
        if (w.size() != bi.rows()) throw new IllegalArgumentException("mixing matrix is " + w.size() + " x " + w.size() + " but the block has " + bi.rows() + " rows");
        if (bi == bo) throw new IllegalArgumentException("gossip needs distinct input and output blocks");
        if (gossipKey != w) {
            if (gossipCsr != null) gossipCsr.close();
            gossipCsr = null;
            gossipCsr = device.uploadCsr(w);
            gossipKey = w;
        }
        device.csrGossip(gossipCsr, bi.buffer, bo.buffer, bi.width());
        traffic.floats(2 * bi.floats() + 2L * w.numStored());
    }

    @Override
    public ParameterBlock mean(ParameterBlock x) {
        DeviceBlock b = cast(x, null);
        DeviceBlock out = (DeviceBlock) allocate(b.model(), 1);
        device.columnMean(out.buffer, b.buffer, b.rows(), b.width());
        traffic.floats(b.floats() + b.width());
        return out;
    }

    @Override
    public double consensusDistance(ParameterBlock x) {
        DeviceBlock b = cast(x, null);
        long p = b.width();
        int chunks = (int) ((p + SUM_CHUNK - 1) / SUM_CHUNK);
        try (DeviceBuffer dev = device.allocate(8 * p); DeviceBuffer part = device.allocate(8L * chunks)) {
            device.columnSquaredDeviation(dev, b.buffer, b.rows(), p);
            device.sumChunksF64(part, dev, p, SUM_CHUNK);
            traffic.floats(2 * b.floats() + 4 * p);
            double[] partial = new double[chunks];
            device.copyOut(part, 0, partial, 0, chunks);
            double total = 0;
            for (double s : partial) total += s;
            return total / b.rows();
        }
    }

    @Override
    public Evaluation evaluate(ParameterBlock x, DeviceData data) {
        return network.evaluate(cast(x, null), cast(data));
    }

    /** Frees the work buffers, the cached mixing matrix and the device (with every buffer still open on it). */
    @Override
    public void close() {
        try {
            network.close();
            if (gossipCsr != null) gossipCsr.close();
            gossipCsr = null;
            gossipKey = null;
            freeUnreachable();
        } finally {
            device.close();
        }
    }
}
