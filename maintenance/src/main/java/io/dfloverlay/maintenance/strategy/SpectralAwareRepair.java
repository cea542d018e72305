package io.dfloverlay.maintenance.strategy;

import io.dfloverlay.core.mixing.MetropolisHastingsWeights;
import io.dfloverlay.maintenance.ConnectivityGuard;
import io.dfloverlay.maintenance.DegreeFiller;
import io.dfloverlay.maintenance.MutableOverlay;
import io.dfloverlay.maintenance.RepairContext;
import io.dfloverlay.maintenance.RepairStrategy;
import io.dfloverlay.spectral.Spectra;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Spectral-aware repair: draws {@code candidates} independent pairing repairs (each a full
 * {@link DegreeFiller} pass plus the {@link ConnectivityGuard}, with its own random stream seeded
 * from the maintainer's), evaluates λ(W) of the Metropolis–Hastings weights of each resulting
 * overlay with {@link Spectra}, rolls each back, and applies the one with the lowest λ.
 *
 * <p>Knowledge: <b>the whole graph</b> (a coordinator, or an aggregation, evaluates the
 * spectrum); messages charged are those of the applied candidate's local rules. Cost per event:
 * {@code candidates} spectral solves of the alive overlay (dense {@code O(m^3)} until a sparse
 * solver is available). Deterministic for a given random stream.
 */
public final class SpectralAwareRepair implements RepairStrategy {
    private final int candidates;
    private final ConnectivityGuard guard = new ConnectivityGuard();
    private final MetropolisHastingsWeights weights = new MetropolisHastingsWeights();

    /** Four candidates per event. */
    public SpectralAwareRepair() {
        this(4);
    }

    /**
     * Compares {@code candidates} repairs per event.
     *
     * @param candidates candidate repairs compared per event, {@code >= 1}
     * @throws IllegalArgumentException if {@code candidates < 1}
     */
    public SpectralAwareRepair(int candidates) {
        if (candidates < 1) throw new IllegalArgumentException("candidates must be >= 1, got " + candidates);
        this.candidates = candidates;
    }

    @Override
    public String name() {
        return "spectral";
    }

    @Override
    public String knowledge() {
        return "the whole graph (spectrum of each candidate repair), plus the pairing rules' knowledge";
    }

    @Override
    public String source() {
        return "best-of-k pairing repairs by λ(W) of Metropolis–Hastings weights (this library)";
    }

    @Override
    public void attach(RepairContext ctx) {
        MutableOverlay o = ctx.overlay();
        int[] all = new int[o.numAlive()];
        for (int i = 0; i < all.length; i++) all[i] = o.aliveAt(i);
        repair(ctx, all);
    }

    @Override
    public void afterRemoval(RepairContext ctx, int[] removed, int[] orphans, boolean graceful) {
        repair(ctx, orphans);
    }

    @Override
    public void afterJoin(RepairContext ctx, int node) {
        repair(ctx, new int[] {node});
    }

    private void repair(RepairContext ctx, int[] seeds) {
        MutableOverlay o = ctx.overlay();
        long[] seedOf = new long[candidates];
        for (int c = 0; c < candidates; c++) seedOf[c] = ctx.rng().nextLong();
        int best = 0;
        if (candidates > 1 && o.numAlive() >= 3) {
            double bestLambda = Double.POSITIVE_INFINITY;
            for (int c = 0; c < candidates; c++) {
                int mark = o.mark();
                long msgs = ctx.messages();
                run(ctx, seeds, seedOf[c]);
                double lambda = Spectra.mixing(weights.of(o.snapshot())).twoSided();
                o.rollback(mark);
                ctx.resetMessages();
                ctx.charge(msgs);
                if (lambda < bestLambda) {
                    bestLambda = lambda;
                    best = c;
                }
            }
        }
        run(ctx, seeds, seedOf[best]);
    }

    private void run(RepairContext ctx, int[] seeds, long seed) {
        RandomGenerator prev = ctx.swapRng(new SplittableRandom(seed));
        try {
            DegreeFiller.fill(ctx);
            guard.ensureConnected(ctx, seeds);
        } finally {
            ctx.swapRng(prev);
        }
    }
}
