package io.dfloverlay.spectral.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.topology.ParamException;
import io.dfloverlay.core.topology.ProgressSink;
import io.dfloverlay.core.topology.TopologyInputs;
import io.dfloverlay.core.topology.TopologyRegistry;
import io.dfloverlay.core.topology.TopologyRegistryContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** With the spectral module on the class path the registry holds near-optimal too, and every kind meets the contract. */
class NearOptimalTopologiesTest {
    static Stream<String> allKinds() {
        return TopologyRegistry.names().stream();
    }

    @ParameterizedTest
    @MethodSource("allKinds")
    void everyRegisteredKindMeetsTheContract(String kind) {
        TopologyRegistryContract.check(TopologyRegistry.kind(kind));
    }

    @Test
    void nearOptimalIsRegisteredOnceAfterTheCoreKinds() {
        List<String> names = TopologyRegistry.names();
        assertEquals(1, names.stream().filter("near-optimal"::equals).count(), names.toString());
        assertEquals("near-optimal", names.get(names.size() - 1), names.toString());
    }

    @Test
    void theRegistryBuildsWhatTheSearchBuildsWithTheSameBudget() {
        var viaRegistry = TopologyRegistry.create("near-optimal", Map.of("n", 24, "d", 3, "swaps", "40", "samples", 2))
                .graph(0, new SplittableRandom(5));
        var direct = NearOptimalSearch.withSwapBudget(24, 3, 40).withSamples(2).generate(new SplittableRandom(5));
        assertEquals(direct, viaRegistry);
        var byDefault = TopologyRegistry.create("near-optimal", Map.of("n", 24, "d", 3)).graph(0, new SplittableRandom(5));
        assertEquals(NearOptimalSearch.withSwapBudget(24, 3, NearOptimalTopologies.DEFAULT_SWAPS).generate(new SplittableRandom(5)), byDefault);
    }

    @Test
    void progressGoesToTheSinkAndErrorsSpeakLibraryWords() {
        List<String> lines = new ArrayList<>();
        TopologyRegistry.create("near-optimal", Map.of("n", 20, "d", 4, "swaps", 5), TopologyInputs.NONE.with(ProgressSink.class, lines::add))
                .graph(0, new SplittableRandom(1));
        assertFalse(lines.isEmpty());
        ParamException e = org.junit.jupiter.api.Assertions.assertThrows(ParamException.class,
                () -> TopologyRegistry.create("near-optimal", Map.of("n", 20, "d", 2)));
        assertEquals("near-optimal: d must be at least 3, got 2", e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(ParamException.class,
                () -> TopologyRegistry.create("near-optimal", Map.of("n", 20, "d", 4, "budget", "5000")));
        assertTrue(e.getMessage().startsWith("near-optimal: budget must be a duration with a unit"), e.getMessage());
    }
}
