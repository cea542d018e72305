package io.dfloverlay.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Atomic file writes: content goes to a temporary file in the target's directory, which is then
 * moved over the target ({@code ATOMIC_MOVE}, falling back to a plain replacing move where the file
 * system cannot). A failed write deletes the temporary file and leaves the target untouched; a
 * missing directory is a {@link NoSuchFileException}.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes text to a {@link Writer}. */
    @FunctionalInterface
    public interface TextBody {
        /** Writes the content; the writer is buffered and closed by the caller. */
        void writeTo(Writer out) throws IOException;
    }

    /** Writes {@code body}'s UTF-8 text to {@code target} atomically. */
    public static void writeText(Path target, TextBody body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (!Files.isDirectory(dir)) throw new NoSuchFileException(dir.toString(), null, "directory does not exist");
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        boolean done = false;
        try {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16)) {
                body.writeTo(w);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) Files.deleteIfExists(tmp);
        }
    }
}
