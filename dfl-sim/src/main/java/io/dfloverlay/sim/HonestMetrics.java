package io.dfloverlay.sim;

/**
 * The metrics of the honest clients only, reported when an adversary is configured: Byzantine
 * clients' models are excluded from the average model, the client accuracies and the consensus
 * distance.
 *
 * @param honestClients      number of honest clients
 * @param byzantineClients   number of Byzantine clients
 * @param testLoss           test loss of the honest average model x̄_H
 * @param testAccuracy       test accuracy of x̄_H
 * @param meanClientAccuracy mean accuracy of the honest clients' own models (NaN for regression)
 * @param minClientAccuracy  lowest honest client accuracy (NaN for regression)
 * @param maxClientAccuracy  highest honest client accuracy (NaN for regression)
 * @param consensusDistance  (1/|H|)Σ_{i∈H}‖x_i − x̄_H‖²
 */
public record HonestMetrics(int honestClients, int byzantineClients, double testLoss, double testAccuracy,
        double meanClientAccuracy, double minClientAccuracy, double maxClientAccuracy, double consensusDistance) {
}
