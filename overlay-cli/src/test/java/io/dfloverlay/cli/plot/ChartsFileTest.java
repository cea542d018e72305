package io.dfloverlay.cli.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts are written like every other output: atomically, with the permissions a new file gets. */
class ChartsFileTest {
    @TempDir
    Path dir;

    @Test
    void pngAndSvgTakeTheUmaskPermissionsAndLeaveNoTemporaryFile() throws Exception {
        Path plain = Files.createFile(dir.resolve("plain.txt")); // 0666 minus this process's umask
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
        List<Series> series = List.of(new Series("a", new double[] {1, 2, 3}, new double[] {0.5, 0.25, 0.125}));
        for (String name : List.of("c.png", "c.svg")) {
            Path out = dir.resolve(name);
            Charts.writeLineChart(out, "t", "x", "y", series);
            assertEquals(expected, Files.getPosixFilePermissions(out), name);
            byte[] head = new byte[4];
            System.arraycopy(Files.readAllBytes(out), 0, head, 0, 4);
            if (name.endsWith(".png")) assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, head, name);
            else assertTrue(Files.readString(out).contains("<svg"), name);
        }
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "only plain.txt, c.png and c.svg remain");
        }
    }
}
