package io.dfloverlay.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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

    @Test
    void failedMoveLeavesNoTempFile() throws IOException {
        Path target = dir.resolve("busy.mtx");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside"), "x"); // a non-empty directory cannot be replaced
        assertThrows(IOException.class, () -> GraphFiles.write(target, io.dfloverlay.core.graph.FixtureGraphs.petersen(), GraphMetadata.EMPTY));
        assertEquals(List.of(target), listing());
        assertTrue(AtomicFiles.pending().stream().noneMatch(p -> p.startsWith(dir)));
    }

    @Test
    void newFilesHonourTheUmaskAndReplacementsKeepTheTargetsMode() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        Process sh = new ProcessBuilder("/bin/sh", "-c", "umask").start();
        int umask = Integer.parseInt(new String(sh.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip(), 8);
        assertEquals(0, sh.waitFor());
        Path target = dir.resolve("fresh.edges");
        AtomicFiles.writeString(target, "0 1\n");
        assertEquals(0666 & ~umask, mode(Files.getPosixFilePermissions(target)), "mode of a new file under umask " + Integer.toOctalString(umask));
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.writeString(target, "1 2\n");
        assertEquals(0640, mode(Files.getPosixFilePermissions(target)));
    }

    @Test
    void ctrlCDuringAWriteLeavesNoTempFile() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix") && Files.isExecutable(Path.of("/bin/kill")),
                "POSIX signals");
        assumeTrue(!InterruptSignals.sigintIgnored(), "SIGINT is ignored by this process (and so by its children): nothing to test");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SlowAtomicWrite.class.getName(),
                dir.resolve("slow.txt").toString()).start();
        String first = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertEquals("writing", first);
        assertEquals(1, listing().size(), "the temp file exists while writing: " + listing());
        assertEquals(0, new ProcessBuilder("/bin/kill", "-INT", Long.toString(p.pid())).start().waitFor());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "no exit after SIGINT");
        assertEquals(130, p.exitValue());
        assertEquals(List.of(), listing());
    }

    private static int mode(Set<PosixFilePermission> perms) {
        int m = 0;
        for (PosixFilePermission x : perms) m |= 1 << (8 - x.ordinal()); // OWNER_READ is ordinal 0 = bit 8
        return m;
    }
}
