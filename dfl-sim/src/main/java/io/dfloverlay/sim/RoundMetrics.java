package io.dfloverlay.sim;

/**
 * Metrics at one evaluation round. Losses and accuracies of the averaged model x̄ unless named
 * "client"; {@code consensusDistance} is (1/n)Σ‖x_i − x̄‖²; {@code generalizationGap} is test
 * loss − train loss of x̄; {@code bytesSent} is cumulative over all clients (4 bytes per float sent);
 * {@code wallSeconds} is cumulative wall time; {@code survivors} the number of live clients.
 */
public record RoundMetrics(int round, double trainLoss, double testLoss, double testAccuracy,
        double meanClientAccuracy, double minClientAccuracy, double maxClientAccuracy,
        double consensusDistance, double generalizationGap, long bytesSent, double wallSeconds, int survivors) {
}
