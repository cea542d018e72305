package io.dfloverlay.examples;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MetropolisHastingsWeights;
import io.dfloverlay.maintenance.OverlayMaintainer;
import io.dfloverlay.maintenance.RepairResult;
import io.dfloverlay.maintenance.strategy.RepairStrategies;
import io.dfloverlay.spectral.Spectra;
import java.util.SplittableRandom;

/**
 * Lets a region of clients go dark (30% at once) on a random 8-regular overlay, repairs it with
 * the pairing strategy, and prints what a real system would apply and the resulting ρ(W).
 * Usage: {@code SurviveFailures [n] [d] [strategy]}.
 */
public final class SurviveFailures {
    private SurviveFailures() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        String strategy = args.length > 2 ? args[2] : "pairing";
        SplittableRandom rng = new SplittableRandom(7);
        Graph g = new RandomRegularGenerator(n, d, true).generate(rng);
        OverlayMaintainer overlay = new OverlayMaintainer(g, d, RepairStrategies.byName(strategy), rng);

        int[] region = new int[(int) (0.3 * n)];
        for (int i = 0; i < region.length; i++) region[i] = i;     // ids 0..0.3n-1 go dark together
        RepairResult r = overlay.failAll(region);

        Graph after = overlay.snapshot();
        double rho = Spectra.mixing(new MetropolisHastingsWeights().of(after)).twoSided();
        System.out.printf("%s: %d of %d clients left; %d edges added, %d removed, %d messages;"
                        + " degrees %d..%d, connected=%b, rho(W_MH)=%.4f%n",
                strategy, overlay.numAlive(), n, r.added().size(), r.removed().size(), r.messages(),
                after.minDegree(), after.maxDegree(), Connectivity.isConnected(after), rho);
    }
}
