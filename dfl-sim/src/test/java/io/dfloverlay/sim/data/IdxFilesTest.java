package io.dfloverlay.sim.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxFilesTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsPlainAndGzip() throws IOException {
        byte[] data = new byte[3 * 2 * 2];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 20);
        for (boolean gz : new boolean[] {false, true}) {
            Path f = dir.resolve("x" + gz);
            IdxFiles.write(f, new int[] {3, 2, 2}, data, gz);
            IdxFiles.IdxArray a = IdxFiles.read(f);
            assertArrayEquals(new int[] {3, 2, 2}, a.dims());
            assertEquals(3, a.count());
            assertEquals(4, a.itemSize());
            assertArrayEquals(data, a.data());
        }
    }

    @Test
    void readsAHandWrittenFile() throws IOException {
        Path f = dir.resolve("labels");
        Files.write(f, new byte[] {0, 0, 8, 1, 0, 0, 0, 3, 7, 0, (byte) 200});
        IdxFiles.IdxArray a = IdxFiles.read(f);
        assertArrayEquals(new int[] {3}, a.dims());
        assertEquals(200, a.data()[2] & 0xff);
    }

    @Test
    void rejectsMalformedFiles() throws IOException {
        Path f = dir.resolve("bad");
        Files.write(f, new byte[] {0, 0, 0x0d, 1, 0, 0, 0, 3});
        assertTrue(assertThrows(IOException.class, () -> IdxFiles.read(f)).getMessage().contains("not an unsigned-byte IDX"));
        Files.write(f, new byte[] {0, 0, 8, 1, 0, 0, 0, 5, 1, 2});
        assertTrue(assertThrows(IOException.class, () -> IdxFiles.read(f)).getMessage().contains("truncated"));
    }

    @Test
    void loadsFashionMnistLayoutFromADirectory() throws IOException {
        int n = 4;
        byte[] images = new byte[n * 28 * 28];
        images[28 * 28] = (byte) 255;
        byte[] labels = {1, 2, 3, 9};
        IdxFiles.write(dir.resolve("train-images-idx3-ubyte.gz"), new int[] {n, 28, 28}, images, true);
        IdxFiles.write(dir.resolve("train-labels-idx1-ubyte"), new int[] {n}, labels, false);
        IdxFiles.write(dir.resolve("t10k-images-idx3-ubyte"), new int[] {n, 28, 28}, images, false);
        IdxFiles.write(dir.resolve("t10k-labels-idx1-ubyte.gz"), new int[] {n}, labels, true);
        DataSplit s = FashionMnist.load(dir.toString());
        assertEquals(4, s.train().numExamples());
        assertEquals(784, s.train().dim());
        assertEquals(1f, s.train().features()[784]);
        assertEquals(9, s.test().labels()[3]);
        assertTrue(s.source().startsWith("fashion-mnist subset (4/4) from "), s.source());
    }

    @Test
    void missingExplicitDirectoryNamesPathAndPackage() {
        Path missing = dir.resolve("nowhere");
        var e = assertThrows(IllegalArgumentException.class, () -> FashionMnist.load(missing.toString()));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install dataset-fashion-mnist"), e.getMessage());
    }

    @Test
    void embeddedSampleIsStratified() {
        DataSplit s = FashionMnist.loadEmbeddedSample();
        assertEquals(4000, s.train().numExamples());
        assertEquals(1000, s.test().numExamples());
        assertEquals("embedded sample (4000/1000)", s.source());
        int[] counts = new int[10];
        for (int y : s.train().labels()) counts[y]++;
        for (int c = 0; c < 10; c++) assertEquals(400, counts[c], "class " + c);
    }
}
