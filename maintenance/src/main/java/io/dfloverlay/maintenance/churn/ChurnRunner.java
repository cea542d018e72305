package io.dfloverlay.maintenance.churn;

import io.dfloverlay.core.generate.FisherYates;
import io.dfloverlay.core.graph.Connectivity;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MetropolisHastingsWeights;
import io.dfloverlay.maintenance.OverlayMaintainer;
import io.dfloverlay.maintenance.RepairResult;
import io.dfloverlay.maintenance.RepairStrategy;
import io.dfloverlay.spectral.Spectra;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Runs a {@link ChurnPlan} against a repair strategy and measures every step: survivors, λ(W) of
 * the Metropolis–Hastings weights (valid on the irregular overlays failures leave), components,
 * edges changed and messages. Random failures are drawn from their own stream ({@code seed}), so
 * every strategy run with the same seed sees the same failing nodes; repairs draw from a second
 * stream. A step's failures hit at once ({@code failAll}) unless {@code oneByOne}.
 */
public final class ChurnRunner {
    private ChurnRunner() {}

    /**
     * Runs {@code plan}: measures the initial overlay (step 0), then applies each step's events in
     * plan order and measures after the step.
     *
     * @param initial  the starting overlay
     * @param d        target degree
     * @param strategy a fresh strategy instance
     * @param plan     the churn
     * @param seed     seed of the failure choice and of the repairs
     * @param oneByOne whether a step's failures are separate events instead of one batch
     * @return one entry per step, step 0 first
     */
    public static List<ChurnStep> run(Graph initial, int d, RepairStrategy strategy, ChurnPlan plan, long seed, boolean oneByOne) {
        SplittableRandom pick = new SplittableRandom(seed);
        OverlayMaintainer m = new OverlayMaintainer(initial, d, strategy, new SplittableRandom(seed ^ 0x5DEECE66DL));
        List<ChurnStep> out = new ArrayList<>();
        out.add(measure(m, 0, m.initialization().edgesChanged(), m.initialization().messages()));
        for (int step = 1; step <= plan.steps(); step++) {
            long changed = 0;
            long messages = 0;
            for (ChurnEvent e : plan.events()) {
                if (e.step() != step) continue;
                List<RepairResult> results = apply(m, e, pick, oneByOne);
                for (RepairResult r : results) {
                    changed += r.edgesChanged();
                    messages += r.messages();
                }
            }
            out.add(measure(m, step, changed, messages));
        }
        return out;
    }

    private static List<RepairResult> apply(OverlayMaintainer m, ChurnEvent e, SplittableRandom pick, boolean oneByOne) {
        List<RepairResult> results = new ArrayList<>();
        if (e.kind() == ChurnEvent.Kind.JOIN) {
            for (int i = 0; i < e.count(); i++) results.add(m.join(m.nextFreeId()));
            return results;
        }
        int[] ids = e.ids().length > 0 ? e.ids() : pickAlive(m, e.count(), pick);
        if (e.kind() == ChurnEvent.Kind.LEAVE) {
            for (int v : ids) results.add(m.leave(v));
        } else if (oneByOne) {
            for (int v : ids) results.add(m.fail(v));
        } else if (ids.length > 0) {
            results.add(m.failAll(ids));
        }
        return results;
    }

    private static int[] pickAlive(OverlayMaintainer m, int count, SplittableRandom pick) {
        int[] alive = m.aliveNodes();
        if (count > alive.length)
            throw new IllegalArgumentException("cannot remove " + count + " nodes, only " + alive.length + " alive");
        return FisherYates.sample(alive, count, pick);
    }

    private static ChurnStep measure(OverlayMaintainer m, int step, long changed, long messages) {
        Graph g = m.snapshot();
        int n = g.numNodes();
        int components = n == 0 ? 0 : Connectivity.componentCount(g);
        double lambda = n < 2 ? 0 : components > 1 ? 1.0 : Spectra.mixing(new MetropolisHastingsWeights().of(g)).twoSided();
        return new ChurnStep(step, n, lambda, components, n == 0 ? 0 : g.minDegree(), changed, messages);
    }
}
