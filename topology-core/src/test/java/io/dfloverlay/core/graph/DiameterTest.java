package io.dfloverlay.core.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dfloverlay.core.generate.RandomRegularGenerator;
import java.util.SplittableRandom;
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

    /** Graphs large enough for several workers: the largest eccentricity by the plain search, and -1 when disconnected. */
    @Test
    void severalWorkersAgreeWithThePlainSearch() {
        for (long seed = 0; seed < 6; seed++) {
            Graph g = seed % 2 == 0 ? new RandomRegularGenerator(2000, 3).generate(new SplittableRandom(seed))
                    : FixtureGraphs.ring(1001 + (int) seed);
            BreadthFirstSearch bfs = new BreadthFirstSearch(g.numNodes());
            int want = 0;
            for (int s = 0; s < g.numNodes(); s++) want = Math.max(want, Diameter.eccentricity(g, s, bfs));
            assertEquals(want, Diameter.exact(g), "seed " + seed);
        }
        GraphBuilder two = new GraphBuilder(1200);
        for (int v = 0; v < 600; v++) {
            two.addEdge(v, (v + 1) % 600);
            two.addEdge(600 + v, 600 + (v + 1) % 600);
        }
        assertEquals(-1, Diameter.exact(two.build()));
    }
}
