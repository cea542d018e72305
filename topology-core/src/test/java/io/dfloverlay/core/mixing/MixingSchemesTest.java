package io.dfloverlay.core.mixing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.FixtureGraphs;
import io.dfloverlay.core.graph.Graph;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scheme on regular and irregular graphs gives a symmetric doubly-stochastic W on edges + diagonal. */
class MixingSchemesTest {
    static Stream<Arguments> schemeAndGraph() {
        List<Arguments> out = new ArrayList<>();
        for (String s : MixingSchemes.names()) for (Object[] g : FixtureGraphs.connected()) out.add(Arguments.of(s, g[0], g[1]));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("schemeAndGraph")
    void symmetricDoublyStochasticOnEdgesAndDiagonal(String scheme, String graphName, Graph g) {
        MixingMatrix w = MixingSchemes.byName(scheme, new DenseLaplacianExtremes()).of(g);
        MixingValidation v = new MixingMatrixValidator(1e-12).validate(w, g);
        assertTrue(v.isValid(), scheme + " on " + graphName + ": " + v.problems());
        assertTrue(w.isSymmetric(), scheme + " on " + graphName);
        if (!scheme.equals("best-constant")) assertTrue(v.isClean(), scheme + " on " + graphName + ": " + v.problems());
        for (int i = 0; i < g.numNodes(); i++) {
            assertEquals(g.degree(i) + 1, w.rowStart(i + 1) - w.rowStart(i), scheme + " on " + graphName + ": row " + i + " pattern");
        }
    }

    @Test
    void namesAndAliases() {
        assertInstanceOf(UniformWeights.class, MixingSchemes.byName("uniform"));
        assertInstanceOf(MetropolisHastingsWeights.class, MixingSchemes.byName("MH"));
        assertInstanceOf(MetropolisHastingsWeights.class, MixingSchemes.byName("metropolis-hastings"));
        assertInstanceOf(BestConstantWeights.class, MixingSchemes.byName("best-constant", new DenseLaplacianExtremes()));
        assertEquals("lazy-uniform", MixingSchemes.byName("lazy").toString());
        assertEquals("lazy-metropolis-hastings", MixingSchemes.byName("lazy-mh").toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MixingSchemes.byName("fancy"));
        assertTrue(e.getMessage().contains("'fancy'") && e.getMessage().contains("best-constant"), e.getMessage());
    }

    @Test
    void registryNamesAliasesAndDescriptionsAreUnique() {
        List<String> keys = new ArrayList<>();
        for (MixingScheme s : MixingSchemes.all()) {
            assertTrue(!s.description().isBlank() && !s.description().contains("\n"), s.name());
            keys.add(s.name());
            keys.addAll(s.aliases());
            for (String alias : s.aliases()) assertEquals(s, MixingSchemes.scheme(alias.toUpperCase(java.util.Locale.ROOT)));
        }
        assertEquals(keys.size(), new java.util.HashSet<>(keys).size(), keys.toString());
        assertTrue(keys.containsAll(List.of("uniform", "mh", "metropolis-hastings", "best-constant", "lazy", "lazy-uniform", "lazy-mh")), keys.toString());
    }

    @Test
    void bestConstantUsesTheGivenSolver() {
        Graph g = FixtureGraphs.petersen();
        MixingMatrix w = MixingSchemes.byName("best-constant", graph -> new double[] {1.0, 3.0}).of(g);
        assertEquals(0.5, w.get(0, 1), 0.0);
        assertEquals(1 - 3 * 0.5, w.get(0, 0), 1e-15);
    }
}
