package io.dfloverlay.core.labelskew;

import io.dfloverlay.core.topology.WeightedOverlay;
import java.util.Objects;

/**
 * What {@link StlFrankWolfe#learn()} found.
 *
 * @param overlay    the learned graph and its symmetric doubly-stochastic weights
 * @param objectives f(W) at W = I and after every Frank–Wolfe step (non-increasing)
 */
public record StlFwResult(WeightedOverlay overlay, double[] objectives) {
    /** Requires both and copies the trace. */
    public StlFwResult {
        Objects.requireNonNull(overlay, "overlay");
        objectives = objectives.clone();
        if (objectives.length == 0) throw new IllegalArgumentException("objectives must start with f(I)");
    }

    /** {@return a copy of the objective trace} */
    @Override
    public double[] objectives() {
        return objectives.clone();
    }
}
