package io.dfloverlay.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dfloverlay.core.graph.FixtureGraphs;
import io.dfloverlay.core.mixing.MixingMatrix;
import io.dfloverlay.core.mixing.MixingSchemes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatrixMarketMixingFormatTest {
    @TempDir
    Path dir;

    @Test
    void symmetricSchemesRoundTripExactly() throws IOException {
        for (String scheme : new String[] {"uniform", "mh", "best-constant", "lazy-mh"}) {
            for (Object[] g : FixtureGraphs.connected()) {
                MixingMatrix w = MixingSchemes.byName(scheme, new io.dfloverlay.core.mixing.DenseLaplacianExtremes()).of((io.dfloverlay.core.graph.Graph) g[1]);
                Path file = dir.resolve(scheme + ".mtx");
                MatrixMarketMixingFormat.write(file, w, new io.dfloverlay.core.io.GraphMetadata(scheme, Map.of(), null));
                assertTrue(Files.readAllLines(file).get(0).endsWith("real symmetric"), scheme);
                assertEquals(w, MatrixMarketMixingFormat.read(file), scheme + " on " + g[0]);
            }
        }
    }

    @Test
    void generalMatrixRoundTrips() throws IOException {
        MixingMatrix w = new MixingMatrix(new int[] {0, 2, 3, 4}, new int[] {0, 1, 2, 0}, new double[] {0.25, 0.75, 1.0, 1.0});
        Path file = dir.resolve("w.mtx");
        MatrixMarketMixingFormat.write(file, w, GraphMetadata.EMPTY);
        assertEquals("%%MatrixMarket matrix coordinate real general", Files.readAllLines(file).get(0));
        assertEquals(w, MatrixMarketMixingFormat.read(file));
    }

    @Test
    void malformedEntriesNameLine() throws IOException {
        Path file = dir.resolve("bad.mtx");
        Files.writeString(file, "%%MatrixMarket matrix coordinate real symmetric\n2 2 3\n1 1 0.5\n2 1 0.5\n1 2 0.5\n");
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> MatrixMarketMixingFormat.read(file));
        assertEquals(file + ":5: entry (1, 2) repeated (first at line 4)", e.getMessage());
        Files.writeString(file, "%%MatrixMarket matrix coordinate real general\n2 2 1\n1 3 0.5\n");
        e = assertThrows(GraphFormatException.class, () -> MatrixMarketMixingFormat.read(file));
        assertEquals(file + ":3: index (1, 3) out of range [1, 2]", e.getMessage());
        Files.writeString(file, "%%MatrixMarket matrix coordinate real general\n2 2 1\n1 2 abc\n");
        e = assertThrows(GraphFormatException.class, () -> MatrixMarketMixingFormat.read(file));
        assertEquals(file + ":3: expected 2 integers and a finite value, got '1 2 abc'", e.getMessage());
    }
}
