package io.dfloverlay.core.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConnectivityTest {
    @Test
    void labelsComponentsInOrderOfSmallestNode() {
        Graph g = FixtureGraphs.twoTrianglesAndIsolated();
        int[] labels = Connectivity.componentLabels(g);
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 2}, labels);
        assertEquals(3, Connectivity.componentCount(labels));
        assertFalse(Connectivity.isConnected(g));
    }

    @Test
    void connectedGraphsAndTrivialOnes() {
        assertTrue(Connectivity.isConnected(FixtureGraphs.petersen()));
        assertTrue(Connectivity.isConnected(FixtureGraphs.path(50)));
        assertTrue(Connectivity.isConnected(new GraphBuilder(0).build()));
        assertTrue(Connectivity.isConnected(new GraphBuilder(1).build()));
        assertFalse(Connectivity.isConnected(new GraphBuilder(2).build()));
    }
}
