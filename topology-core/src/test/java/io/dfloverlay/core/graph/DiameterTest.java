package io.dfloverlay.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DiameterTest {
    @Test
    void knownDiameters() {
        assertEquals(5, Diameter.exact(FixtureGraphs.ring(10)));
        assertEquals(4, Diameter.exact(FixtureGraphs.ring(9)));
        assertEquals(1, Diameter.exact(FixtureGraphs.complete(7)));
        assertEquals(2, Diameter.exact(FixtureGraphs.petersen()));
        assertEquals(4, Diameter.exact(FixtureGraphs.hypercube(4)));
        assertEquals(6, Diameter.exact(FixtureGraphs.path(7)));
        assertEquals(2, Diameter.exact(FixtureGraphs.star(8)));
        assertEquals(0, Diameter.exact(new GraphBuilder(1).build()));
        assertEquals(0, Diameter.exact(new GraphBuilder(0).build()));
        assertEquals(-1, Diameter.exact(FixtureGraphs.twoTrianglesAndIsolated()));
    }
}
