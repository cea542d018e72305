package io.dfloverlay.sim.experiment;

import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.topology.TopologyInputs;
import io.dfloverlay.sim.config.ConfigException;
import io.dfloverlay.sim.config.RunConfig;
import io.dfloverlay.sim.config.TopologyConfig;
import io.dfloverlay.sim.topology.RoundTopology;
import io.dfloverlay.sim.topology.Topologies;
import io.dfloverlay.spectral.SpectralMethod;
import io.dfloverlay.spectral.SpectralReport;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * One run of a consensus experiment: pure gossip x(t+1) = W(t) x(t) over the simulator's
 * {@link RoundTopology} (built by {@link Topologies#create} from the config's topology section and
 * seed), from x(0) with independent standard normal entries (n rows, {@code dim} columns). Records
 * e(t) = ‖x(t) − x̄‖ / ‖x(0) − x̄‖ (Frobenius norms, x̄ the initial column means, kept by any doubly
 * stochastic W) for t = 0..rounds, the first t with e(t) ≤ tolerance, the measured rate
 * e(T)^(1/T) with T that round (or the last round when not reached), and for a static topology
 * ρ(W) (the predicted rate: e(t) ≤ ρ(W)^t) and λ(A). For time-varying topologies ρ of a single
 * round's W says little (one-peer exponential's is 1), so only the measured rate is reported.
 */
final class ConsensusRun {
    private ConsensusRun() {}

    /**
     * Runs the gossip.
     *
     * @return the record, or null when cancelled
     */
    static RunRecord run(String cell, RunConfig config, ConsensusSettings settings, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        TopologyConfig tc = config.topology();
        SplittableRandom rng = new SplittableRandom(config.execution().seed());
        RoundTopology topology;
        try {
            topology = Topologies.create(tc.kind(), tc.n(), tc.d(), tc.params(), tc.weights(), TopologyInputs.NONE, rng.split());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("", "cell " + cell + ": topology: " + e.getMessage());
        }
        int n = tc.n(), dim = settings.dim(), rounds = config.execution().rounds();
        SplittableRandom values = rng.split();
        double[][] x = new double[dim][n];
        double initial = 0;
        for (int c = 0; c < dim; c++) {
            double mean = 0;
            for (int i = 0; i < n; i++) mean += x[c][i] = values.nextGaussian();
            mean /= n;
            for (int i = 0; i < n; i++) initial += (x[c][i] -= mean) * x[c][i]; // centred: x̄ = 0 from here on
        }
        initial = Math.sqrt(initial);
        SortedMap<Integer, Double> error = new TreeMap<>();
        error.put(0, 1.0);
        double[] y = new double[n];
        double reached = Double.NaN, last = 1;
        for (int t = 1; t <= rounds; t++) {
            if (cancelled.getAsBoolean()) return null;
            MixingMatrix w = topology.mixing(t - 1);
            double ss = 0;
            for (int c = 0; c < dim; c++) {
                w.multiply(x[c], y);
                double[] swap = x[c];
                x[c] = y;
                y = swap;
                for (double v : x[c]) ss += v * v;
            }
            last = Math.sqrt(ss) / initial;
            error.put(t, last);
            if (Double.isNaN(reached) && last <= settings.tolerance()) reached = t;
        }
        int horizon = Double.isNaN(reached) ? rounds : (int) reached;
        Map<Metric, Double> v = new EnumMap<>(Metric.class);
        v.put(Metric.ROUNDS_TO_TOLERANCE, reached);
        v.put(Metric.MEASURED_RATE, Math.pow(error.get(horizon), 1.0 / horizon));
        if (!topology.timeVarying()) {
            // one report, as the simulator's header: ρ of the configured weights and λ of A from one solve
            SpectralReport report = SpectralReport.of(topology.graph(0), tc.weights(), SpectralMethod.AUTO, SpectralReport.DEFAULT_TOLERANCE);
            v.put(Metric.RHO, report.rhoW());
            v.put(Metric.LAMBDA, report.lambda());
        }
        v.put(Metric.WALL_SECONDS, (System.nanoTime() - start) / 1e9);
        return new RunRecord(cell, config.execution().seed(), rounds, v, Map.of(Metric.ERROR_SERIES, error));
    }
}
