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
        Path tmp = tempFileFor(target);
        boolean done = false;
        try {
            try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8), 1 << 16)) {
                body.writeTo(w);
            }
            moveIntoPlace(tmp, target);
            done = true;
        } finally {
            if (!done) Files.deleteIfExists(tmp);
        }
    }

    /** Writes {@code text} (UTF-8) to {@code target} atomically. */
    public static void writeString(Path target, String text) throws IOException {
        writeText(target, w -> w.write(text));
    }

    /**
     * A fresh hidden temporary file in {@code target}'s directory, for callers that stream into it
     * and later call {@link #moveIntoPlace}.
     *
     * @throws NoSuchFileException if the directory does not exist
     */
    public static Path tempFileFor(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (!Files.isDirectory(dir)) throw new NoSuchFileException(dir.toString(), null, "directory does not exist");
        return Files.createTempFile(dir, "." + abs.getFileName() + "-", ".tmp");
    }

    /** Moves a finished temporary file over {@code target} (atomically where the file system can). */
    public static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
