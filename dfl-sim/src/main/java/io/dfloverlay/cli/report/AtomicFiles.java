package io.dfloverlay.cli.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Whole-file writes that never leave a partial file: temp file in the same directory, then an atomic move. */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes {@code text} (UTF-8) to {@code file}, replacing it atomically. */
    public static void writeString(Path file, String text) throws IOException {
        Path tmp = tempFor(file);
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            commit(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A fresh hidden temp file next to {@code file} (its directory is created if needed). */
    static Path tempFor(Path file) throws IOException {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        return Files.createTempFile(abs.getParent(), "." + abs.getFileName() + "-", ".tmp");
    }

    /** Moves {@code tmp} over {@code file} atomically. */
    static void commit(Path tmp, Path file) throws IOException {
        Files.move(tmp, file.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
