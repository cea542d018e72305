package io.dfloverlay.sim.engine;

import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.sim.data.Dataset;
import io.dfloverlay.sim.model.ModelSpec;

/**
 * Batched linear algebra for D-SGD over all clients at once. Every operation acts on whole
 * {@code [n × p]} {@link ParameterBlock}s: one call does the work of all n clients (batched
 * matrix products, not a loop over client objects), so an implementation can keep everything on
 * one device. Implementations are deterministic: the same calls give bit-identical results.
 * Not thread-safe; one engine per simulation.
 */
public interface Engine extends AutoCloseable {
    /** One line naming the engine and its backend, e.g. {@code cpu (ND4J native, 2 threads, float32)}. */
    String description();

    /** Copies a dataset into engine memory. */
    DeviceData upload(Dataset data);

    /** A zero block of {@code rows} clients of {@code model}. */
    ParameterBlock allocate(ModelSpec model, int rows);

    /** Sets every row to {@code values} (length p). */
    void fillRows(ParameterBlock x, float[] values);

    /** Row {@code i} as a fresh host array of length p. */
    float[] row(ParameterBlock x, int i);

    /** Sets row {@code i}. */
    void setRow(ParameterBlock x, int i, float[] values);

    /** A new block whose row k is row {@code rows[k]} of {@code x} (rows may repeat). */
    ParameterBlock selectRows(ParameterBlock x, int[] rows);

    /** {@code dst ← src} (same shape). */
    void copy(ParameterBlock src, ParameterBlock dst);

    /** {@code y ← y + a·x} (same shape). */
    void axpy(float a, ParameterBlock x, ParameterBlock y);

    /**
     * Per-client minibatch gradients: row i of {@code grad} receives ∇ of client i's mean loss on
     * examples {@code batch[i·batchSize .. (i+1)·batchSize)} of {@code data} at row i of {@code x}.
     *
     * @param lossOut if non-null, receives the per-client minibatch loss (length rows)
     */
    void gradients(ParameterBlock x, DeviceData data, int[] batch, int batchSize, ParameterBlock grad, float[] lossOut);

    /**
     * SGD update per row: {@code g ← grad + wd·x}; with momentum {@code v ← m·v + g}, {@code x ← x − lr·v},
     * else {@code x ← x − lr·g}. {@code velocity} may be null when {@code momentum == 0}.
     */
    void sgdStep(ParameterBlock x, ParameterBlock grad, ParameterBlock velocity, float lr, float momentum, float weightDecay);

    /**
     * Sparse gossip {@code out ← W·in} over the CSR of W ({@code W.size() == rows}): row i of the
     * result is {@code Σ_j W_ij in_j} over the stored entries of row i only; cost {@code O(nnz(W)·p)}.
     */
    void gossip(MixingMatrix w, ParameterBlock in, ParameterBlock out);

    /**
     * One {@link #sgdStep} fused with {@link #gossip}: {@code out ← W·x'} where {@code x'} is x after
     * the step; {@code velocity} is updated as by sgdStep; afterwards x holds either its old values
     * or x' (unspecified: callers treat it as scratch). Gives the same result as sgdStep then gossip.
     * The default does exactly that; an engine overrides it to read x and grad only once.
     *
     * @param w        mixing matrix, {@code w.size() == x.rows()}
     * @param x        models before the step
     * @param grad     gradients at x
     * @param velocity momentum buffer, may be null when {@code momentum == 0}
     * @param lr       learning rate
     * @param momentum heavy-ball coefficient
     * @param weightDecay L2 coefficient added to the gradient
     * @param out      receives the mixed models (distinct from x)
     */
    default void sgdStepAndGossip(MixingMatrix w, ParameterBlock x, ParameterBlock grad, ParameterBlock velocity, float lr,
            float momentum, float weightDecay, ParameterBlock out) {
        sgdStep(x, grad, velocity, lr, momentum, weightDecay);
        gossip(w, x, out);
    }

    /** The average model x̄ = (1/n)Σ x_i as a one-row block. */
    ParameterBlock mean(ParameterBlock x);

    /** Consensus distance (1/n)Σ‖x_i − x̄‖², accumulated in double. */
    double consensusDistance(ParameterBlock x);

    /** Mean loss and accuracy of every row of {@code x} on all of {@code data}. */
    Evaluation evaluate(ParameterBlock x, DeviceData data);

    /** Releases engine resources (no-op for garbage-collected memory). */
    @Override
    void close();
}
