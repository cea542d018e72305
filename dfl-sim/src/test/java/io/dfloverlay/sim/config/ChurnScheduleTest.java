package io.dfloverlay.sim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChurnScheduleTest {
    @Test
    void parsesSchedulesAndRates() {
        ChurnSchedule at = ConfigSyntax.churn("at:10:0.2,at:20:0.5", "failures");
        assertEquals(0.2, at.atRounds().get(10));
        assertEquals(0.5, at.atRounds().get(20));
        assertEquals(20, at.failures(10, 100, new SplittableRandom(1)));
        assertEquals(0, at.failures(11, 100, new SplittableRandom(1)));
        assertEquals(8, ConfigSyntax.churn("at:3:1", "failures").failures(3, 10, new SplittableRandom(1)), "at least 2 clients survive");
        assertEquals(2, ConfigSyntax.churn("at:5:0.25", "joins").joins(5, 8, 8, new SplittableRandom(1)));
        assertTrue(ConfigSyntax.churn("", "failures").isEmpty() && ConfigSyntax.churn("none", "failures").isEmpty());
        ChurnSchedule rate = ConfigSyntax.churn("rate:0.1", "failures");
        int total = 0;
        SplittableRandom rng = new SplittableRandom(2);
        for (int r = 0; r < 100; r++) total += rate.failures(r, 100, rng);
        assertTrue(total > 800 && total < 1200, "rate 0.1 of 100 over 100 rounds gave " + total);
    }

    @Test
    void rejectsMalformedSpecs() {
        for (String bad : new String[] {"often", "at:x:0.1", "at:0:0.1", "at:5:1.5", "at:5", "rate:1", "rate:-0.1", "rate:abc"}) {
            var e = assertThrows(IllegalArgumentException.class, () -> ConfigSyntax.churn(bad, "failures"), bad);
            assertTrue(e.getMessage().startsWith("failures"), e.getMessage());
        }
    }
}
