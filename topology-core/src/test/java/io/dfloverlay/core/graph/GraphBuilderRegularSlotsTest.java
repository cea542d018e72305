package io.dfloverlay.core.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphBuilderRegularSlotsTest {
    /** The 4-cycle 0-1-2-3-0 with unsorted rows. */
    private static final int[] C4 = {3, 1, 2, 0, 1, 3, 0, 2};

    @Test
    void buildsSameGraphAsBuilder() {
        Graph g = GraphBuilder.fromRegularSlots(4, 2, C4);
        Graph expected = new GraphBuilder(4).addEdge(0, 1).addEdge(1, 2).addEdge(2, 3).addEdge(3, 0).build();
        assertEquals(expected, g);
        assertArrayEquals(new int[] {3, 1, 2, 0, 1, 3, 0, 2}, C4, "input must not be modified");
    }

    @Test
    void emptyAndZeroDegree() {
        assertEquals(0, GraphBuilder.fromRegularSlots(0, 3, new int[0]).numNodes());
        Graph g = GraphBuilder.fromRegularSlots(5, 0, new int[0]);
        assertEquals(5, g.numNodes());
        assertEquals(0, g.numEdges());
    }

    @ParameterizedTest
    @CsvSource({
        "'1,1,0,0', 2, 2, duplicate edge",
        "'0,2,1,0,1,2', 3, 2, self-loop",
        "'1,5,0,2,1,0', 3, 2, out of range",
        "'1,2,0,2,1,0,0,1', 3, 2, slots.length",
        "'1,2,0,2,0,3,1,2', 4, 2, not symmetric"
    })
    void rejectsInvalidSlots(String slots, int n, int d, String keyWords) {
        int[] s = java.util.Arrays.stream(slots.split(",")).mapToInt(Integer::parseInt).toArray();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GraphBuilder.fromRegularSlots(n, d, s));
        assertTrue(e.getMessage().contains(keyWords), e.getMessage());
    }
}
