package io.dfloverlay.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphFormatTest {
    @Test
    void fromFileName() {
        assertEquals(GraphFormat.MATRIX_MARKET, GraphFormat.fromFileName("dir.x/g.MTX"));
        assertEquals(GraphFormat.EDGE_LIST, GraphFormat.fromFileName("g.txt"));
        assertEquals(GraphFormat.EDGE_LIST, GraphFormat.fromFileName("g.el"));
        assertEquals(GraphFormat.DECENTRALIZEPY, GraphFormat.fromFileName("g.dpy"));
        assertEquals(GraphFormat.DOT, GraphFormat.fromFileName("g.gv"));
        assertEquals(GraphFormat.GRAPHML, GraphFormat.fromFileName("g.graphml"));
        assertEquals(GraphFormat.JSON, GraphFormat.fromFileName("g.json"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GraphFormat.fromFileName("graph"));
        assertTrue(e.getMessage().startsWith("cannot tell the format of 'graph'") && e.getMessage().contains(".graphml"), e.getMessage());
    }

    @Test
    void byName() {
        assertEquals(GraphFormat.DECENTRALIZEPY, GraphFormat.byName("decentralizepy"));
        assertEquals(GraphFormat.MATRIX_MARKET, GraphFormat.byName("Matrix-Market"));
        assertEquals(GraphFormat.EDGE_LIST, GraphFormat.byName("edgelist"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GraphFormat.byName("gml"));
        assertEquals("unknown graph format 'gml' (known: edgelist, decentralizepy, mtx, graphml, dot, json)", e.getMessage());
    }

    @Test
    void metadataValidation() {
        assertTrue(GraphMetadata.EMPTY.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new GraphMetadata("a\nb", Map.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new GraphMetadata("g", Map.of("a b", "1"), null));
        assertThrows(IllegalArgumentException.class, () -> new GraphMetadata("g", Map.of("a:", "1"), null));
        assertThrows(IllegalArgumentException.class, () -> new GraphMetadata("g", Map.of("a", "1\n2"), null));
    }
}
