package io.dfloverlay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C (SIGINT) while {@code overlay generate} writes a large graph: "interrupted", exit 130, no temp file left. */
class GenerateInterruptTest {
    @Test
    void sigintDuringTheWriteSaysInterruptedAndLeavesNothing(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix") && Files.isExecutable(Path.of("/bin/kill")),
                "POSIX signals");
        assumeTrue(!io.dfloverlay.core.io.InterruptSignals.sigintIgnored(), "SIGINT is ignored by this process (and so by its children)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), OverlayCli.class.getName(),
                "generate", "--kind", "random-regular", "--n", "2000000", "--d", "8", "--seed", "1",
                "--out", dir.resolve("g.mtx").toString()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (listing(dir).isEmpty() && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
        assumeTrue(p.isAlive() && !listing(dir).isEmpty() && listing(dir).get(0).getFileName().toString().startsWith(".g.mtx-"),
                "the write finished before the signal could be sent: " + listing(dir));
        assertEquals(0, new ProcessBuilder("/bin/kill", "-INT", Long.toString(p.pid())).start().waitFor());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "no exit after SIGINT");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(130, p.exitValue(), err);
        assertTrue(err.contains("overlay: interrupted"), err);
        assertEquals(List.of(), listing(dir));
    }

    private static List<Path> listing(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
