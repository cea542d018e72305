package io.dfloverlay.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void failedWriteLeavesNoTargetAndNoTempFile() throws IOException {
        Path target = dir.resolve("g.mtx");
        assertThrows(IOException.class, () -> AtomicFiles.writeText(target, w -> {
            w.write("%%MatrixMarket partial\n".repeat(10_000));
            throw new IOException("disk full");
        }));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), listing());
    }

    @Test
    void failedWriteKeepsOldContent() throws IOException {
        Path target = dir.resolve("g.edges");
        AtomicFiles.writeText(target, w -> w.write("0 1\n"));
        assertThrows(IllegalStateException.class, () -> AtomicFiles.writeText(target, w -> {
            w.write("1 2\n");
            throw new IllegalStateException("generator failed");
        }));
        assertEquals("0 1\n", Files.readString(target));
        assertEquals(List.of(target), listing());
    }

    @Test
    void successfulWriteReplaces() throws IOException {
        Path target = dir.resolve("x.txt");
        AtomicFiles.writeText(target, w -> w.write("old"));
        AtomicFiles.writeText(target, w -> w.write("new"));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), listing());
    }
}
