package io.dfloverlay.sim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dfloverlay.sim.Simulation;
import io.dfloverlay.sim.config.ChurnSchedule;
import io.dfloverlay.sim.config.ModelConfig;
import io.dfloverlay.sim.config.RunConfig;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A churn run's λ curve is a step function: the overlay's λ at round 0, at the event and at every evaluation. */
class ChurnLambdaSeriesTest {
    @Test
    void lambdaIsCarriedForwardToEveryEvaluationRound() {
        TreeMap<Integer, Double> at = new TreeMap<>();
        at.put(5, 0.25);
        RunConfig config = RunConfig.builder().topology("random-regular").clients(16).degree(4).dataset("synthetic-logistic")
                .model(new ModelConfig(List.of(), null)).failures(new ChurnSchedule(at, 0)).repair("pairing")
                .rounds(12).evalEvery(4).engine("cpu").seed(2).build();
        RunRecord r = TrainingRun.run(ExperimentKind.CHURN, "c", config, Simulation.loadData(config), () -> false);
        SortedMap<Integer, Double> lambda = r.series().get(Metric.LAMBDA_SERIES);
        assertEquals(List.of(0, 4, 5, 8, 12), List.copyOf(lambda.keySet()), "round 0, evaluations 4, 8, 12 and the event at 5");
        double before = lambda.get(0), after = r.value(Metric.LAMBDA_AFTER);
        assertEquals(before, lambda.get(4), 0.0, "no event yet at round 4");
        assertEquals(after, lambda.get(5), 0.0);
        assertEquals(after, lambda.get(8), 0.0, "carried forward");
        assertEquals(after, lambda.get(12), 0.0, "carried forward");
    }
}
