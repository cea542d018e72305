package io.dfloverlay.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.sim.SimulationConfig;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigJsonTest {
    static IntStream seeds() {
        return IntStream.range(0, 100);
    }

    static SimulationConfig randomConfig(Random r) {
        return randomConfig(r, r.nextBoolean() ? "ring" : "random-regular");
    }

    static SimulationConfig randomConfig(Random r, String topology) {
        return new SimulationConfig(topology, 1 + r.nextInt(1000), r.nextInt(20),
                r.nextBoolean() ? Map.of() : Map.of("k", "v" + r.nextInt(), "alpha", "0.5"),
                "uniform", "synthetic-logistic", r.nextBoolean() ? null : "/data/fm \"x\"", "dirichlet:" + r.nextDouble(),
                "mlp:" + r.nextInt(100), "dsgd", 1 + r.nextInt(500), 1 + r.nextInt(3), 1 + r.nextInt(3),
                1 + r.nextInt(64), r.nextDouble() + 1e-9, r.nextDouble() * 0.99, r.nextDouble() * 1e-3,
                1 + r.nextInt(10), "auto", r.nextLong(), r.nextBoolean() ? "" : "at:10:0.5", "", "pairing");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void configsRoundTripExactly(int seed) {
        SimulationConfig c = randomConfig(new Random(seed));
        assertEquals(c, ConfigJson.fromJson(ConfigJson.toJson(c)), "seed " + seed);
    }

    @Test
    void missingUnknownAndMistypedKeysAreNamed() {
        String json = ConfigJson.toJson(randomConfig(new Random(1)));
        var missing = assertThrows(IllegalArgumentException.class,
                () -> ConfigJson.fromJson(json.replace("\"rounds\":", "\"roundz\":")));
        assertTrue(missing.getMessage().contains("roundz"), missing.getMessage());
        String noSeed = json.replaceAll("\"seed\": -?\\d+,", "");
        var lacks = assertThrows(IllegalArgumentException.class, () -> ConfigJson.fromJson(noSeed));
        assertTrue(lacks.getMessage().contains("'seed'"), lacks.getMessage());
        var typed = assertThrows(IllegalArgumentException.class,
                () -> ConfigJson.fromJson(json.replaceAll("\"clients\": \\d+", "\"clients\": \"many\"")));
        assertTrue(typed.getMessage().contains("clients"), typed.getMessage());
        var range = assertThrows(IllegalArgumentException.class,
                () -> ConfigJson.fromJson(json.replaceAll("\"rounds\": \\d+", "\"rounds\": 0")));
        assertTrue(range.getMessage().contains("rounds"), range.getMessage());
    }
}
