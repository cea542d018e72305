package io.dfloverlay.sim;

import io.dfloverlay.core.generate.FisherYates;
import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.MixingWeights;
import io.dfloverlay.maintenance.OverlayMaintainer;
import io.dfloverlay.maintenance.strategy.RepairStrategies;
import io.dfloverlay.sim.algo.BatchSampler;
import io.dfloverlay.sim.algo.TrainingAlgorithm;
import io.dfloverlay.sim.engine.Engine;
import io.dfloverlay.sim.engine.ParameterBlock;
import io.dfloverlay.sim.config.ChurnSchedule;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Failures and joins during a run, on an {@link OverlayMaintainer} that repairs the overlay with
 * the chosen strategy. At the start of a round: the scheduled failures hit uniformly random live
 * clients (their rows leave the block, at least 2 clients survive); then joiners arrive with fresh
 * ids, start from the survivors' average model x̄ and take over the data of the earliest departed
 * client not yet taken over, or, when none is left, a uniformly random sample (without
 * replacement) of the training set of the initial mean client size. After any event W is
 * recomputed over the repaired overlay with the run's configured weight scheme.
 */
final class ChurnProcess {
    private final OverlayMaintainer maintainer;
    private final ChurnSchedule failures, joins;
    private final RandomGenerator rng;
    private final MixingWeights weights;
    private final BatchSampler sampler;
    private final ArrayDeque<int[]> orphans = new ArrayDeque<>();
    private final int initialClients, trainSize, shardSize;

    ChurnProcess(Graph initial, int d, String repair, MixingWeights weights, ChurnSchedule failures, ChurnSchedule joins,
            RandomGenerator rng, BatchSampler sampler, int trainSize) {
        int degree = Math.max(2, Math.max(d, initial.maxDegree()));
        this.maintainer = new OverlayMaintainer(initial, degree, RepairStrategies.byName(repair), rng);
        this.weights = weights;
        this.failures = failures;
        this.joins = joins;
        this.rng = rng;
        this.sampler = sampler;
        this.initialClients = initial.numNodes();
        this.trainSize = trainSize;
        this.shardSize = Math.max(1, trainSize / initialClients);
    }

    /** The overlay right after the strategy attached (it may rewire the initial graph). */
    Graph currentGraph() {
        return maintainer.snapshot();
    }

    /**
     * Applies round {@code round}'s events to the maintainer, the sampler and the algorithm's block.
     *
     * @return the new mixing matrix, or null when nothing happened
     */
    MixingMatrix apply(int round, TrainingAlgorithm algo, Engine engine) {
        int[] alive = maintainer.aliveNodes();
        int nf = failures.failures(round, alive.length, rng);
        int nj = joins.joins(round, alive.length - nf, initialClients, rng);
        if (nf == 0 && nj == 0) return null;
        if (nf > 0) {
            int[] dead = FisherYates.sample(alive, nf, rng);
            Arrays.sort(dead);
            maintainer.failAll(dead);
            for (int id : dead) {
                orphans.add(sampler.examples(id));
                sampler.remove(id);
            }
        }
        int[] ids = algo.clientIds();
        int[] keep = new int[ids.length];
        int kept = 0;
        for (int row = 0; row < ids.length; row++) if (maintainer.isAlive(ids[row])) keep[kept++] = row;
        keep = Arrays.copyOf(keep, kept);
        float[] mean = null;
        int[] joined = new int[nj];
        if (nj > 0) {
            ParameterBlock survivors = engine.selectRows(algo.models(), keep);
            mean = engine.row(engine.mean(survivors), 0);
            for (int k = 0; k < nj; k++) {
                int id = maintainer.nextFreeId();
                maintainer.join(id);
                sampler.assign(id, orphans.isEmpty() ? randomShard() : orphans.poll());
                joined[k] = id;
            }
        }
        algo.resize(keep, joined, mean);
        int[] order = algo.clientIds();
        if (!Arrays.equals(order, maintainer.aliveNodes())) throw new IllegalStateException("client rows out of sync with the overlay");
        return weights.of(maintainer.snapshot());
    }

    private int[] randomShard() {
        int m = Math.min(shardSize, trainSize);
        int[] pick = new int[m];
        java.util.HashSet<Integer> seen = new java.util.HashSet<>();
        for (int k = 0; k < m; ) {
            int r = rng.nextInt(trainSize);
            if (seen.add(r)) pick[k++] = r;
        }
        return pick;
    }
}
