package io.dfloverlay.sim.model;

/** Training loss of a model's output layer. */
public enum Loss {
    /** Softmax cross-entropy over the output logits (classification). */
    CROSS_ENTROPY,
    /** Half squared error {@code (ŷ − y)²/2} of a single output (regression). */
    SQUARED
}
