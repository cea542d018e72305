package io.dfloverlay.maintenance.churn;

/**
 * Metrics after one step of a churn run (step 0 is the initial overlay).
 *
 * @param step         the step
 * @param survivors    alive nodes
 * @param lambda       λ(W) = max(|λ2|, |λn|) of the Metropolis–Hastings weights (1 when disconnected)
 * @param components   connected components
 * @param minDegree    smallest degree
 * @param edgesChanged edges added plus removed during the step (failed nodes' edges included)
 * @param messages     repair messages during the step
 */
public record ChurnStep(int step, int survivors, double lambda, int components, int minDegree, long edgesChanged, long messages) {
    /** Validates. */
    public ChurnStep {
        if (step < 0 || survivors < 0 || components < 0 || edgesChanged < 0 || messages < 0)
            throw new IllegalArgumentException("negative churn metric at step " + step);
    }
}
