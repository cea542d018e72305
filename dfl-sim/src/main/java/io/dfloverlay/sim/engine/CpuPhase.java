package io.dfloverlay.sim.engine;

/**
 * The parts of a D-SGD round on {@link CpuNd4jEngine} that its opt-in profile times
 * ({@link CpuNd4jEngine#profile}): the per-client steps of the gradient pass, the per-chunk steps of
 * the fused update-and-gossip sweep, and the time the threads spend outside any work item during the
 * engine's dispatches (hand-overs, barriers, load imbalance).
 */
public enum CpuPhase {
    /** Copying each client's minibatch rows (or their one-hot expansion) into its input scratch. */
    GATHER("gather minibatch"),
    /** The forward {@code Z = A·W + b} SGEMMs. */
    FORWARD_GEMM("forward GEMM"),
    /** Bias rows copied into {@code Z} before the forward SGEMM, and the ReLU. */
    FORWARD_ELEMENTWISE("forward bias+ReLU"),
    /** Softmax cross-entropy (or squared error) and its gradient {@code dZ} at the output. */
    LOSS("loss"),
    /** The backward {@code dW = Aᵀ·dZ} and {@code dA = dZ·Wᵀ} SGEMMs. */
    BACKWARD_GEMM("backward GEMM"),
    /** The bias gradients {@code Σ dZ} and the ReLU mask on {@code dA}. */
    BACKWARD_ELEMENTWISE("backward bias+mask"),
    /** The SGD update of a chunk (weight decay, momentum, step), with its loads and stores. */
    UPDATE("SGD update"),
    /** The sparse mixing {@code W·x} of a chunk and the store of its result. */
    GOSSIP("gossip"),
    /** Thread time inside the engine's dispatches but outside any work item: hand-overs, barrier waits, imbalance. */
    IDLE("hand-over/barrier/idle");

    private final String label;

    CpuPhase(String label) {
        this.label = label;
    }

    /**
     * A short human-readable name.
     *
     * @return the label, e.g. {@code "forward GEMM"}
     */
    public String label() {
        return label;
    }
}
