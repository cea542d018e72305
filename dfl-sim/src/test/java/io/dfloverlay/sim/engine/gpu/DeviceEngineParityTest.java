package io.dfloverlay.sim.engine.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dfloverlay.sim.engine.CpuNd4jEngine;
import io.dfloverlay.sim.engine.Engine;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The device engine's orchestration on the Java twin against the CPU (ND4J) engine: same seed,
 * same data, same sampler stream ({@link io.dfloverlay.sim.algo.BatchSampler}, shared by both), 50
 * rounds; every parameter of every client, the evaluation, minibatch losses and the consensus
 * distance agree to float32 tolerance.
 */
class DeviceEngineParityTest {
    static final List<ParityRun> RUNS = ParityRun.standard();

    @ParameterizedTest
    @FieldSource("RUNS")
    void twinMatchesTheCpuEngineOver50Rounds(ParityRun run) {
        ParityRun.Outcome cpu, twin;
        try (Engine e = new CpuNd4jEngine()) {
            cpu = run.run(e, 50);
        }
        try (Engine e = new DeviceEngine(new JavaDevice())) {
            twin = run.run(e, 50);
        }
        assertEquals(List.of(), ParityRun.disagreements(cpu, twin), run.toString());
    }

    @ParameterizedTest
    @FieldSource("RUNS")
    void theComparisonSeesADifferentRun(ParityRun run) {
        ParityRun shifted = new ParityRun(run.model(), run.algorithm(), run.localSteps(), run.momentum(), run.weightDecay(), run.seed() + 100);
        try (Engine a = new DeviceEngine(new JavaDevice()); Engine b = new DeviceEngine(new JavaDevice())) {
            List<String> d = ParityRun.disagreements(run.run(a, 3), shifted.run(b, 3));
            org.junit.jupiter.api.Assertions.assertFalse(d.isEmpty(), "a run with another seed must disagree: " + run);
        }
    }
}
