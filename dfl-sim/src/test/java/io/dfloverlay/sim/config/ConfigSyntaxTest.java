package io.dfloverlay.sim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigSyntaxTest {
    static Stream<Long> seeds() {
        return RunConfigJsonTest.seeds();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void syntaxReadsBackToTheSameValue(long seed) {
        RunConfig c = RunConfigJsonTest.random(seed);
        assertEquals(c.data().partition(), ConfigSyntax.partition(c.data().partition().syntax()), "seed " + seed);
        assertEquals(c.model(), ConfigSyntax.model(c.model().syntax()), "seed " + seed);
        assertEquals(c.churn().failures(), ConfigSyntax.churn(c.churn().failures().syntax(), "failures"), "seed " + seed);
        assertEquals(c.algorithm().kind(), ConfigSyntax.algorithm(c.algorithm().kind().id()), "seed " + seed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iid", "dirichlet:0.1", "shards:2", "unequal:1.5", "dirichlet:0.3"})
    void partitionsParse(String spec) {
        PartitionConfig p = ConfigSyntax.partition(spec);
        assertEquals(spec.toLowerCase(java.util.Locale.ROOT), p.syntax());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "zipf", "iid:3", "dirichlet", "dirichlet:0", "dirichlet:x", "shards:0", "shards:1.5", "unequal:-1"})
    void badPartitionsNameThemselves(String spec) {
        var e = assertThrows(IllegalArgumentException.class, () -> ConfigSyntax.partition(spec));
        assertTrue(e.getMessage().contains("partition"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cnn", "mlp:", "mlp:a", "mlp:0", "mlp:4,-1"})
    void badModelsNameThemselves(String spec) {
        var e = assertThrows(IllegalArgumentException.class, () -> ConfigSyntax.model(spec));
        assertTrue(e.getMessage().contains("model"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mlp", "softmax", "mlp:64,32"})
    void modelsParse(String spec) {
        assertEquals(spec, ConfigSyntax.model(spec).syntax());
    }

    @org.junit.jupiter.api.Test
    void scalarsAreTyped() {
        assertEquals(List.of(7L, 0.5, true, "abc", "1e5d"),
                Stream.of("7", "0.5", "true", "abc", "1e5d").map(ConfigSyntax::scalar).toList());
    }
}
