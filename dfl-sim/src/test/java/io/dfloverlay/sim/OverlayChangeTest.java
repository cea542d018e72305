package io.dfloverlay.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.sim.config.ChurnSchedule;
import io.dfloverlay.sim.config.ModelConfig;
import io.dfloverlay.sim.config.RunConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OverlayChangeTest {
    @ParameterizedTest
    @ValueSource(strings = {"none", "pairing", "cycle"})
    void listenerSeesTheRepairedOverlayAfterTheFailures(String repair) {
        TreeMap<Integer, Double> at = new TreeMap<>();
        at.put(3, 0.25);
        RunConfig config = RunConfig.builder().topology("random-regular").clients(16).degree(4).dataset("synthetic-logistic")
                .model(new ModelConfig(List.of(), null)).failures(new ChurnSchedule(at, 0)).repair(repair)
                .rounds(5).evalEvery(5).engine("cpu").seed(3).build();
        List<OverlayChange> changes = new ArrayList<>();
        Simulation.run(config, new MetricsListener() {
            @Override
            public void onEval(RoundMetrics metrics) {}

            @Override
            public void onOverlayChange(OverlayChange change) {
                changes.add(change);
            }
        });
        assertEquals(1, changes.size(), "one event");
        OverlayChange c = changes.get(0);
        assertEquals(3, c.round());
        assertEquals(12, c.survivors(), "16 - 25%");
        Graph g = c.overlay();
        long degreeSum = 0;
        for (int v = 0; v < g.numNodes(); v++) degreeSum += g.degree(v);
        assertEquals(degreeSum / 2, c.edges());
        // λ = max(|μ2|, |μn|) of the adjacency, by a dense eigen-decomposition (Commons Math) of the overlay seen
        double[][] a = new double[g.numNodes()][g.numNodes()];
        for (int v = 0; v < g.numNodes(); v++) for (int u : g.neighbors(v)) a[v][u] = 1;
        double[] mu = new EigenDecomposition(new Array2DRowRealMatrix(a)).getRealEigenvalues();
        Arrays.sort(mu);
        double lambda = Math.max(Math.abs(mu[mu.length - 2]), Math.abs(mu[0]));
        if (g.isRegular()) assertEquals(lambda, c.spectra().lambda(), 1e-6, repair);
        else assertTrue(c.spectra().lambda() >= 0, repair);
    }
}
