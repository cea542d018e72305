package io.dfloverlay.sim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.UniformWeights;
import io.dfloverlay.sim.data.DataSplit;
import io.dfloverlay.sim.data.SyntheticTasks;
import io.dfloverlay.sim.model.ModelSpec;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The CPU engine's opt-in profile: it changes no result, counts every dispatch, and times the phases that ran. */
class CpuPhaseProfileTest {
    @Test
    void profilingChangesNoResultAndCountsEveryDispatch() {
        DataSplit split = SyntheticTasks.create(SyntheticTasks.MIXTURE, new SplittableRandom(3));
        ModelSpec model = ModelSpec.parse("mlp:16", split.train().dim(), split.train().numClasses());
        int n = 10, b = 4, steps = 5;
        MixingMatrix w = new UniformWeights().of(new RandomRegularGenerator(n, 4).generate(new SplittableRandom(4)));
        CpuNd4jEngine plain = new CpuNd4jEngine(2), profiled = new CpuNd4jEngine(2);
        assertThrows(IllegalStateException.class, profiled::phaseTimes);
        profiled.profile(true);
        ParameterBlock[] result = new ParameterBlock[2];
        CpuNd4jEngine[] engines = {plain, profiled};
        for (int k = 0; k < 2; k++) {
            Engine e = engines[k];
            SplittableRandom rng = new SplittableRandom(5);
            ParameterBlock x = CpuNd4jEngineTest.randomBlock(e, model, n, rng), out = e.allocate(model, n), grad = e.allocate(model, n);
            DeviceData data = e.upload(split.train());
            for (int r = 0; r < steps; r++) {
                int[] batch = rng.ints((long) n * b, 0, split.train().numExamples()).toArray();
                e.gradientStep(x, data, batch, b, 0.05f, grad);
                e.gossip(w, x, out);
                ParameterBlock t = x;
                x = out;
                out = t;
            }
            result[k] = x;
        }
        for (int i = 0; i < n; i++) assertArrayEquals(plain.row(result[0], i), profiled.row(result[1], i), "client " + i);
        CpuPhaseTimes t = profiled.phaseTimes();
        assertEquals(2, t.threads());
        assertEquals(steps, t.gradientDispatches());
        assertEquals(steps, t.sweepDispatches());
        for (CpuPhase p : CpuPhase.values()) assertTrue(t.seconds(p) >= 0, p + " " + t.seconds(p));
        for (CpuPhase p : new CpuPhase[] {CpuPhase.FORWARD_GEMM, CpuPhase.BACKWARD_GEMM, CpuPhase.GOSSIP})
            assertTrue(t.seconds(p) > 0, p + " was not timed");
        assertEquals(0.0, t.seconds(CpuPhase.UPDATE), "the in-GEMM step leaves no separate update");
        assertTrue(t.gradientWall() > 0 && t.sweepWall() > 0);
        profiled.profile(false);
        assertThrows(IllegalStateException.class, profiled::phaseTimes);
    }
}
