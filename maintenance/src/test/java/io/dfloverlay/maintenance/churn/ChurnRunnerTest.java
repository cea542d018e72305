package io.dfloverlay.maintenance.churn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.Graph;
import io.dfloverlay.maintenance.strategy.RepairStrategies;
import io.dfloverlay.maintenance.TestGraphs;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnRunnerTest {
    private static final Graph G = TestGraphs.randomRegular(120, 4, 11);

    @Test
    void randomPlanSpreadsFailuresEvenly() {
        ChurnPlan p = ChurnPlan.random(1000, 10, 0.5, 0.0);
        assertEquals(10, p.events().size());
        assertEquals(500, p.events().stream().mapToInt(ChurnEvent::count).sum());
    }

    @Test
    void pairingKeepsOneComponentAndFullDegreeWhileNoneDecays() {
        ChurnPlan plan = ChurnPlan.random(120, 6, 0.6, 0.0);
        List<ChurnStep> pairing = ChurnRunner.run(G, 4, RepairStrategies.byName("pairing"), plan, 3, false);
        List<ChurnStep> none = ChurnRunner.run(G, 4, RepairStrategies.byName("none"), plan, 3, false);
        assertEquals(7, pairing.size());
        for (int s = 0; s < pairing.size(); s++) {
            assertEquals(none.get(s).survivors(), pairing.get(s).survivors(), "same failures for both strategies");
            assertEquals(1, pairing.get(s).components(), "step " + s);
            assertEquals(4, pairing.get(s).minDegree(), "step " + s);
            assertTrue(pairing.get(s).lambda() < 1, "step " + s);
        }
        assertEquals(48, pairing.get(6).survivors());
        assertTrue(none.get(6).lambda() > pairing.get(6).lambda(), "without repair λ ends higher: " + none.get(6) + " vs " + pairing.get(6));
    }

    @Test
    void scheduleParsesAndRejectsBadLines() {
        ChurnPlan p = ChurnPlan.parse(List.of("# comment", "1 fail 3 4", "2 leave random 5", "3 join 7", ""));
        assertEquals(3, p.steps());
        assertEquals(3, p.events().size());
        List<ChurnStep> r = ChurnRunner.run(G, 4, RepairStrategies.byName("cycle"), p, 1, true);
        assertEquals(120 - 2 - 5 + 7, r.get(3).survivors());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChurnPlan.parse(List.of("1 explode 3")));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ChurnRunner.run(G, 4, RepairStrategies.byName("pairing"), ChurnPlan.parse(List.of("1 fail 500")), 1, false));
    }
}
