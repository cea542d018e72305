package io.dfloverlay.sim;

/**
 * Metrics at one evaluation round. Losses and accuracies of the averaged model x̄ unless named
 * "client"; {@code consensusDistance} is (1/n)Σ‖x_i − x̄‖²; {@code generalizationGap} is test
 * loss − train loss of x̄; {@code bytesSent} is cumulative over all clients (4 bytes per float sent);
 * {@code wallSeconds} is cumulative wall time; {@code survivors} the number of live clients;
 * {@code honest} the honest clients' metrics when an adversary is configured, else null.
 *
 * @param round              the round just finished, from 1
 * @param trainLoss          mean loss of x̄ on the first {@value Simulation#TRAIN_EVAL_EXAMPLES} training examples
 * @param testLoss           mean loss of x̄ on the test set
 * @param testAccuracy       fraction of the test set x̄ classifies correctly, in [0, 1] (NaN for regression)
 * @param meanClientAccuracy mean over clients of each client's own model's accuracy on the first
 *                           {@value Simulation#CLIENT_EVAL_EXAMPLES} test examples (NaN for regression)
 * @param minClientAccuracy  the lowest of those client accuracies (NaN for regression)
 * @param maxClientAccuracy  the highest of those client accuracies (NaN for regression)
 * @param consensusDistance  (1/n)Σ‖x_i − x̄‖² over the live clients
 * @param generalizationGap  {@code testLoss − trainLoss}
 * @param bytesSent          bytes sent by all clients since the start (4 bytes per float)
 * @param wallSeconds        wall-clock seconds since training started
 * @param survivors          the number of live clients
 * @param honest             the honest clients' metrics when an adversary is configured, else null
 */
public record RoundMetrics(int round, double trainLoss, double testLoss, double testAccuracy,
        double meanClientAccuracy, double minClientAccuracy, double maxClientAccuracy,
        double consensusDistance, double generalizationGap, long bytesSent, double wallSeconds, int survivors,
        HonestMetrics honest) {

    /**
     * Metrics of a run without an adversary ({@code honest} null).
     *
     * @param round              the round
     * @param trainLoss          train loss of x̄
     * @param testLoss           test loss of x̄
     * @param testAccuracy       test accuracy of x̄
     * @param meanClientAccuracy mean client accuracy
     * @param minClientAccuracy  lowest client accuracy
     * @param maxClientAccuracy  highest client accuracy
     * @param consensusDistance  (1/n)Σ‖x_i − x̄‖²
     * @param generalizationGap  test − train loss of x̄
     * @param bytesSent          cumulative bytes sent
     * @param wallSeconds        cumulative wall time
     * @param survivors          live clients
     */
    public RoundMetrics(int round, double trainLoss, double testLoss, double testAccuracy, double meanClientAccuracy,
            double minClientAccuracy, double maxClientAccuracy, double consensusDistance, double generalizationGap,
            long bytesSent, double wallSeconds, int survivors) {
        this(round, trainLoss, testLoss, testAccuracy, meanClientAccuracy, minClientAccuracy, maxClientAccuracy,
                consensusDistance, generalizationGap, bytesSent, wallSeconds, survivors, null);
    }
}
