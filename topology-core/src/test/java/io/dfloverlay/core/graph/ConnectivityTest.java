package io.dfloverlay.core.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConnectivityTest {
    @Test
    void emptyAndSingleNode() {
        Graph empty = new GraphBuilder(0).build();
        assertTrue(Connectivity.isConnected(empty));
        assertEquals(0, Connectivity.componentCount(empty));
        Graph one = new GraphBuilder(1).build();
        assertTrue(Connectivity.isConnected(one));
        assertEquals(1, Connectivity.componentCount(one));
    }

    @Test
    void pathIsConnected() {
        GraphBuilder b = new GraphBuilder(5);
        for (int v = 0; v < 4; v++) b.addEdge(v, v + 1);
        Graph g = b.build();
        assertTrue(Connectivity.isConnected(g));
        assertEquals(1, Connectivity.componentCount(g));
        assertArrayEquals(new int[] {5}, Connectivity.componentSizes(g));
    }

    @Test
    void labelsFollowSmallestNode() {
        // components {0, 3}, {1, 4, 5}, {2}
        Graph g = new GraphBuilder(6).addEdge(3, 0).addEdge(1, 5).addEdge(5, 4).build();
        assertFalse(Connectivity.isConnected(g));
        assertArrayEquals(new int[] {0, 1, 2, 0, 1, 1}, Connectivity.componentLabels(g));
        assertEquals(3, Connectivity.componentCount(g));
        assertArrayEquals(new int[] {2, 3, 1}, Connectivity.componentSizes(g));
    }
}
