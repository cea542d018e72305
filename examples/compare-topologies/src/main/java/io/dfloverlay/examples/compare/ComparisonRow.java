package io.dfloverlay.examples.compare;

import java.util.Locale;

/**
 * One topology's line of the comparison.
 *
 * @param topology          the topology kind, as registered (e.g. {@code random-regular})
 * @param edges             edges of its communication graph
 * @param rho               ρ(W) of its mixing matrix (NaN for a time-varying topology)
 * @param lambda            two-sided λ(A) of its adjacency (NaN for a time-varying topology)
 * @param roundsToTarget    first evaluated round at or above the target accuracy, or null if never reached
 * @param finalAccuracy     test accuracy of the averaged model at the end
 * @param generalizationGap test loss minus train loss of the averaged model at the end
 * @param consensusDistance (1/n)Σ‖x_i − x̄‖² at the end
 * @param bytesSent         bytes all clients sent
 */
record ComparisonRow(String topology, long edges, double rho, double lambda, Integer roundsToTarget, double finalAccuracy,
        double generalizationGap, double consensusDistance, long bytesSent) {
    /** The header of {@link #csv()}. */
    static final String CSV_HEADER = "topology,edges,rho,lambda,rounds_to_target,final_accuracy,generalization_gap,consensus_distance,bytes_sent";

    /** The header of {@link #text()}. */
    static final String TEXT_HEADER = String.format(Locale.ROOT, "%-16s %6s %8s %8s %9s %9s %8s %11s %9s",
            "topology", "edges", "rho(W)", "lambda", "to target", "accuracy", "gen gap", "consensus", "MB sent");

    /** {@return the row aligned under {@link #TEXT_HEADER}} */
    String text() {
        return String.format(Locale.ROOT, "%-16s %6d %8.4f %8.4f %9s %9.4f %8.4f %11.3e %9.1f", topology, edges, rho, lambda,
                roundsToTarget == null ? "-" : roundsToTarget.toString(), finalAccuracy, generalizationGap, consensusDistance,
                bytesSent / 1e6);
    }

    /** {@return the row as a CSV line (no field needs quoting: names are registry names)} */
    String csv() {
        return String.join(",", topology, Long.toString(edges), Double.toString(rho), Double.toString(lambda),
                roundsToTarget == null ? "" : roundsToTarget.toString(), Double.toString(finalAccuracy),
                Double.toString(generalizationGap), Double.toString(consensusDistance), Long.toString(bytesSent));
    }
}
