package io.dfloverlay.sim.engine;

/**
 * Loss and accuracy of each row of a parameter block on one dataset (accuracy NaN for regression).
 *
 * @param loss     mean loss per row
 * @param accuracy fraction of correct predictions per row
 */
public record Evaluation(double[] loss, double[] accuracy) {
    /** Checks the lengths agree and copies. */
    public Evaluation {
        if (loss.length != accuracy.length) throw new IllegalArgumentException("loss and accuracy lengths differ");
        loss = loss.clone();
        accuracy = accuracy.clone();
    }

    /** {@return a copy of the losses} */
    @Override
    public double[] loss() {
        return loss.clone();
    }

    /** {@return a copy of the accuracies} */
    @Override
    public double[] accuracy() {
        return accuracy.clone();
    }

    /**
     * Loss of row {@code i}.
     *
     * @param i the row
     * @return its mean loss
     */
    public double loss(int i) {
        return loss[i];
    }

    /**
     * Accuracy of row {@code i}.
     *
     * @param i the row
     * @return its fraction of correct predictions, NaN for regression
     */
    public double accuracy(int i) {
        return accuracy[i];
    }
}
