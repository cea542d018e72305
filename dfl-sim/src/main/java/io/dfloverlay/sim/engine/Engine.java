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
    /** {@return one line naming the engine and its backend, e.g. {@code cpu (ND4J native, 2 threads, float32)}} */
    String description();

    /**
     * Copies a dataset into engine memory.
     *
     * @param data the host dataset
     * @return its copy in engine memory
     */
    DeviceData upload(Dataset data);

    /**
     * A zero block of {@code rows} clients of {@code model}.
     *
     * @param model the model
     * @param rows  the number of clients
     * @return the new block, all zeros
     */
    ParameterBlock allocate(ModelSpec model, int rows);

    /**
     * Sets every row to {@code values}.
     *
     * @param x      the block
     * @param values the parameters, length p
     */
    void fillRows(ParameterBlock x, float[] values);

    /**
     * Row {@code i} as a fresh host array.
     *
     * @param x the block
     * @param i the row
     * @return its parameters, length p
     */
    float[] row(ParameterBlock x, int i);

    /**
     * Sets row {@code i}.
     *
     * @param x      the block
     * @param i      the row
     * @param values the parameters, length p
     */
    void setRow(ParameterBlock x, int i, float[] values);

    /**
     * A new block whose row k is row {@code rows[k]} of {@code x} (rows may repeat).
     *
     * @param x    the source block
     * @param rows source row of each new row
     * @return the new block, of {@code rows.length} rows
     */
    ParameterBlock selectRows(ParameterBlock x, int[] rows);

    /**
     * {@code dst ← src} (same shape).
     *
     * @param src the source block
     * @param dst the destination block
     */
    void copy(ParameterBlock src, ParameterBlock dst);

    /**
     * {@code y ← y + a·x} (same shape).
     *
     * @param a the factor
     * @param x the block added
     * @param y the block updated
     */
    void axpy(float a, ParameterBlock x, ParameterBlock y);

    /**
     * Per-client minibatch gradients: row i of {@code grad} receives ∇ of client i's mean loss on
     * examples {@code batch[i·batchSize .. (i+1)·batchSize)} of {@code data} at row i of {@code x}.
     *
     * @param x         the models, one row per client
     * @param data      the training data
     * @param batch     example indices into {@code data}, {@code batchSize} per client in row order
     * @param batchSize examples per client
     * @param grad      receives the gradients (same shape as {@code x})
     * @param lossOut if non-null, receives the per-client minibatch loss (length rows)
     */
    void gradients(ParameterBlock x, DeviceData data, int[] batch, int batchSize, ParameterBlock grad, float[] lossOut);

    /**
     * One plain SGD step of every client on its minibatch, in place: {@code x_i ← x_i − lr·∇F_i(x_i)}
     * on examples {@code batch[i·batchSize .. (i+1)·batchSize)} (no momentum, no weight decay). The
     * default is {@link #gradients} into {@code grad} then {@link #sgdStep}; an engine may override it
     * to apply the step while the gradient is formed, which may round the step of some parameters
     * once instead of twice (its javadoc says which), never depending on anything but the inputs.
     *
     * @param x         the models, updated
     * @param data      the training data
     * @param batch     example indices into {@code data}, {@code batchSize} per client in row order
     * @param batchSize examples per client
     * @param lr        the learning rate
     * @param grad      scratch the default uses for the gradients (same shape as x); its contents afterwards are unspecified
     */
    default void gradientStep(ParameterBlock x, DeviceData data, int[] batch, int batchSize, float lr, ParameterBlock grad) {
        gradients(x, data, batch, batchSize, grad, null);
        sgdStep(x, grad, null, lr, 0f, 0f);
    }

    /**
     * SGD update per row: {@code g ← grad + wd·x}; with momentum {@code v ← m·v + g}, {@code x ← x − lr·v},
     * else {@code x ← x − lr·g}. {@code velocity} may be null when {@code momentum == 0}.
     *
     * @param x           the models, updated
     * @param grad        the gradients (same shape)
     * @param velocity    the momentum buffer, updated (same shape), or null without momentum
     * @param lr          the learning rate
     * @param momentum    the heavy-ball momentum m, 0 for none
     * @param weightDecay the weight decay wd, 0 for none
     */
    void sgdStep(ParameterBlock x, ParameterBlock grad, ParameterBlock velocity, float lr, float momentum, float weightDecay);

    /**
     * Sparse gossip {@code out ← W·in} over the CSR of W ({@code W.size() == rows}): row i of the
     * result is {@code Σ_j W_ij in_j} over the stored entries of row i only; cost {@code O(nnz(W)·p)}.
     *
     * @param w   the mixing matrix, of size {@code in.rows()}
     * @param in  the models before gossip
     * @param out receives the models after gossip (same shape, a different block)
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

    /**
     * The average model x̄ = (1/n)Σ x_i.
     *
     * @param x the models
     * @return x̄ as a new one-row block
     */
    ParameterBlock mean(ParameterBlock x);

    /**
     * Consensus distance (1/n)Σ‖x_i − x̄‖², accumulated in double.
     *
     * @param x the models
     * @return the consensus distance, at least 0
     */
    double consensusDistance(ParameterBlock x);

    /**
     * Mean loss and accuracy of every row of {@code x} on all of {@code data}.
     *
     * @param x    the models
     * @param data the evaluation data
     * @return one loss and accuracy per row (accuracy NaN for regression)
     */
    Evaluation evaluate(ParameterBlock x, DeviceData data);

    /** Releases engine resources (no-op for garbage-collected memory). */
    @Override
    void close();
}
